import { test, expect, Page } from '@playwright/test';
import * as path from 'path';
import * as fs from 'fs';
import { learnerFlow } from './flows';

// A 100k-offer pack, written by `cargo xtask test` before the browser tests
// (`pathways gen --offers 100000 --seed 1 -o …pwpack`): about 190 MB.
const pack = process.env.BIG_PACK ?? path.join(__dirname, '..', '..', 'target', 'e2e', 'gen-100000.pwpack');
const report = path.join(__dirname, '..', 'output', 'scale-report.json');
const shots = path.join(__dirname, '..', 'output', 'screenshots');

test.setTimeout(240_000);

// Long tasks on the main thread, from the page's first moment.
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as any;
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function planDemo(page: Page) {
  await page.goto('./');
  await expect(page.locator('#have-search')).toBeVisible();
  await learnerFlow(page);
}

/** Types into the search box while `done()` is false, sampling the progress bar;
 * returns the bar's values and how many keys were typed. */
async function typeWhileLoading(page: Page, done: () => Promise<boolean>, limitMs: number) {
  const values: number[] = [];
  const word = 'Informatik Hagen ';
  let typed = 0;
  const until = Date.now() + limitMs;
  await page.locator('#have-search').click();
  while (!(await done()) && Date.now() < until) {
    await page.keyboard.type(word[typed % word.length], { delay: 0 });
    typed++;
    if (typed % word.length === 0) await page.fill('#have-search', '');
    // Read without waiting: the bar is gone once the pack is in.
    const v = await page.evaluate(() => (document.querySelector('.loader progress.load-bar') as HTMLProgressElement | null)?.value ?? null);
    if (v !== null) values.push(Number(v));
    await page.waitForTimeout(40);
  }
  return { values, typed };
}

test('a 100k-offer pack loads while the learner types; cancel keeps the dataset and the plan', async ({ page }) => {
  expect(fs.existsSync(pack), `${pack} is missing: cargo xtask test writes it`).toBe(true);
  const mb = fs.statSync(pack).size / 1e6;
  await watchLongTasks(page);
  await planDemo(page);
  const planUrl = page.url();
  const offers = await page.locator('.loader .muted').textContent();
  const card = await page.locator('.route-card').first().locator('.months').textContent();
  expect(offers).toMatch(/^\d{3} offers$/);

  // Cancel part-way: nothing the learner had changes.
  await page.setInputFiles('#dataset-file', pack);
  await expect(page.locator('.loader progress.load-bar')).toBeVisible();
  await expect(page.locator('.load-stage')).toContainText(/Reading the records|Preparing the search/, { timeout: 60_000 });
  await page.locator('button.cancel-load').click();
  await expect(page.locator('.loader progress.load-bar')).toHaveCount(0);
  await expect(page.locator('.notice')).toContainText('Loading was cancelled');
  await expect(page.locator('.loader .muted')).toHaveText(offers ?? '');
  await expect(page.locator('.route-card').first().locator('.months')).toHaveText(card ?? '');
  expect(page.url()).toBe(planUrl);

  // The whole pack, with the learner typing in the search box meanwhile.
  const t0 = await page.evaluate(() => performance.now());
  const started = Date.now();
  await page.setInputFiles('#dataset-file', pack);
  const loaded = async () => /100000 offers/.test((await page.locator('.loader .muted').textContent()) ?? '');
  const { values, typed } = await typeWhileLoading(page, loaded, 200_000);
  await expect(page.locator('.loader .muted')).toHaveText('100000 offers', { timeout: 5_000 });
  await expect(page.locator('.notice'), 'the cancelled load is not announced any more').toHaveCount(0);
  const seconds = (Date.now() - started) / 1000;
  await page.screenshot({ path: path.join(shots, 'pack-loaded.png') });

  const long: { start: number; ms: number }[] = await page.evaluate((t) => (window as any).__long.filter((e: any) => e.start >= t), t0);
  const worst = long.reduce((m, e) => Math.max(m, e.ms), 0);
  const over100 = long.filter((e) => e.ms > 100).length;
  const moved = values.filter((v, i) => i > 0 && v > values[i - 1]).length;
  const memory = await page.evaluate(() => (performance as any).memory?.usedJSHeapSize ?? 0);
  const line = `100k-offer pack (${mb.toFixed(0)} MB): loaded in ${seconds.toFixed(1)} s while typing ${typed} keys; `
    + `longest main-thread task ${worst.toFixed(0)} ms (target 100 ms: ${over100} tasks over it, ${long.length} long tasks in all); `
    + `progress bar sampled ${values.length} times, rose ${moved} times`;
  console.log(line);
  const marks: { name: string; at: number }[] = await page.evaluate((t) => performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('pathways:') && m.startTime >= t).map((m) => ({ name: m.name, at: m.startTime })), t0);
  console.log('stages (ms after the file was given):', marks.map((m) => `${m.name.slice(9)} ${(m.at - t0).toFixed(0)}`).join(', '));
  console.log('long tasks (ms after the file was given: duration):', long.map((e) => `${(e.start - t0).toFixed(0)}: ${e.ms.toFixed(0)}`).join(', '));
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.writeFileSync(report, JSON.stringify({ pack_mb: mb, load_s: seconds, typed, longest_task_ms: worst, tasks_over_100ms: over100, long_tasks: long.length, progress_samples: values.length, progress_rises: moved, js_heap_mb: memory / 1e6 }, null, 2));

  expect(typed, 'the learner could type while the pack loaded').toBeGreaterThan(10);
  expect(moved, 'the progress bar moved').toBeGreaterThanOrEqual(3);
  expect(worst, line).toBeLessThanOrEqual(200);
});
