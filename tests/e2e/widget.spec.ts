import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as path from 'path';

// The host page is served from BASE_URL's origin; the widget (script, wasm, css, data) from
// OTHER_ORIGIN, a different port. Host pages are fulfilled by the test with a strict CSP.
const host = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:8080/');
const widget = new URL(process.env.OTHER_ORIGIN ?? 'http://localhost:8081/');
const W = widget.origin;

const csp = [
  "default-src 'self'",
  `script-src 'self' ${W} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  `connect-src 'self' ${W}`,
  `frame-src ${W}`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

// Host pages are fulfilled by the test (so each can carry its own CSP header); Chromium
// treats such responses as public pages and would block their requests to the loopback
// widget server (Local Network Access). Real hosts and widgets are both public, so the check
// is switched off here only.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights'],
  },
});

// Playwright reaches into open shadow roots only. The widget's root is closed; these tests
// open it the way any host script could (SECURITY.md says so), except the test that checks
// that it is closed.
const openShadowRoots = `(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (o) { return attach.call(this, { ...o, mode: 'open' }); };
})()`;
test.beforeEach(async ({ page }, info) => {
  if (!info.title.includes('closed shadow root')) await page.addInitScript(openShadowRoots);
});

const shots = process.env.SCREENSHOT_DIR
  ? path.resolve(process.env.SCREENSHOT_DIR)
  : path.join(__dirname, '..', 'output', 'screenshots');

const hostCss = `button { background: rgb(255, 0, 255) !important; }
.panel { border: 9px solid rgb(255, 0, 0); }
h1 { font-family: serif; color: rgb(0, 128, 0); }`;

async function serveHost(page: Page, origin: string, file: string, body: string) {
  await page.route(`${origin}/${file}`, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/html', 'content-security-policy': csp }, body }));
  await page.route(`${origin}/host.css`, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/css' }, body: hostCss }));
  await page.route(`${origin}/host.js`, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/javascript' }, body: `
      window.__events = [];
      window.__targets = [];
      document.addEventListener('pathways:route-chosen', (e) => { window.__events.push(e.detail); window.__targets.push(e.target.id); });
      window.addEventListener('message', (e) => window.__events.push({ from: e.origin, data: e.data }));
      document.addEventListener('securitypolicyviolation', (e) => (window.__csp = (window.__csp || []).concat(e.violatedDirective + ' ' + e.blockedURI)));
    ` }));
}

test('custom element under a strict CSP: works, styles isolated, events reach the host, broken data-src shows an error', async ({ page }) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <link rel="stylesheet" href="host.css"><script src="host.js"></script>
    <script type="module" src="${W}/pathways-embed.js"></script></head>
    <body><h1 id="host-h1">University host page</h1><div class="panel" id="host-panel">host panel</div>
    <pathways-planner id="ok" data-src="${W}/data/demo/de.json ${W}/data/demo/at.json" lang="de" goal="de-bsc-0613" show="title language mode data"></pathways-planner>
    <pathways-planner id="broken" data-src="${W}/data/demo/does-not-exist.json"></pathways-planner>
    </body></html>`;
  await serveHost(page, host.origin, 'host.html', html);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.origin}/host.html`);
  const ok = page.locator('#ok');
  await expect(ok.locator('.pp-app h1')).toHaveText('Pathways Planner', { timeout: 20000 });
  await expect(ok.locator('#have-h')).toHaveText('Was ich habe');
  // The widget does not change the host's language, title or URL.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(page.url()).toBe(`${host.origin}/host.html`);
  // Plan a route inside the widget.
  await ok.locator('#have-search').fill('Fachrichtung Anwendungsentwicklung');
  await ok.locator('#have-h ~ .results button.result').first().click();
  await ok.locator('#work-years').fill('3');
  await ok.locator('#work-years').press('Tab');
  await ok.locator('#work-field').selectOption('0613');
  await expect(ok.locator('.route-card').first()).toBeVisible();
  // Host styles do not reach the widget; widget styles do not reach the host.
  const widgetButton = await ok.locator('button.choose').first().evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(widgetButton).not.toBe('rgb(255, 0, 255)');
  const widgetPanel = await ok.locator('.panel').first().evaluate((p) => getComputedStyle(p).borderTopWidth);
  expect(widgetPanel).not.toBe('9px');
  const hostH1 = await page.locator('#host-h1').evaluate((h) => getComputedStyle(h).color);
  expect(hostH1).toBe('rgb(0, 128, 0)');
  const hostPanel = await page.locator('#host-panel').evaluate((p) => getComputedStyle(p).borderTopWidth);
  expect(hostPanel).toBe('9px');
  // Choosing a route emits a CustomEvent on the host.
  await ok.locator('button.choose').first().click();
  await expect.poll(() => page.evaluate(() => (window as any).__events.length)).toBeGreaterThan(0);
  const ev = await page.evaluate(() => (window as any).__events[0]);
  expect(ev.goal).toBe('de-bsc-0613');
  expect(ev.totals.months).toBe(35);
  // Every figure reaches the host rounded to the cent, never as 1146.6666666666667.
  const numbers = JSON.stringify(ev).match(/-?\d+\.\d+/g) ?? [];
  for (const n of numbers) expect(n.split('.')[1].length, n).toBeLessThanOrEqual(2);
  // A broken data-src shows a readable error inside that widget only.
  await expect(page.locator('#broken').locator('.errors')).toContainText('does-not-exist.json', { timeout: 20000 });
  // The host changes attributes after load: the language and the mode change in place and
  // the learner's plan stays; new data starts the planner anew.
  await page.evaluate(() => document.getElementById('ok')!.setAttribute('lang', 'fr'));
  await expect(ok.locator('#have-h')).toHaveText('Ce que j’ai');
  await expect(ok.locator('.route-card').first()).toBeVisible();
  await page.evaluate(() => document.getElementById('ok')!.setAttribute('mode', 'counsellor'));
  await expect(ok.locator('.counsellor-panel')).toBeVisible();
  await page.evaluate(() => document.getElementById('broken')!.setAttribute('data-src', document.getElementById('ok')!.getAttribute('data-src')!));
  await expect(page.locator('#broken').locator('#have-search')).toBeVisible({ timeout: 20000 });
  await expect(page.locator('#broken').locator('.errors')).toHaveCount(0);
  // Only the example learners this data can answer: German and Austrian data, no French BTS.
  await expect(page.locator('#broken').locator('[data-example="ui.example.it"]')).toBeVisible();
  await expect(page.locator('#broken').locator('[data-example="ui.example.bts"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__csp ?? [])).toEqual([]);
  expect(errors).toEqual([]);
  await page.screenshot({ path: path.join(shots, 'widget.png'), fullPage: true });
});

test('iframe mode: route event by postMessage to listed origins only; messages from other origins are ignored', async ({ page, context }) => {
  const src = `${W}/index.html?embed=iframe&lang=en&goal=de-bsc-0613&data=${encodeURIComponent(`${W}/data/demo/de.json,${W}/data/demo/at.json`)}&origins=${encodeURIComponent(host.origin)}`;
  const frameHtml = (id: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script src="host.js"></script></head><body><iframe id="${id}" title="Pathways Planner" src="${src}" width="900" height="700"></iframe></body></html>`;
  await serveHost(page, host.origin, 'frame.html', frameHtml('f'));
  await page.goto(`${host.origin}/frame.html`);
  const frame = page.frameLocator('#f');
  await expect(frame.locator('#have-h')).toHaveText('What I have', { timeout: 20000 });
  // A listed origin may switch the language.
  await page.evaluate((w) => (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'pathways:set-lang', lang: 'fr' }, w), W);
  await expect(frame.locator('#have-h')).toHaveText('Ce que j’ai');
  // Choosing a route posts to the host.
  await frame.locator('#have-search').fill('Abitur');
  await frame.locator('#have-h ~ .results button.result').first().click();
  await frame.locator('button.choose').first().click();
  await expect.poll(() => page.evaluate(() => (window as any).__events.filter((e: any) => e.data?.type === 'pathways:route-chosen').length)).toBe(1);
  // The same message from an origin that is not listed is ignored.
  const other = await context.newPage();
  const otherOrigin = `${host.protocol}//localhost:${host.port}`;
  await serveHost(other, otherOrigin, 'frame.html', frameHtml('g'));
  await other.goto(`${otherOrigin}/frame.html`);
  const g = other.frameLocator('#g');
  await expect(g.locator('#have-h')).toHaveText('What I have', { timeout: 20000 });
  await other.evaluate((w) => (document.getElementById('g') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'pathways:set-lang', lang: 'fr' }, w), W);
  await other.waitForTimeout(500);
  await expect(g.locator('#have-h')).toHaveText('What I have');
});

test('a widget whose data-src is a CTDL record imports it with the on-demand importer, under the host CSP', async ({ page }) => {
  const fixture = path.join(__dirname, '..', 'fixtures', 'ctdl', 'pathway.json');
  await page.route(`${W}/imported/pathway.json`, (route) =>
    route.fulfill({ path: fixture, headers: { 'content-type': 'application/ld+json', 'access-control-allow-origin': '*' } }));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <link rel="stylesheet" href="host.css"><script src="host.js"></script>
    <script type="module" src="${W}/pathways-embed.js"></script></head>
    <body><pathways-planner id="ctdl" data-src="${W}/imported/pathway.json" goal="ce-p0" show="data"></pathways-planner></body></html>`;
  await serveHost(page, host.origin, 'ctdl-host.html', html);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.origin}/ctdl-host.html`);
  const w = page.locator('#ctdl');
  await expect(w.locator('.import-report summary')).toContainText('pathway.json', { timeout: 20000 });
  await expect(w.locator('.loader .muted')).toContainText('1 offers');
  await expect(w.locator('.route-card').first()).toBeVisible();
  await expect(w.locator('.route-card').first().locator('svg.route-diagram')).toHaveAttribute('aria-label', /Pathway to the certificate/);
  expect(await page.evaluate(() => (window as any).__csp ?? [])).toEqual([]);
  expect(errors).toEqual([]);
});

test('two widgets stay separate, and a widget keeps the learner\'s notes out of the host\'s storage', async ({ page }) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script src="host.js"></script>
    <script type="module" src="${W}/pathways-embed.js"></script></head><body>
    <pathways-planner id="a" data-src="${W}/data/demo/de.json" lang="en" goal="de-bsc-0613" mode="counsellor"></pathways-planner>
    <pathways-planner id="b" data-src="${W}/data/demo/de.json" lang="en" goal="de-bsc-0613" mode="counsellor"></pathways-planner>
    </body></html>`;
  await serveHost(page, host.origin, 'two.html', html);
  await page.goto(`${host.origin}/two.html`);
  const b = page.locator('#b');
  await expect(b.locator('#have-h')).toHaveText('What I have', { timeout: 20000 });
  await b.locator('#session-notes').fill('Private: learner L-9 has a disability allowance');
  await b.locator('#have-search').fill('Fachrichtung Anwendungsentwicklung');
  await b.locator('#have-h ~ .results button.result').first().click();
  await b.locator('#work-years').fill('3');
  await b.locator('#work-years').press('Tab');
  await b.locator('#work-field').selectOption('0613');
  await b.locator('button.choose').first().click();
  // The choice in the second widget is delivered by the second widget's element only.
  await expect.poll(() => page.evaluate(() => (window as any).__targets)).toEqual(['b']);
  // Nothing of the session reached the host page's storage.
  const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => k + '=' + localStorage.getItem(k)).join('\n'));
  expect(stored).not.toContain('disability');
  expect(stored).not.toContain('pathways:session');
  // The first widget did not receive the second one's plan.
  await expect(page.locator('#a').locator('.chip')).toHaveCount(0);
  // Placed straight in the host's <body>, two widgets still add no banner, main or repeated
  // landmark to the host page. (This bare host page has no main, h1 or landmarks of its
  // own: the rules about those judge the host, not the widget.)
  const a11y = await new AxeBuilder({ page }).disableRules(['landmark-one-main', 'page-has-heading-one', 'region']).analyze();
  expect(a11y.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(' ')}`)).toEqual([]);
});

test('the widget renders in a closed shadow root: host scripts do not reach its contents', async ({ page }) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script src="host.js"></script>
    <script type="module" src="${W}/pathways-embed.js"></script></head><body>
    <pathways-planner id="a" data-src="${W}/data/demo/de.json" lang="en" mode="counsellor"></pathways-planner>
    </body></html>`;
  await serveHost(page, host.origin, 'closed.html', html);
  await page.goto(`${host.origin}/closed.html`);
  // Rendered (the element grew to hold the planner) ...
  await expect.poll(() => page.evaluate(() => document.getElementById('a')!.getBoundingClientRect().height), { timeout: 20000 })
    .toBeGreaterThan(300);
  // ... yet nothing of it is reachable from the host's DOM.
  const seen = await page.evaluate(() => ({
    root: document.getElementById('a')!.shadowRoot,
    text: document.body.innerText,
    found: document.querySelectorAll('#session-notes, #have-h').length,
  }));
  expect(seen.root).toBeNull();
  expect(seen.text).not.toContain('What I have');
  expect(seen.found).toBe(0);
});

test('the widget takes the width of its box: one column and no sideways scroll in a narrow sidebar; the skip link leaves the host URL alone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <link rel="stylesheet" href="narrow.css"><script src="host.js"></script>
    <script type="module" src="${W}/pathways-embed.js"></script></head><body>
    <div class="layout"><main>Host article</main>
    <aside id="side"><pathways-planner id="a" data-src="${W}/data/demo/de.json" lang="en" goal="de-bsc-0613"></pathways-planner></aside></div>
    </body></html>`;
  await serveHost(page, host.origin, 'narrow.html', html);
  // The host's CSP forbids inline styles: the sidebar layout is a stylesheet of its own.
  await page.route(`${host.origin}/narrow.css`, (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/css' },
    body: '.layout { display: flex; gap: 16px; } .layout main { flex: 1; } #side { width: 320px; flex: none; }' }));
  await page.goto(`${host.origin}/narrow.html`);
  const a = page.locator('#a');
  await expect(a.locator('#have-h')).toHaveText('What I have', { timeout: 20000 });
  await a.locator('#have-search').fill('Fachrichtung Anwendungsentwicklung');
  await a.locator('#have-h ~ .results button.result').first().click();
  await a.locator('#work-years').fill('3');
  await a.locator('#work-years').press('Tab');
  await a.locator('#work-field').selectOption('0613');
  await expect(a.locator('.route-card').first()).toBeVisible();
  const layout = await a.locator('.pp-app').evaluate((app) => {
    const cols = getComputedStyle(app.querySelector('.pp-columns')!).gridTemplateColumns.split(' ').length;
    return { cols, scroll: app.scrollWidth, width: app.clientWidth };
  });
  expect(layout.cols).toBe(1);
  expect(layout.scroll).toBeLessThanOrEqual(layout.width);
  await page.locator('#side').screenshot({ path: path.join(__dirname, '..', 'output', 'screenshots', 'widget-320-sidebar.png') });
  const before = page.url();
  await a.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await expect(a.locator('#results')).toBeFocused();
  expect(page.url()).toBe(before);
});

test('a guest on any page: a 360 px sidebar beside a full-width embed on a 1280 px page, then a 320 px phone; host font, hidden panels, fixed countries, a missing file named', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <link rel="stylesheet" href="guest.css"><script src="host.js"></script>
    <script type="module" src="${W}/pathways-embed.js"></script></head><body>
    <header><h1>Study guidance</h1></header>
    <div class="layout"><main>
      <pathways-planner id="full" data-src="${W}/data/demo/de.json ${W}/data/demo/at.json" lang="en"></pathways-planner>
    </main>
    <aside id="side" aria-label="Quick check">
      <pathways-planner id="narrow" data-src="${W}/data/demo/de.json ${W}/data/demo/at.json ${W}/data/demo/gone.json" lang="en" countries="DE"></pathways-planner>
    </aside></div>
    </body></html>`;
  await serveHost(page, host.origin, 'guest.html', html);
  await page.route(`${host.origin}/guest.css`, (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/css' },
    body: `body { font-family: "Host Serif", Georgia, serif; margin: 0; }
      .layout { display: flex; gap: 16px; } .layout main { flex: 1; min-width: 0; } #side { width: 360px; flex: none; }
      @media (max-width: 40rem) { .layout { flex-direction: column; } #side { width: auto; } }
      #narrow { --pp-space: 0.5rem; }` }));
  await page.goto(`${host.origin}/guest.html`);
  const full = page.locator('#full');
  const narrow = page.locator('#narrow');
  await expect(full.locator('#have-h')).toHaveText('What I have', { timeout: 20000 });
  await expect(narrow.locator('#have-h')).toHaveText('What I have', { timeout: 20000 });
  // Embedded defaults: no title, no mode switch, no dataset panel; the language choice stays.
  for (const w of [full, narrow]) {
    await expect(w.locator('h1')).toHaveCount(0);
    await expect(w.locator('#mode-select')).toBeHidden();
    await expect(w.locator('#lang-select')).toBeVisible();
    await expect(w.locator('.loader')).toHaveCount(0);
  }
  // The file that could not be fetched is named; the planner works with the others.
  await expect(narrow.locator('.notice')).toContainText('gone.json');
  await expect(full.locator('.notice')).toHaveCount(0);
  // The host fixed the countries: the learner is not asked, and only German offers come up.
  await expect(full.locator('fieldset', { hasText: 'Countries' })).toBeVisible();
  await expect(narrow.locator('fieldset', { hasText: 'Countries' })).toBeHidden();
  for (const w of [full, narrow]) {
    await w.locator('#have-search').fill('Fachrichtung Anwendungsentwicklung');
    await w.locator('#have-h ~ .results button.result').first().click();
    await w.locator('#work-years').fill('3');
    await w.locator('#work-years').press('Tab');
    await w.locator('#work-field').selectOption('0613');
  }
  await expect(full.locator('.destination').first()).toBeVisible();
  await expect(narrow.locator('.destination').first()).toBeVisible();
  for (const w of [full, narrow]) if (await w.locator('#show-all').count()) await w.locator('#show-all').click();
  await expect(full.locator('.destination[data-offer^="at-"]').first()).toBeAttached();
  await expect(narrow.locator('.destination[data-offer^="at-"]')).toHaveCount(0);
  // The host's font, the host's spacing, and a layout that follows each widget's own width.
  const look = async (w: typeof full) => w.locator('.pp-app').evaluate((app) => ({
    font: getComputedStyle(app).fontFamily,
    cols: getComputedStyle(app.querySelector('.pp-columns')!).gridTemplateColumns.split(' ').length,
    panelGap: getComputedStyle(app.querySelector('.panel')!).marginBottom,
    scroll: app.scrollWidth,
    width: app.clientWidth,
  }));
  const hostFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  const [f, n] = [await look(full), await look(narrow)];
  expect(f.font).toBe(hostFont);
  expect(n.font).toBe(hostFont);
  expect(f.cols).toBe(2);
  expect(n.cols).toBe(1);
  expect(n.panelGap).toBe('8px');
  expect(f.panelGap).toBe('16px');
  expect(n.scroll).toBeLessThanOrEqual(n.width);
  expect(f.scroll).toBeLessThanOrEqual(f.width);
  const a11y = await new AxeBuilder({ page }).analyze();
  expect(a11y.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(' ')}`)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'widget-sidebar-and-full.png'), fullPage: false });
  // A 320 px phone: both widgets take one column and nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(async () => (await look(full)).cols).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: path.join(shots, 'widget-320.png'), fullPage: false });
});

test('the embed demo shows a sidebar and a full-width planner side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${W}/embed-demo.html`);
  await expect(page.locator('#planner').locator('.pp-app h1')).toHaveText('Pathways Planner', { timeout: 20000 });
  await expect(page.locator('#sidebar').locator('#have-h')).toHaveText('What I have');
  const boxes = await page.evaluate(() => ['planner', 'sidebar'].map((id) => document.getElementById(id)!.getBoundingClientRect()));
  // Side by side: the sidebar starts right of the full-width planner, on the same row.
  expect(boxes[1].left).toBeGreaterThan(boxes[0].right);
  expect(boxes[1].width).toBeLessThan(400);
  await page.screenshot({ path: path.join(shots, 'embed-demo.png'), fullPage: false });
});
