import { test as base } from '@playwright/test';
import { ensureBuilt, startHostMode, type HostMode } from './host-mode';

/** One host-mode server per worker, on a fresh data folder, stopped (and its folder removed) after. */
export const test = base.extend<object, { host: HostMode }>({
  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      ensureBuilt();
      const host = await startHostMode();
      try {
        await use(host);
      } finally {
        await host.stop();
      }
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

export { expect } from '@playwright/test';
