import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/e2e/support/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  // The machine is shared and small: one worker, generous timeouts, no retries hiding flakiness.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    headless: true,
    actionTimeout: 15_000,
    locale: 'zh-CN',
    // A laptop set to another zone must still enter and show meeting times in Beijing time.
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
