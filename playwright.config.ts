import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/e2e/support/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  // The machine is shared and small: one worker, generous limits (every wait is on a state, so a
  // limit only decides how long a real failure takes to report), no retries hiding flakiness.
  // Each test has its own server and data folder (test/e2e/support/fixtures.ts), so none depends
  // on another having run.
  workers: 1,
  fullyParallel: true,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    headless: true,
    actionTimeout: 30_000,
    locale: 'zh-CN',
    // A laptop set to another zone must still enter and show meeting times in Beijing time.
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
