import { expect, Page } from '@playwright/test';

/** The demo's German learner: a VET diploma in application development and three years of
 * work in software, aiming at the Computer Science bachelor in Hagen. Shared by the specs;
 * a spec file cannot import another without running its tests. */
export async function learnerFlow(page: Page) {
  await page.fill('#have-search', 'Fachrichtung Anwendungsentwicklung');
  await page.locator('#have-h ~ .results button.result').first().click();
  await page.fill('#work-years', '3');
  await page.press('#work-years', 'Tab');
  await page.selectOption('#work-field', '0613');
  await page.fill('#goal-search', 'Computer Science Hagen');
  await page.locator('#goal-h ~ .results button.result').first().click();
  await expect(page.locator('.route-card').first()).toBeVisible();
}

