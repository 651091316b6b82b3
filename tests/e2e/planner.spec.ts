import { test, expect, Page } from '@playwright/test';
import { learnerFlow } from './flows';
import AxeBuilder from '@axe-core/playwright';
import * as path from 'path';
import * as fs from 'fs';

// Screenshots go to tests/output (ignored by git) so a test run leaves the tree clean;
// `SCREENSHOT_DIR=docs/screenshots` refreshes the README's pictures on purpose.
const shots = process.env.SCREENSHOT_DIR
  ? path.resolve(process.env.SCREENSHOT_DIR)
  : path.join(__dirname, '..', 'output', 'screenshots');

async function open(page: Page, hash = '') {
  await page.goto('./' + hash);
  await expect(page.locator('#have-search')).toBeVisible();
}

/** With the fixture pathway imported: holds its Course A, aims at the pathway's
 * certificate, and opens every explanation of the first route card. */
async function planThroughFixturePathway(page: Page) {
  await page.fill('#have-search', 'Course A');
  await page.locator('#have-h ~ .results button.result').first().click();
  await page.fill('#goal-search', 'Pathway to the certificate');
  await page.locator('#goal-h ~ .results button.result').first().click();
  const card = page.locator('.route-card').first();
  await expect(card).toBeVisible();
  await card.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  return card;
}

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('learner flow reaches routes with explanations, and first routes appear quickly', async ({ page }) => {
  const start = Date.now();
  await open(page);
  await learnerFlow(page);
  const card = page.locator('.route-card').first();
  // SCENARIOS.md #1: 5 ECTS binding (module 63811), up to 65 after individual assessment;
  // 36 × 175/180 = 35 months, 36 × 115/180 = 23 at best.
  await expect(card.locator('.months')).toHaveText('23.0–35.0 months');
  await expect(card.locator('.recognised-ects')).toHaveText('5–65');
  await expect(card.locator('.basis')).toContainText('binding only');
  await expect(card.locator('.badge.uncertain').first()).toBeVisible();
  await expect(card.locator('svg.route-diagram')).toHaveAttribute('aria-label', /BSc Computer Science/);
  await card.locator('details summary').first().click();
  const details = card.locator('details').first();
  await expect(details).toContainText('The programme-wide cap of 90 ECTS');
  await expect(details).toContainText('KMK');
  // Each rule says whether it is binding or an individual assessment, and quotes its source
  // on demand.
  await expect(details.locator('.recognition .badge.certain').first()).toBeVisible();
  await expect(details.locator('.recognition .badge.uncertain').first()).toBeVisible();
  await expect(details.locator('.recognition .badge.illustrative').first()).toBeVisible();
  const quote = details.locator('details.quote').first();
  await quote.locator('summary').click();
  await expect(quote.locator('blockquote')).not.toBeEmpty();
  await expect(quote).toContainText('2026-12-01');
  const timing = await page.evaluate(() => performance.now());
  console.log(`first routes visible ${Date.now() - start} ms after navigation (performance.now at that point: ${timing.toFixed(0)} ms, includes scripted typing)`);
  await page.screenshot({ path: path.join(shots, 'learner-routes.png'), fullPage: true });
  await axe(page);
});

test('a plan in the URL restores exactly, and the first route appears within 1.5 s', async ({ page }) => {
  await open(page);
  await learnerFlow(page);
  const url = page.url();
  expect(url).toContain('#plan=');
  const page2 = await page.context().newPage();
  await page2.goto(url);
  await expect(page2.locator('.route-card').first()).toBeVisible();
  const t = await page2.evaluate(() => performance.now());
  console.log(`plan restored from URL: first route rendered by performance.now() = ${t.toFixed(0)} ms`);
  await expect(page2.locator('#goal-name')).toHaveText(/^BSc Computer Science/);
  await expect(page2.locator('#work-years')).toHaveValue('3');
  await expect(page2.locator('#work-field')).toHaveValue('0613');
  await expect(page2.locator('.route-card').first().locator('.months')).toHaveText('23.0–35.0 months');
});

// An mbo-4 software developer aiming at HBO-ICT: enter directly (48 months, EUR 10,120), or
// first the mbo-hbo bridging track (12 months) and then 60 EC recognised (36 months).
async function twoRouteFlow(page: Page) {
  await page.fill('#have-search', 'Software developer');
  await page.locator('#have-h ~ .results button.result').first().click();
  await page.fill('#goal-search', 'HBO-ICT Fontys');
  await page.locator('#goal-h ~ .results button.result[data-id="nl-hbo-0613"]').click();
  await expect(page.locator('.route-card')).toHaveCount(2);
}

test('comparing two routes side by side', async ({ page }) => {
  await open(page);
  await twoRouteFlow(page);
  // An explanation the learner opened stays open through ticks and choices: the cards
  // are not rebuilt when the answer has not changed.
  const opened = page.locator('.route-card').nth(1).locator('details').first();
  await opened.locator('summary').click();
  await expect(opened).toHaveAttribute('open', '');
  await page.locator('.compare-toggle').nth(0).check();
  await page.locator('.compare-toggle').nth(1).check();
  const table = page.locator('.compare table');
  await expect(table).toBeVisible();
  // Ticking the second route brings the comparison (rendered above the cards) into view.
  await expect(table).toBeInViewport();
  // Choosing says so in words and state, not only with a border colour.
  const choose = page.locator('.route-card button.choose').nth(1);
  await expect(choose).toHaveAttribute('aria-pressed', 'false');
  await choose.click();
  await expect(choose).toHaveText('Chosen route ✓');
  await expect(choose).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.route-card button.choose').nth(0)).toHaveText('Choose this route');
  await expect(opened).toHaveAttribute('open', '');
  await expect(table.locator('thead th')).toHaveCount(2);
  await expect(table).toContainText('48.0 months');
  await expect(table).toContainText('60 ECTS');
  await page.locator('.compare').screenshot({ path: path.join(shots, 'compare.png') });
  // Another goal: the ticks were for the old goal's routes and go with them.
  await page.fill('#goal-search', 'Associate degree ICT');
  await page.locator('#goal-h ~ .results button.result[data-id="nl-ad-0613"]').click();
  await expect(page.locator('.route-card').first()).toContainText('Associate degree');
  await expect(page.locator('.compare-toggle:checked')).toHaveCount(0);
  await expect(page.locator('.compare table')).toHaveCount(0);
});

test('ranking on the best case changes the headline figures, and says so', async ({ page }) => {
  await open(page);
  await learnerFlow(page);
  await page.selectOption('#basis', 'possible');
  const card = page.locator('.route-card').first();
  await expect(card.locator('.basis')).toContainText('best case');
  // The range stays; the ranking basis is named.
  await expect(card.locator('.recognised-ects')).toHaveText('5–65');
  await axe(page);
});

test('switching language translates the UI and the engine explanations', async ({ page }) => {
  await open(page);
  await learnerFlow(page);
  await page.selectOption('#lang-select', 'de');
  await expect(page.locator('#have-h')).toHaveText('Was ich habe');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const card = page.locator('.route-card').first();
  await card.locator('details summary').first().click();
  await expect(card).toContainText('Die programmweite Obergrenze von 90 ECTS');
  await expect(card).toContainText('Bachelor of Science Informatik');
  // Figures as German readers write them.
  await expect(card.locator('.months')).toHaveText('23,0–35,0 Monate');
  await expect(card.locator('.cost')).toContainText('€');
  await page.selectOption('#lang-select', 'fr');
  await expect(page.locator('#have-h')).toHaveText('Ce que j’ai');
  await expect(card).toContainText('Le plafond de 90 ECTS');
  // Dutch, Spanish, Italian and Finnish are fetched when first chosen, like German and French.
  await page.selectOption('#lang-select', 'nl');
  await expect(page.locator('#have-h')).toHaveText("Wat ik heb");
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('#routes-h')).toHaveText("Routes");
  await page.selectOption('#lang-select', 'fi');
  await expect(page.locator('#have-h')).toHaveText("Mit\u00e4 minulla on");
  await expect(page.locator('#routes-h')).toHaveText("Reitit");
});

test('counsellor notes survive a reload; print summary has one page per route', async ({ page }) => {
  await open(page);
  await learnerFlow(page);
  await page.selectOption('#mode-select', 'counsellor');
  await page.fill('#learner-label', 'L-042');
  await page.fill('#session-notes', 'Bring the IHK certificate and module descriptions.');
  await page.locator('.route-card').first().locator('.route-note textarea').fill('Preferred: starts in October');
  await expect(page.locator('.checklist li').first()).toBeVisible();
  await page.locator('.checklist input[type="checkbox"]').first().check();
  await page.locator('.route-card .compare-toggle').first().check();
  await axe(page);
  await page.screenshot({ path: path.join(shots, 'counsellor.png'), fullPage: true });
  const shared = page.url();
  await page.reload();
  // The counsellor view, the ticked checklist item and the comparison come back.
  await expect(page.locator('#mode-select')).toHaveValue('counsellor');
  await expect(page.locator('.checklist input[type="checkbox"]').first()).toBeChecked();
  await expect(page.locator('.route-card .compare-toggle').first()).toBeChecked();
  await expect(page.locator('#learner-label')).toHaveValue('L-042');
  await expect(page.locator('#session-notes')).toHaveValue('Bring the IHK certificate and module descriptions.');
  await expect(page.locator('.route-card').first().locator('.route-note textarea')).toHaveValue('Preferred: starts in October');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.pp-inputs')).toBeHidden();
  // The printout is complete without opening anything: who it is for, what they hold and
  // where they go, the date, and every step's explanation with its source.
  const summary = page.locator('.print-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('L-042');
  await expect(summary).toContainText('IT specialist');
  await expect(summary).toContainText('3 years');
  await expect(summary).toContainText('Computer Science');
  await expect(summary).toContainText(/Printed on\s*\d{4}-\d{2}-\d{2}/);
  const firstCard = page.locator('.route-card').first();
  await expect(firstCard.locator('details').first()).not.toHaveAttribute('open', '');
  const printed = await firstCard.evaluate((el) => (el as HTMLElement).innerText);
  expect(printed).toContain('Source:');
  expect(printed).toContain('63811');
  await expect(firstCard.locator('.route-note textarea')).toHaveValue('Preferred: starts in October');
  await page.emulateMedia({ media: 'screen' });
  await expect(summary).toBeHidden();
  // One page per route: a plan with two routes.
  await page.fill('#have-search', '');
  await page.locator('.chip button.remove').first().click();
  await twoRouteFlow(page);
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('.route-list > li').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
  expect(breaks).toEqual(['page', 'auto']);
  await page.screenshot({ path: path.join(shots, 'print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.click('#clear-session');
  await expect(page.locator('#learner-label')).toHaveValue('');
  // The link the counsellor shares opens the plan in the learner's view on another
  // browser: the session (notes, label, counsellor view) stays on the counsellor's machine.
  const other = await page.context().browser()!.newContext();
  const learner = await other.newPage();
  await learner.goto(shared);
  await expect(learner.locator('.route-card').first()).toBeVisible();
  await expect(learner.locator('#mode-select')).toHaveValue('learner');
  await expect(learner.locator('.counsellor-panel')).toHaveCount(0);
  await other.close();
});

test('a broken dataset is reported and the plan is kept', async ({ page }) => {
  await open(page);
  await learnerFlow(page);
  await page.setInputFiles('#dataset-file', path.join(__dirname, '..', 'fixtures', 'ui', 'broken-dataset.json'));
  const errors = page.locator('.errors');
  await expect(errors).toBeVisible();
  await expect(errors).toContainText('unknown field `titel`');
  await expect(errors).toContainText('broken-dataset.json:5:');
  await expect(page.locator('.route-card').first().locator('.months')).toHaveText('23.0–35.0 months');
  await expect(page.locator('.loader .muted')).toContainText(/\b\d{3} offers/);
  await page.screenshot({ path: path.join(shots, 'dataset-error.png'), fullPage: true });
});

test('a German reader reads what is wrong with a dataset in German', async ({ page }) => {
  await page.goto('./?lang=de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('#have-search')).toBeVisible();
  await page.setInputFiles('#dataset-file', path.join(__dirname, '..', 'fixtures', 'ui', 'broken-dataset.json'));
  const errors = page.locator('.errors');
  await expect(errors).toBeVisible();
  // The validator's message and its hint, keyed in the engine and filled in German.
  await expect(errors).toContainText('broken-dataset.json, Zeile 5: unbekanntes Feld `titel`');
  await errors.locator('.diag-detail summary').first().click();
  await expect(errors.locator('.diag-detail').first()).toContainText('Entfernen Sie das Feld oder korrigieren Sie die Schreibweise');
  await expect(errors).not.toContainText('unknown field');
});

test('a corrupt stored session is reported and kept aside, not dropped', async ({ page }) => {
  // Wait for the app to start first: it stores its fresh session on start, which would
  // otherwise race with the damaged value written here.
  await open(page);
  await page.evaluate(() => localStorage.setItem('pathways:session', '{"schema": 99, "label": "from the future"}'));
  await page.reload();
  await expect(page.locator('.notice')).toContainText('pathways:session:quarantine:');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('quarantine')).map((k) => localStorage.getItem(k)));
  expect(kept).toContain('{"schema": 99, "label": "from the future"}');
});

test('the whole learner flow works with the keyboard only', async ({ page }) => {
  await open(page);
  await page.focus('#have-search');
  await page.keyboard.type('Fachrichtung Anwendungsentwicklung');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.chip')).toHaveCount(1);
  await page.focus('#work-years');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  // The work field is a list of named fields: typing selects by name.
  await page.keyboard.type('Software');
  await expect(page.locator('#work-field')).toHaveValue('0613');
  await page.keyboard.press('Tab');
  await page.focus('#goal-search');
  await page.keyboard.type('Computer Science Hagen');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.route-card').first()).toBeVisible();
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  expect(focused).toBeTruthy();
  // Expand a step's explanation and choose the route by keyboard.
  await page.locator('.route-card').first().locator('details summary').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.route-card').first().locator('details').first()).toHaveAttribute('open', '');
  await page.locator('.route-card').first().locator('button.choose').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.route-card').first()).toHaveClass(/chosen/);
});

test('a CTDL pathway opens in the browser: mapping report, its destination as goal, a route', async ({ page }) => {
  await open(page);
  await page.setInputFiles('#dataset-file', path.join(__dirname, '..', 'fixtures', 'ctdl', 'pathway.json'));
  const report = page.locator('.import-report');
  await expect(report).toBeVisible();
  await expect(report.locator('summary')).toContainText('pathway.json');
  // The pathway is one programme: its courses are its modules, not offers of their own.
  await expect(report.locator('summary')).toContainText('1 offers');
  await report.locator('summary').click();
  await expect(report.locator('pre')).toContainText('read as ctdl');
  await expect(report.locator('pre')).toContainText('pathway_mapped');
  await expect(page.locator('.loader .muted')).toContainText('1 offers');
  await page.fill('#goal-search', 'Pathway to the certificate');
  await page.locator('#goal-h ~ .results button.result').first().click();
  const card = page.locator('.route-card').first();
  await expect(card).toBeVisible();
  await card.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expect(card).toContainText('Modules of this programme');
  await expect(card).toContainText('Still to complete');
  await page.screenshot({ path: path.join(shots, 'ctdl-import.png'), fullPage: true });
  await axe(page);
});

test('an ELM file given as ?data= is imported; a broken JSON-LD file keeps the dataset', async ({ page }) => {
  const fixture = path.join(__dirname, '..', 'fixtures', 'elm', 'qualification.jsonld');
  await page.route('**/imported/qualification.jsonld', (r) => r.fulfill({ path: fixture, contentType: 'application/ld+json' }));
  await page.goto('./?data=imported/qualification.jsonld');
  await expect(page.locator('.import-report summary')).toContainText('qualification.jsonld');
  await expect(page.locator('.loader .muted')).toContainText('1 offers');
  await page.locator('.import-report summary').click();
  await expect(page.locator('.import-report pre')).toContainText('read as elm');
  await page.setInputFiles('#dataset-file', path.join(__dirname, '..', 'fixtures', 'ui', 'truncated-ctdl.json'));
  await expect(page.locator('.errors')).toContainText('truncated-ctdl.json:5:0: not valid JSON');
  await expect(page.locator('.loader .muted')).toContainText('1 offers');
  await expect(page.locator('.import-report summary')).toContainText('qualification.jsonld');
});

test('a damaged plan link keeps its valid parts, says what was dropped and is not overwritten', async ({ page }) => {
  const plan = { held: [{ credential: 'de-vet-0613', grade: 80 }], work_years: 3, work_field: '0613', goal: 'de-bsc-0613', rank_by: 'bogus', budget: 1e308 };
  const hash = '#plan=' + encodeURIComponent(JSON.stringify(plan));
  await page.goto('./' + hash);
  await expect(page.locator('.notice')).toContainText('rank_by');
  await expect(page.locator('.notice')).toContainText('budget');
  await expect(page.locator('.notice')).not.toContainText('000000000');
  await expect(page.locator('#goal-name')).toHaveText(/^BSc Computer Science/);
  await expect(page.locator('.chip')).toHaveCount(1);
  await expect(page.locator('.route-card').first().locator('.months')).toHaveText('23.0–35.0 months');
  expect(new URL(page.url()).hash).toBe(hash);
});

test('an imported session of a newer schema is refused with a clear message; the current one stays', async ({ page }) => {
  await open(page);
  await page.selectOption('#mode-select', 'counsellor');
  await page.fill('#learner-label', 'L-007');
  await page.locator('.counsellor-panel input[type=file]').setInputFiles({
    name: 'session.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ session: { schema: 99, label: 'from the future', notes: 'x' }, plan: { work_years: -3 } })),
  });
  await expect(page.locator('.notice')).toContainText('schema 99');
  await expect(page.locator('#learner-label')).toHaveValue('L-007');
});

test('a ?data= link to another site or a local port is refused before any request', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('./?data=' + encodeURIComponent('http://127.0.0.1:9/secret.json'));
  await expect(page.locator('.errors')).toContainText('does not load data from that site');
  expect(requested.filter((u) => u.includes(':9/'))).toEqual([]);
});

test('a file with 10,000 problems shows progress, keeps the page responsive and lists the first problems', async ({ page, baseURL }) => {
  // Made here, not stored: the minimal dataset with 10,000 rules that each point to an
  // offer that does not exist.
  const base = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'valid', 'minimal.json'), 'utf8'));
  const rule = base.rules[0];
  base.rules = Array.from({ length: 10000 }, (_, i) => ({ ...rule, id: `r-${i}`, to: `missing-${i}` }));
  const body = JSON.stringify(base, null, 2);
  const url = new URL('generated/ten-thousand-problems.json', baseURL).href;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  // Long tasks and the status lines the page showed, recorded from the first script on.
  await page.addInitScript(() => {
    const w = window as any;
    w.__long = [];
    w.__status = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(Math.round(e.duration))))
      .observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      document.querySelectorAll('.loading').forEach((el) => {
        const t = el.textContent || '';
        if (w.__status[w.__status.length - 1] !== t) w.__status.push(t);
      });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const started = Date.now();
  await page.goto('./?data=' + encodeURIComponent(url));
  await expect(page.locator('.errors')).toContainText('missing-0', { timeout: 60000 });
  const seconds = (Date.now() - started) / 1000;
  await expect(page.locator('.errors li')).toHaveCount(100);
  await expect(page.locator('.errors .more')).toContainText('9900 more problems');
  const { long, status } = await page.evaluate(() => ({ long: (window as any).__long, status: (window as any).__status }));
  console.log(`10,000-problem file (${(body.length / 1e6).toFixed(1)} MB): errors shown after ${seconds.toFixed(1)} s; `
    + `long tasks: ${long.length}, longest ${Math.max(0, ...long)} ms; status lines: ${JSON.stringify(status)}`);
  expect(status.some((s: string) => s.includes('Checking'))).toBe(true);
  // Start-up (compiling the bundle) may take a long task of its own; none may come near
  // the check's seconds.
  expect(Math.max(0, ...long)).toBeLessThan(200);
});

test('a data file that cannot be fetched is named, and the planner works with the others', async ({ page }) => {
  await page.goto('./?data=data/demo/de.json,data/demo/at.json,data/demo/missing.json');
  await expect(page.locator('#have-search')).toBeVisible();
  const notice = page.locator('.notice');
  await expect(notice).toContainText('missing.json');
  await expect(notice).toContainText('works with the rest');
  await learnerFlow(page);
  await expect(page.locator('.route-card').first().locator('.months')).toHaveText('23.0–35.0 months');
  await axe(page);
});

// Words of the English catalogue that the other language's catalogue does not use, nor the
// data's own texts in that language: if one shows up in a route card, a text was left in
// English.
function englishOnlyWords(lang: string): Set<string> {
  const root = path.join(__dirname, '..', '..');
  const words = (s: string) => s.replace(/\{[^}]*\}/g, ' ').toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const values = (file: string) => Object.values(JSON.parse(fs.readFileSync(path.join(root, 'locales', file), 'utf8'))) as string[];
  const theirs = new Set([...values(`${lang}.json`), ...values(`fields-${lang}.json`)].flatMap(words));
  const inData = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(inData);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === lang && typeof x === 'string') words(x).forEach((w) => theirs.add(w));
        else inData(x);
      }
    }
  };
  const demo = path.join(root, 'pathways-data', 'demo');
  for (const f of fs.readdirSync(demo)) inData(JSON.parse(fs.readFileSync(path.join(demo, f), 'utf8')));
  return new Set([...values('en.json'), ...values('fields-en.json')].flatMap(words).filter((w) => !theirs.has(w)));
}

async function englishLeft(page: Page, lang: string): Promise<string[]> {
  const english = englishOnlyWords(lang);
  const card = page.locator('.route-card').first();
  await card.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  // Quotes are the sources' own words, in the language the source was published in.
  const text = await card.evaluate((el) => {
    const c = el.cloneNode(true) as HTMLElement;
    c.querySelectorAll('blockquote').forEach((q) => q.remove());
    document.body.appendChild(c);
    const t = c.innerText;
    c.remove();
    return t;
  });
  expect(text.length).toBeGreaterThan(400);
  // Addresses are not words.
  return [...new Set(text.replace(/https?:\/\/\S+/g, ' ').toLowerCase().match(/\p{L}{3,}/gu) ?? [])].filter((w) => english.has(w));
}

test('a German and a Dutch session leave no English word in the route card', async ({ page }) => {
  await open(page);
  await learnerFlow(page);
  await page.selectOption('#lang-select', 'de');
  await expect(page.locator('#have-h')).toHaveText('Was ich habe');
  await expect(page.locator('.route-card').first()).toContainText('Informatik');
  expect(await englishLeft(page, 'de')).toEqual([]);
  await page.goto('./#');
  await page.evaluate(() => localStorage.clear());
  await open(page);
  await page.selectOption('#lang-select', 'nl');
  await expect(page.locator('#have-h')).toHaveText('Wat ik heb');
  await page.fill('#have-search', 'Associate degree ICT');
  await page.locator('#have-h ~ .results button.result').first().click();
  await page.fill('#goal-search', 'HBO-ICT');
  await page.locator('#goal-h ~ .results button.result').first().click();
  await expect(page.locator('.route-card').first()).toContainText('HBO-ICT');
  expect(await englishLeft(page, 'nl')).toEqual([]);
  await axe(page);
});

test('a dataset link that fails speaks the chosen language; the checker\'s words are one click away', async ({ page }) => {
  const visibleEnglish = async (lang: string) => {
    const english = englishOnlyWords(lang);
    const text = await page.locator('.errors').innerText();
    return [...new Set(text.replace(/\S+\.json/g, ' ').toLowerCase().match(/\p{L}{3,}/gu) ?? [])].filter((w) => english.has(w));
  };
  // Not there at all.
  await page.goto('./?lang=de&data=data/demo/nope.json');
  const errors = page.locator('.errors');
  await expect(errors).toContainText('nope.json konnte nicht geladen werden');
  // Nothing was loaded before: no talk of a plan or dataset "kept".
  await expect(errors).toContainText('noch nichts, womit geplant werden kann');
  expect(await visibleEnglish('de')).toEqual([]);
  await errors.locator('.diag-detail summary').first().click();
  await expect(errors.locator('.diag-detail').first()).toContainText('HTTP 404');
  // There, but cut off in the middle.
  await page.route('**/data/broken/cut.json', (r) => r.fulfill({ body: '{"format": "pathways-dataset", "version": 1, "offers": [', contentType: 'application/json' }));
  await page.goto('./?lang=nl&data=data/broken/cut.json');
  await expect(errors).toContainText('cut.json is geen leesbaar gegevensbestand');
  expect(await visibleEnglish('nl')).toEqual([]);
  await axe(page);
  await page.screenshot({ path: path.join(shots, 'data-error-nl.png') });
});

test('a Turtle pathway opens in the French UI through the importer module and plans through its modules', async ({ page }) => {
  await page.goto('./?lang=fr');
  // Written by rdflib from the expanded record: the same pathway, as Credential Engine
  // also publishes it.
  await page.setInputFiles('#dataset-file', path.join(__dirname, '..', 'fixtures', 'ctdl', 'pathway.ttl'));
  await expect(page.locator('.import-report summary')).toContainText('pathway.ttl');
  await page.locator('.import-report summary').click();
  await expect(page.locator('.import-report pre')).toContainText('(Turtle, ');
  await page.locator('.import-report summary').click();
  const card = await planThroughFixturePathway(page);
  await expect(card).toContainText('Course A (5 ECTS)');
  await axe(page);
});

test('an expanded JSON-LD pathway opens in the German UI and plans through its modules, counting one already held', async ({ page }) => {
  await page.goto('./?lang=de');
  await expect(page.locator('#have-h')).toHaveText('Was ich habe');
  // Full IRIs and @value objects, no @context: written by pyld, not by our importer's kin.
  await page.setInputFiles('#dataset-file', path.join(__dirname, '..', 'fixtures', 'ctdl', 'pathway-expanded.jsonld'));
  await expect(page.locator('.import-report summary')).toContainText('pathway-expanded.jsonld');
  await expect(page.locator('.loader .muted')).toContainText('1');
  // The mapping report speaks German too: its layout and every entry of this record
  // (components without credits, a target outside the pathway, the pathway mapped), with
  // the stable reason codes and paths left as they are.
  const report = page.locator('.import-report pre');
  await page.locator('.import-report summary').click();
  await expect(report).toContainText('gelesen als ctdl (expandiertes JSON-LD (vollständige CTDL-IRIs, kein @context), als kompaktes CTDL gelesen; @context');
  await expect(report).toContainText('Gelesene Quellknoten:');
  await expect(report).toContainText('VERLUST component_credits_unknown');
  await expect(report).toContainText('Komponente ohne Leistungspunkte in ECTS oder einer umrechenbaren Einheit: mit 0 ECTS gezählt');
  await expect(report).toContainText('ist keine Komponente des Bildungspfads in der Eingabe: weggelassen');
  await expect(report).toContainText('Bildungspfad zu `ce-cd` wurde zum Angebot `ce-p0` mit 3 Modul(en) und Abschlussanforderungen');
  const reportText = await report.innerText();
  for (const english of ['read as', 'full CTDL IRIs', 'source nodes read', 'report entries', 'counted as 0 ECTS', 'is not a component of the pathway', 'recorded as unknown', 'became offer', 'placeholder provider', 'not evaluated']) {
    expect(reportText).not.toContain(english);
  }
  await page.locator('.import-report').screenshot({ path: path.join(shots, 'import-report-de.png') });
  await page.locator('.import-report summary').click();
  const card = await planThroughFixturePathway(page);
  await expect(card).toContainText('Module dieses Programms');
  await expect(card).toContainText('Bereits abgeschlossen: Course A (5 ECTS)');
  await expect(card).toContainText('Noch abzuschließen');
  await axe(page);
});
