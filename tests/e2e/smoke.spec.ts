import { test, expect } from '@playwright/test';

// The first vertical slice: the app starts, fetches the demo data and shows it, with no
// console errors and no CSP violations.
test('app loads the demo dataset', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pathways Planner');
  await expect(page.locator('.loader .muted')).toContainText(/\b\d{3} offers/);
  expect(problems, problems.join('\n')).toEqual([]);
});
