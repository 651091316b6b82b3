// Opens the in-browser engine benchmark in Debian's headless Chromium and prints a table.
// Usage: node tests/bench/run-wasm-bench.mjs URL   (cargo xtask bench-wasm does all of it)
import { chromium } from 'playwright-core';

const url = process.argv[2];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
page.on('console', (m) => console.error('[page]', m.text()));
await page.goto(url);
await page.waitForFunction(() => window.__BENCH__ !== undefined, null, { timeout: 600_000 });
const res = await page.evaluate(() => window.__BENCH__);
await browser.close();
if (!Array.isArray(res)) {
  console.error('benchmark failed:', JSON.stringify(res));
  process.exit(1);
}
const f = (x) => (x === null || x === undefined ? '–' : x.toFixed(x < 10 ? 2 : 1));
console.log('| offers | JSON MB | load JSON ms | load pack ms | check ms | wasm memory MB | route typical ms | route hard ms |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of res.filter((r) => !r.demo)) {
  console.log(`| ${r.offers} | ${f(r.json_bytes / 1048576)} | ${f(r.load_json_ms)} | ${f(r.load_pack_ms)} | ${f(r.check_ms)} | ${f(r.memory_mb)} | ${f(r.route_typical_ms)} | ${f(r.route_hard_ms)} |`);
}
console.log();
console.log('| dataset | offers | explore median ms | one route query median ms | ratio | destinations |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of res) {
  const name = r.demo ? 'demo (BTS holder)' : `synthetic ${r.offers}`;
  console.log(`| ${name} | ${r.offers} | ${f(r.explore_ms)} | ${f(r.explore_route_ms)} | ${f(r.explore_ms / r.explore_route_ms)} | ${r.destinations} |`);
}
console.log(JSON.stringify(res));
