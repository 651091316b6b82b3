// Lighthouse on the release bundle, as `cargo xtask lighthouse` serves it: the start page, a
// plan link and the embed demo on Lighthouse's simulated phone, each RUNS times. Prints the
// median and the spread of the performance score, the other three categories, and the
// paint figures, so the README's table comes from one command.
//
// usage: node tests/lighthouse/run.mjs BASE_URL LIGHTHOUSE_BIN [RUNS]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, bin, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
// A learner with an IT apprenticeship and three years of work, planning a bachelor.
const plan = encodeURIComponent(JSON.stringify({
  held: [{ credential: 'de-vet-0613' }], work_years: 3, work_field: '0613', goal: 'de-bsc-0613',
}));
const pages = [
  ['start page', ''],
  ['plan link', `#plan=${plan}`],
  ['embed demo', 'embed-demo.html'],
];
const dir = mkdtempSync(join(tmpdir(), 'pathways-lighthouse-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x) => Math.round(x * 100);

console.log('| page | performance (median, runs) | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, path] of pages) {
  const reports = [];
  for (let i = 0; i < runs; i++) {
    const out = join(dir, `${name.replace(/ /g, '-')}-${i}.json`);
    execFileSync(bin, [base + path, '--output=json', `--output-path=${out}`, '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless --no-sandbox'], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    reports.push(JSON.parse(readFileSync(out, 'utf8')));
  }
  const cat = (id) => reports.map((r) => r.categories[id].score);
  const audit = (id) => median(reports.map((r) => r.audits[id].numericValue));
  const perf = cat('performance');
  console.log(`| ${name} | **${pct(median(perf))}** (${perf.map(pct).join(', ')}) | ${pct(Math.min(...cat('accessibility')))} | ${pct(Math.min(...cat('best-practices')))} | ${pct(Math.min(...cat('seo')))} | ${(audit('first-contentful-paint') / 1000).toFixed(1)} s | ${(audit('largest-contentful-paint') / 1000).toFixed(1)} s | ${Math.round(audit('total-blocking-time'))} ms | ${audit('cumulative-layout-shift').toFixed(3)} |`);
  for (const r of reports) {
    for (const id of ['accessibility', 'best-practices', 'seo']) {
      for (const ref of r.categories[id].auditRefs) {
        const a = r.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${name}: ${id} ${ref.id}: ${a.title}`);
      }
    }
  }
}
