import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * Opens the meeting's question box from the 现场 tab's 手机提问 panel, as the operator does: the
 * loopback network (仅本机测试), a port under 高级设置, a Wi-Fi name, 打开手机提问. Returns the join
 * address the panel shows (what the QR holds).
 */
export async function openBoxFromConsole(page: Page, port: number, wifi: string): Promise<string> {
  await page.getByTestId('tab-gateway').click();
  const panel = page.getByTestId('gateway-panel');
  await expect(panel.getByTestId('gateway-state')).toHaveText('未打开');
  await panel.getByRole('combobox', { name: '网络' }).click();
  await page.locator('.ant-select-dropdown .ant-select-item-option').filter({ hasText: '127.0.0.1' }).click();
  await expect(panel.getByText('“仅本机测试”只能在这台电脑上打开')).toBeVisible();
  await panel.getByTestId('gateway-wifi').fill(wifi);
  await panel.getByText('高级设置').click();
  const portField = panel.getByRole('spinbutton', { name: /^端口/ });
  await portField.fill(String(port));
  await portField.press('Tab');
  await panel.getByTestId('gateway-open').click();
  await expect(panel.getByTestId('gateway-state')).toHaveText('已打开');
  await expect(panel.getByTestId('gateway-host')).toHaveText(`127.0.0.1:${port}`);
  const url = (await panel.getByTestId('gateway-url').innerText()).trim();
  expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/#k=[A-Za-z0-9_-]{22}$`));
  return url;
}

/** A resident's phone: its own browser context (own storage, own phone id) at 360×740. */
export async function openPhone(
  browser: Browser,
  joinUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await page.goto(joinUrl);
  await expect(page.getByRole('button', { name: '提交问题' })).toBeVisible();
  return { context, page };
}

/** The phone's own question in 我的提问. */
export const mineItem = (page: Page, text: string) => page.locator('.mine li').filter({ hasText: text });

/** A question of the hall (approved) in the phone's list. */
export const hallCard = (page: Page, text: string) =>
  page.locator('li.card[data-question-id]').filter({ hasText: text });

/** One report part in the phone's 打分 list. */
export const scorePart = (page: Page, title: string) => page.locator('.score li').filter({ hasText: title });
