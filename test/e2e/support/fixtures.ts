import { test as base, expect, type Page } from '@playwright/test';
import type { Input, Method } from '../../../shared/api';
import { ensureBuilt, startHostMode, type HostMode } from './host-mode';

/** One API call, typed by the contract: `['departments.create', { name: '城管科' }]`. */
export type SeedCall = { [M in Method]: readonly [M, Input<M>] }[Method];
/** A test's starting data: API calls made, in order, before its page opens. */
export interface Seed {
  readonly calls: readonly SeedCall[];
}
/** A value, not a function: Playwright would take a function given to `test.use` for a fixture. */
export function seed(...calls: SeedCall[]): Seed {
  return { calls };
}

/**
 * Every test gets a host-mode server of its own on a fresh data folder, stopped and removed after the
 * test, so no test depends on another's leftovers and one failure never skips the tests after it.
 *
 *   import { expect, test } from './support/fixtures';
 *
 *   test.use({ seed: seed(['meetings.create', { title: '…', level: 'street', startsAt: '…' }]) });
 *
 *   test('shows the meeting', async ({ app, host }) => {
 *     // `app`: the page, opened on this test's server with the seed already written.
 *     // `host`: { url, dataDir, call(method, input) }, to seed more or read back what the UI stored.
 *   });
 *
 * The app is built once per worker (only when its output is older than its sources).
 */
export const test = base.extend<{ seed: Seed | undefined; host: HostMode; app: Page }, { built: void }>({
  built: [
    // Playwright reads the fixtures a function needs from its first parameter, so it must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      ensureBuilt();
      await use();
    },
    { scope: 'worker', auto: true, timeout: 300_000 },
  ],
  seed: [undefined, { option: true }],
  host: async ({ seed }, use) => {
    const host = await startHostMode();
    try {
      for (const [method, input] of seed?.calls ?? []) await host.call(method, input);
      await use(host);
    } finally {
      await host.stop();
    }
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.getByRole('navigation')).toBeVisible();
    await use(page);
  },
});

export { expect };
