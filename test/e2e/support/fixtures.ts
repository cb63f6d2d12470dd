import { test, type Page } from '@playwright/test';
import { ensureBuilt, startHostMode, type HostMode } from './host-mode';

/**
 * A host-mode server of the calling spec file's own, on a fresh data folder, stopped (and its folder
 * removed) after the file: spec files never see each other's data, whichever worker runs them. Call it
 * at the top of the file, before the file's own beforeAll, which then finds the server running.
 */
export function freshHost(): { readonly url: string } {
  let host: HostMode | undefined;
  test.beforeAll(async () => {
    test.setTimeout(300_000); // a first run builds the app
    ensureBuilt();
    host = await startHostMode();
  });
  test.afterAll(async () => {
    await host?.stop();
  });
  return {
    get url() {
      if (!host) throw new Error('host mode is not running');
      return host.url;
    },
  };
}

/**
 * The serial specs drive one page through the whole file: opened on the file's own host-mode server
 * before the first test and closed after the last. `opened` receives it.
 */
export function pageOnFreshHost(opened: (page: Page) => void): void {
  const host = freshHost();
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await page.goto(host.url);
    opened(page);
  });
  test.afterAll(async () => {
    await page?.close();
  });
}

export { expect, test } from '@playwright/test';
