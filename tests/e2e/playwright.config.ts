import { defineConfig } from '@playwright/test';

// Debian's Chromium only: these machines cannot download Playwright's browsers.
// The flags keep Chromium from trying to reach the (closed) network at start.
export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../output/playwright',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080/',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
