import type { Page } from '@playwright/test';

/** The wrap-up panels of the 现场 tab, by test id, and the key of the side tab that may hold each. */
const PANELS = { scores: 'scores-panel', close: 'close-panel' } as const;

/**
 * Brings a wrap-up panel into view: the console may keep it in a side tab (antd names a tab's
 * element `…-tab-<key>`), or show it directly; either way the panel is visible afterwards.
 */
export async function revealPanel(page: Page, panel: keyof typeof PANELS): Promise<void> {
  const target = page.getByTestId(PANELS[panel]);
  if (await target.isVisible()) return;
  const tab = page.locator(`[role="tab"][id$="-tab-${panel}"]`);
  if ((await tab.count()) > 0) await tab.first().click();
  await target.waitFor({ state: 'visible' });
}
