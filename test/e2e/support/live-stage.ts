import type { Page } from '@playwright/test';

/** The workbench's 现场 tab of a meeting, as a reload after choosing it leaves it. */
export async function openLiveStage(page: Page, meetingId: string): Promise<void> {
  await page.evaluate((id) => {
    window.sessionStorage.setItem('rbd.place', JSON.stringify({ screen: 'workbench', meetingId: id }));
    window.sessionStorage.setItem('rbd.stage', 'live');
  }, meetingId);
  await page.reload();
  await page.getByTestId('live-stage').waitFor();
}

/** The 现场 tab with its 手机提问 side tab open. */
export async function openGatewayTab(page: Page, meetingId: string): Promise<void> {
  await openLiveStage(page, meetingId);
  await page.getByTestId('tab-gateway').click();
  await page.getByTestId('gateway-panel').waitFor();
}
