import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as path from 'path';

const shots = process.env.SCREENSHOT_DIR
  ? path.resolve(process.env.SCREENSHOT_DIR)
  : path.join(__dirname, '..', 'output', 'screenshots');

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const bts = '.example[data-example="ui.example.bts"]';

test('a first visit starts from an example learner and sees where it leads: map, list, what-if, routes', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const start = Date.now();
  await page.goto('./');
  await expect(page.locator('#explore .examples button')).toHaveCount(3);
  await axe(page);
  await page.locator(bts).click();
  const list = page.locator('ol.destinations > li');
  await expect(list.first()).toBeVisible();
  console.log(`explore answer visible ${Date.now() - start} ms after navigation (one tap on an example)`);
  // The French BTS holder's next levels come first (the list pinned in the engine's tests).
  await expect(list.first()).toContainText('Professional bachelor');
  await expect(list.first()).toContainText('open now');
  const count = await page.locator('.explore-count').innerText();
  const n = Number(count.match(/\d+/)?.[0]);
  expect(n).toBeGreaterThan(20);
  // The map shows every destination the list holds, and the list shows them all on demand.
  await expect(page.locator('.explore-map circle.mark')).toHaveCount(n);
  await expect(page.locator('.explore-map svg')).toHaveAttribute('aria-label', new RegExp(`${n} destinations`));
  await page.locator('#results').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'explore.png'), fullPage: false });
  await page.locator('#show-all').click();
  await expect(list).toHaveCount(n);
  await axe(page);

  // A what-if: the assumption is shown as hypothetical and more destinations open.
  const chip = page.locator('.what-if-chip').first();
  await expect(chip).toContainText(/more/);
  const opens = Number((await chip.innerText()).match(/(\d+) more/)?.[1]);
  await chip.click();
  await expect(page.locator('#what-if-on')).toContainText('Hypothetical');
  await expect(page.locator('.explore-count')).toContainText(String(n + opens));
  await axe(page);
  await page.screenshot({ path: path.join(shots, 'explore-what-if.png'), fullPage: false });
  await page.locator('#what-if-on button').click();
  await expect(page.locator('#what-if-on')).toHaveCount(0);
  await expect(page.locator('.explore-count')).toContainText(String(n));

  // A destination opens its routes; the view is in the link and survives a reload.
  await page.locator('ol.destinations .dest-title', { hasText: "Master's degree in computer science" }).click();
  const card = page.locator('.route-card').first();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Professional bachelor');
  await expect(page.locator('#routes')).toBeFocused();
  // Off-ramps: a learner who stops after the professional bachelor holds a qualification.
  await expect(card.locator('.offramp').first()).toContainText('a qualification at EQF 6');
  await expect(page.locator('#view-routes')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('#view-explore').click();
  await expect(page.locator('ol.destinations')).toBeVisible();
  await page.reload();
  await expect(page.locator('ol.destinations')).toBeVisible();
  await expect(page.locator('#view-explore')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('#view-routes').click();
  await expect(page.locator('.route-card').first()).toBeVisible();
});

test('explore works with the keyboard only', async ({ page }) => {
  await page.goto('./');
  await page.locator(bts).focus();
  await page.keyboard.press('Enter');
  const first = page.locator('ol.destinations .dest-title').first();
  await expect(first).toBeVisible();
  // From the example's place in the page, Tab reaches the chips and then the list.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await first.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.route-card').first()).toBeVisible();
  await expect(page.locator('#routes')).toBeFocused();
});

test('on a phone, choosing a destination brings its routes into view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await page.locator('.example[data-example="ui.example.care"]').click();
  await expect(page.locator('ol.destinations > li').first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.locator('.explore-map').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'explore-phone.png'), fullPage: false });
  await page.locator('ol.destinations .dest-title').first().click();
  await expect(page.locator('.route-card').first()).toBeInViewport();
  await expect(page.locator('[role="status"].sr-only')).toContainText('Routes');
  await axe(page);
});

test('search finds what people type, says when nothing matches, and the chosen goal comes into view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  // The feminine job title finds the apprenticeship the data names "Fachinformatiker/-in".
  await page.locator('#have-search').fill('Fachinformatikerin');
  // The English UI shows the English title ("IT specialist – application development").
  const held = page.locator('#have-search ~ ul.results .result');
  await expect(held.first()).toHaveAttribute('data-id', /^de-vet-061[23]$/);
  await page.locator('#have-search ~ ul.results .result[data-id="de-vet-0613"]').click();
  await expect(page.locator('.chip .chip-name').first()).toContainText('IT specialist');
  // A language with its CEFR level, as entry requirements ask for it.
  await page.locator('#add-language').selectOption('en');
  await page.locator('#add-language-level').selectOption('B2');
  await page.locator('#add-language-btn').click();
  await expect(page.locator('.lang-chip[data-language="en"] .lang-level')).toHaveValue('B2');
  await expect(page.locator('#prefer-mobility')).not.toBeChecked();
  await expect(page.locator('#needs-support')).not.toBeChecked();

  const goal = page.locator('#goal-search');
  await goal.fill('xyzzy');
  await expect(page.locator('.search-none')).toContainText('Nothing found for “xyzzy”');
  await goal.fill('Bachelor Informatik');
  const results = page.locator('#goal-search ~ ul.results .result');
  await expect(results).toHaveCount(8);
  await expect(results.first()).toContainText(/Computer science|Informatik/i);
  await page.locator('.search-more').click();
  expect(await results.count()).toBeGreaterThan(8);
  await goal.fill('EQF 6 Pflege');
  await expect(results.first()).toContainText('EQF 6');
  await axe(page);

  // On a phone the routes are below the form: choosing the goal scrolls and focuses them.
  await goal.fill('BSc Informatik Hagen');
  await results.first().click();
  await expect(page.locator('#routes')).toBeFocused();
  await expect(page.locator('#routes')).toBeInViewport();
  await expect(page.locator('[role="status"].sr-only')).toContainText('Routes');
  // The language survives a reload through the plan link.
  await page.reload();
  await expect(page.locator('.lang-chip[data-language="en"] .lang-level')).toHaveValue('B2');
  // Loading other data is below the results, not between the form and the answer.
  const loaderTop = await page.locator('section.loader').evaluate((el) => el.getBoundingClientRect().top);
  const resultsTop = await page.locator('#results').evaluate((el) => el.getBoundingClientRect().top);
  expect(loaderTop).toBeGreaterThan(resultsTop);
});
