import type { Browser, Locator, Page } from '@playwright/test';
import { RATE_SHEETS, rateSheetXlsx, type RateSheetOptions } from '../fixtures/rate-column-fixtures';
import { opened } from './support/antd';
import { expect as baseExpect, test } from './support/fixtures';
import { ensureBuilt, startHostMode, type HostMode } from './support/host-mode';

// Each test starts a server of its own and the machine is shared: waits are generous (they wait on
// state, never on time), so a busy machine slows the file down without failing it.
const expect = baseExpect.configure({ timeout: 60_000 });
test.use({ actionTimeout: 60_000 });

const TITLE = '三月接诉即办情况通报会';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Each test has its own host-mode server, data folder and meeting: none depends on another's state. */
const hosts: HostMode[] = [];

test.beforeAll(() => {
  test.setTimeout(300_000); // a first run builds the app
  ensureBuilt();
});
test.beforeEach(() => test.setTimeout(300_000));
test.afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.stop()));
});

async function apiCall(host: HostMode, method: string, input: unknown): Promise<unknown> {
  const url = new URL(host.url);
  const token = url.hash.replace(/^#token=/, '');
  const res = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as { ok: boolean; value?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** Loads the app afresh (as after a restart) and goes to the meeting's 准备 stage. */
async function gotoPrepare(page: Page, host: HostMode): Promise<void> {
  // From a blank page, so the address (which may differ only after '#') loads the app anew.
  await page.goto('about:blank');
  await page.goto(host.url);
  // The app reopens where it was left (here the meeting's workbench): go through the list as a user would.
  await page.getByRole('menuitem', { name: /会议列表/ }).click();
  await page
    .locator('tr.ant-table-row')
    .filter({ hasText: TITLE })
    .getByRole('button', { name: TITLE })
    .click();
  await page.getByRole('tab', { name: '准备' }).click();
  await expect(page.getByText('这场会议还没有民意诉求')).toBeVisible();
}

/** A fresh host with one meeting, the page on that meeting's 准备 stage. */
async function openMeeting(browser: Browser): Promise<{ page: Page; host: HostMode }> {
  const host = await startHostMode();
  hosts.push(host);
  await apiCall(host, 'meetings.create', {
    title: TITLE,
    level: 'street',
    startsAt: '2025-04-10T14:30:00+08:00',
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await gotoPrepare(page, host);
  return { page, host };
}

async function pick(page: Page, name: string, sheet: RateSheetOptions): Promise<Locator> {
  await page
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: XLSX_TYPE, buffer: rateSheetXlsx(sheet) });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(`导入预览：${name}`)).toBeVisible();
  return opened(dialog);
}

const figure = (page: Page, label: string, value: string) =>
  page.getByRole('button', { name: `${label} ${value}`, exact: true });

test('办理状态 before 是否解决: the preview names each rate’s column, and 解决率 is not the closed share', async ({
  browser,
}) => {
  const { page } = await openMeeting(browser);
  const dialog = await pick(page, 'status-first.xlsx', RATE_SHEETS.statusFirst);
  await expect(dialog.getByTestId('rate-source-resolved')).toContainText('解决率 ← 「是否解决」列');
  await expect(dialog.getByTestId('rate-source-resolved')).toContainText('已解决 · 未解决');
  await expect(dialog.getByTestId('rate-source-closed')).toContainText('办结率 ← 「办理状态」列');
  await expect(dialog.getByTestId('rate-source-satisfaction')).toContainText('满意率 ← 「是否满意」列');
  await expect(dialog.getByTestId('rate-source-responded')).toContainText('响应率：—（没有对应的列）');
  await dialog.getByRole('button', { name: '确认导入 20 条' }).click();
  await expect(dialog).toBeHidden();

  await expect(figure(page, '解决率', '60.0%')).toBeVisible();
  await expect(page.getByTestId('rate-resolution')).toContainText('12 / 20 条');
  await expect(figure(page, '办结率', '80.0%')).toBeVisible();
  await expect(page.getByTestId('rate-closed')).toContainText('16 / 20 条');
  await expect(figure(page, '已办结未解决', '4')).toBeVisible();
  await expect(page.getByTestId('rate-response')).toContainText('表中没有“响应”列，无法计算响应率');
  // 13 of the 15 rated: the definition is on the stage.
  await expect(page.getByTestId('rate-satisfaction')).toContainText('86.7%');
  await expect(page.getByTestId('rate-satisfaction')).toContainText('13 / 15 条');
  await expect(
    page.getByText('满意率 =（满意 + 基本满意）÷ 已评价的诉求数（不含未评价）').first(),
  ).toBeVisible();
});

test('a sheet without satisfaction or channel columns shows “—” with the reason, and no 12345 calls', async ({
  browser,
}) => {
  const { page } = await openMeeting(browser);
  const dialog = await pick(page, 'bare.xlsx', RATE_SHEETS.none);
  await expect(dialog.getByText('表中没有来源渠道列')).toBeVisible();
  await dialog.getByRole('button', { name: '确认导入 20 条' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('rate-satisfaction')).toContainText('—');
  await expect(page.getByTestId('rate-satisfaction')).toContainText(
    '表中没有满意度列，无法计算满意率（不是 0%）',
  );
  await expect(page.getByTestId('rate-resolution')).toContainText('表中没有“是否解决/解决情况”列');
  for (const rate of ['rate-satisfaction', 'rate-resolution', 'rate-closed', 'rate-response']) {
    await expect(page.getByTestId(rate)).not.toContainText('.0%');
  }
  const channels = page.getByTestId('chart-channel');
  await expect(channels).toContainText('未注明');
  await expect(channels).not.toContainText('12345');
});

test('choosing a field another column holds moves it there and says so', async ({ browser }) => {
  const { page } = await openMeeting(browser);
  const dialog = await pick(page, 'status-first.xlsx', RATE_SHEETS.statusFirst);
  await dialog.getByRole('tab', { name: '列映射' }).click();
  await dialog.getByLabel('办理状态 导入为').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('解决情况', { exact: true }).click();
  await expect(dialog.getByTestId('mapping-notice')).toContainText(
    '「解决情况」原由「是否解决」列提供，已改为「办理状态」列；「是否解决」改为不导入',
  );
  await expect(dialog.getByTestId('rate-source-resolved')).toContainText('「办理状态」列');
  await expect(dialog.getByTestId('rate-source-closed')).toContainText('办结率：—');
  await expect(
    dialog.locator('.ant-table-row').filter({ has: page.getByLabel('是否解决 导入为') }),
  ).toContainText('不导入');
});

test('rate-bearing rows of the mapping, with their sample values, need no scrolling at 1366×768', async ({
  browser,
}) => {
  const { page } = await openMeeting(browser);
  const dialog = await pick(page, 'resolved-first.xlsx', RATE_SHEETS.resolvedFirst);
  await dialog.getByRole('tab', { name: '列映射' }).click();
  for (const header of ['解决情况', '回访满意度', '渠道', '办理状态']) {
    const row = dialog.locator('.ant-table-row').filter({ has: page.getByLabel(`${header} 导入为`) });
    await expect(row, header).toBeInViewport({ ratio: 1 });
  }
  const resolvedRow = dialog.locator('.ant-table-row').filter({ has: page.getByLabel('办理状态 导入为') });
  await expect(resolvedRow).toContainText('已办结 · 办理中');
});

test('a saved preset confirms, can be applied, and still can after a reload', async ({ browser }) => {
  const { page, host } = await openMeeting(browser);
  let dialog = await pick(page, 'status-first.xlsx', RATE_SHEETS.statusFirst);
  const apply = () => dialog.getByLabel('套用预设映射');
  await expect(apply()).toBeDisabled();
  await dialog.getByRole('button', { name: '保存为预设' }).click();
  await page.getByLabel('预设名称').fill('12345 平台导出');
  await page.locator('.ant-popover:visible').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存预设「12345 平台导出」')).toBeVisible();
  await expect(apply()).toBeEnabled();
  await dialog.getByRole('button', { name: '取消' }).click();

  await gotoPrepare(page, host);
  dialog = await pick(page, 'status-first.xlsx', RATE_SHEETS.statusFirst);
  await expect(apply()).toBeEnabled();
  await apply().click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('12345 平台导出').click();
  await expect(page.getByText('已套用预设「12345 平台导出」')).toBeVisible();
});

test('communities found in the file but not in 设置 are offered for adding', async ({ browser }) => {
  const { page, host } = await openMeeting(browser);
  const dialog = await pick(page, 'status-first.xlsx', RATE_SHEETS.statusFirst);
  const offer = dialog.getByTestId('unknown-communities');
  await expect(offer).toContainText('2 个社区不在“设置”的社区名单中');
  await expect(offer).toContainText('新建的芳华社区');
  await offer.getByRole('button', { name: '添加到社区名单' }).click();
  await expect(page.getByText('已添加 2 个社区')).toBeVisible();
  await expect(offer).toBeHidden();
  const office = (await apiCall(host, 'office.get', {})) as { communities: Array<{ name: string }> };
  expect(office.communities.map((c) => c.name).sort()).toEqual(['新建的芳华社区', '芳群园第一社区'].sort());
});

test('analysis charts name their parts in a legend and write the counts on the bars', async ({ browser }) => {
  const { page } = await openMeeting(browser);
  const dialog = await pick(page, 'status-first.xlsx', RATE_SHEETS.statusFirst);
  await dialog.getByRole('button', { name: '确认导入 20 条' }).click();
  await expect(dialog).toBeHidden();
  const chart = page.getByTestId('chart-category');
  await expect(chart.locator('.recharts-legend-item')).toHaveText(['已解决', '未解决或未注明']);
  // 物业管理, 停车管理 and 电梯 take turns over 20 rows: 7, 7 and 6 cases.
  await expect(chart.locator('.recharts-label-list').last()).toContainText('7');
  await expect(chart.locator('.recharts-label-list').last()).toContainText('6');
});
