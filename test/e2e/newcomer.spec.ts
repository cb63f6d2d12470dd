import type { Page } from '@playwright/test';
import { opened } from './support/antd';
import { expect, test } from './support/fixtures';
import { ensureBuilt, startHostMode, type HostMode } from './support/host-mode';

// Each test starts host mode on a data folder of its own, so none depends on another's data.
let host: HostMode;
test.beforeAll(() => {
  test.setTimeout(300_000); // a first run builds the app
  ensureBuilt();
});
test.beforeEach(async () => {
  host = await startHostMode();
});
test.afterEach(async () => {
  await host?.stop();
});

const bare = () => host.url.replace(/#.*$/, '');
const dialog = (page: Page) => page.getByRole('dialog');
const row = (page: Page, title: string) =>
  page.locator('tr.ant-table-row').filter({ has: page.getByText(title, { exact: true }) });

async function openApp(page: Page): Promise<void> {
  await page.goto(host.url);
  // A first load on a busy machine (the suite shares it) can take a while; wait on the screen, not a clock.
  await expect(page.getByRole('heading', { name: '会议列表' })).toBeVisible({ timeout: 30_000 });
}

test('a visit without the token, or with a wrong one, says what to do instead of failing', async ({
  page,
}) => {
  await page.goto(bare());
  await expect(page.getByText('此地址缺少访问令牌')).toBeVisible();
  await expect(page.getByText('点击右上角“另开窗口”')).toBeVisible();
  await expect(page.getByText('#token=…').first()).toBeVisible();
  await expect(page.getByText('数据加载失败')).toHaveCount(0);
  await expect(page.getByText('尚未填写街道（镇）名称')).toHaveCount(0);

  const other = await page.context().newPage();
  await other.goto(`${bare()}#token=not-the-token`);
  await expect(other.getByText('访问令牌无效')).toBeVisible();
  await expect(other.getByText('数据加载失败')).toHaveCount(0);
});

test('the 另开窗口 button gives an address with the token and opens a working second window', async ({
  page,
}) => {
  await openApp(page);
  // The first load takes the token out of the address bar, so copying the address would not do.
  expect(page.url()).not.toContain('token=');

  await page.getByRole('button', { name: '另开窗口' }).click();
  await expect(dialog(page).getByText(host.url, { exact: true })).toBeVisible();
  await opened(dialog(page));
  // The button's part is the call to window.open; the browser's popup machinery is not ours, and a
  // headless popup opened with noopener was seen to never reach the context's "page" event (1 run in 5).
  await page.evaluate(() => {
    const calls: string[][] = [];
    Object.assign(window, { openCalls: calls });
    window.open = (url?: string | URL, target?: string, features?: string) => {
      calls.push([String(url), target ?? '', features ?? '']);
      return null;
    };
  });
  await dialog(page).getByRole('button', { name: '在新窗口打开' }).click();
  const openCalls = () => page.evaluate(() => (window as unknown as { openCalls: string[][] }).openCalls);
  await expect.poll(openCalls).toHaveLength(1);
  const [address = '', target, features] = (await openCalls())[0] ?? [];
  expect(address).toBe(host.url);
  expect(target).toBe('_blank');
  expect(features).toContain('noopener');
  const second = await page.context().newPage();
  await second.goto(address);
  await expect(second.getByRole('heading', { name: '会议列表' })).toBeVisible({ timeout: 30_000 });
  await expect(second.getByRole('button', { name: '新建第一场会议' })).toBeVisible();
  await expect(second.getByText('数据加载失败')).toHaveCount(0);
  await expect(second.getByText('此地址缺少访问令牌')).toHaveCount(0);
});

test('新建会议 keeps a date typed without a time, sets 09:00 and says so; typed date and time count without Enter', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: '新建第一场会议' }).click();
  await opened(dialog(page));
  await dialog(page).getByLabel('会议名称').fill('只填了日期的会议');
  const picker = dialog(page).getByLabel('时间', { exact: true });
  await picker.click();
  await picker.fill('2025-03-05');
  await dialog(page).getByLabel('会议名称').click();
  await expect(picker).toHaveValue('2025-03-05 09:00');
  await expect(dialog(page).getByText('只填写了日期，时间已按 09:00 填入，请核对后保存')).toBeVisible();
  await dialog(page).getByRole('button', { name: '保存' }).click();
  await expect(row(page, '只填了日期的会议')).toContainText('2025-03-05 09:00');

  await page.getByRole('button', { name: '新建会议' }).click();
  await opened(dialog(page));
  await dialog(page).getByLabel('会议名称').fill('日期时间都填了的会议');
  await picker.click();
  await picker.fill('2025-03-06 14:30');
  await dialog(page).getByLabel('会议名称').click();
  await dialog(page).getByRole('button', { name: '保存' }).click();
  await expect(row(page, '日期时间都填了的会议')).toContainText('2025-03-06 14:30');
});

test('the empty list offers the sample office, marked as sample, removed in one step leaving the user’s own meeting', async ({
  page,
}) => {
  test.setTimeout(180_000); // the sample imports 1,250 work orders in a worker
  await openApp(page);
  await expect(page.getByText('示例数据标有“示例”，看完可一键移除')).toBeVisible();
  await page.getByRole('button', { name: '先看看示例' }).click();

  const street = row(page, '方庄街道 2025 年向群众报告工作会');
  await expect(street).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('tr.ant-table-row')).toHaveCount(3);
  await expect(page.locator('tr.ant-table-row').filter({ hasText: '示例' })).toHaveCount(3);
  await expect(page.getByText('这里有示例数据')).toBeVisible();
  await expect(page.getByRole('banner').getByText('方庄街道办事处')).toBeVisible();

  // The user's own meeting, made while the sample is there.
  await page.getByRole('button', { name: '新建会议' }).click();
  await opened(dialog(page));
  await dialog(page).getByLabel('会议名称').fill('右安门街道 2025 年报告会');
  const picker = dialog(page).getByLabel('时间', { exact: true });
  await picker.click();
  await picker.fill('2025-04-01 14:30');
  await dialog(page).getByLabel('会议名称').click();
  await dialog(page).getByRole('button', { name: '保存' }).click();
  await expect(row(page, '右安门街道 2025 年报告会')).toBeVisible();
  await expect(row(page, '右安门街道 2025 年报告会')).not.toContainText('示例');

  await page.getByRole('button', { name: '移除示例数据' }).click();
  await opened(dialog(page));
  await dialog(page).getByRole('button', { name: '移除示例数据' }).click();
  await expect(page.getByText('已移除示例数据：3 场会议、14 个社区、14 个部门、1250 条工单')).toBeVisible();
  await expect(page.locator('tr.ant-table-row')).toHaveCount(1);
  await expect(row(page, '右安门街道 2025 年报告会')).toBeVisible();
  await expect(page.getByText('这里有示例数据')).toHaveCount(0);
  await expect(page.getByText('尚未填写街道（镇）名称')).toBeVisible();
});
