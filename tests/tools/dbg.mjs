// Dev helper: screenshot a served page (node tests/tools/dbg.mjs URL OUT.png).
import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
page.on('console', m => { if (m.type() === 'error') console.log('[console]', m.text()); });
page.on('pageerror', e => console.log('[pageerror]', String(e)));
await page.goto(process.argv[2]);
await page.waitForTimeout(2500);
await page.screenshot({ path: process.argv[3], fullPage: false });
await browser.close();
