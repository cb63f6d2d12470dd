import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { choose, duplicateIds, opened } from './support/antd';
import { expect, seed, test, type SeedCall } from './support/fixtures';
import { repoRoot } from './support/host-mode';
import { horizontalOverflow, SIZES } from './support/page-checks';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const TITLE = '2025年上半年街道工作报告会';
const EDITED = '2025年上半年街道向群众报告工作会';
const COPY = `${EDITED}（副本）`;

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('menuitem', { name });
const row = (page: Page, title: string) =>
  page.locator('tr.ant-table-row').filter({ has: page.getByText(title, { exact: true }) });
const dialog = (page: Page) => page.getByRole('dialog');
/** antd's radio buttons hide the input itself; the user clicks its label. */
const languageButton = (page: Page, name: string) =>
  page.locator('label.ant-radio-button-wrapper').filter({ hasText: name });
const departmentsCard = (page: Page) =>
  page.locator('.ant-card').filter({ has: page.getByText('科室与部门', { exact: true }) });

/** A meeting as the create dialog stores it (14:30 Beijing time). */
const meeting = (
  title: string,
  level: 'street' | 'topic',
  status: 'scheduled' | 'draft' = 'scheduled',
): SeedCall => [
  'meetings.create',
  { title, level, startsAt: '2025-03-05T14:30:00+08:00', status, venue: '街道市民活动中心报告厅' },
];

test('creates a meeting, with Beijing time whatever the machine zone, and it is there after a reload', async ({
  app: page,
}) => {
  await expect(page.getByText('还没有会议')).toBeVisible();
  await page.getByRole('button', { name: '新建第一场会议' }).click();
  await expect(dialog(page).getByText('新建会议')).toBeVisible();
  await opened(dialog(page));

  await dialog(page).getByLabel('会议名称').fill(TITLE);
  const picker = dialog(page).getByLabel('时间');
  await picker.click();
  await picker.fill('2025-03-05 14:30');
  await picker.press('Enter');
  await choose(dialog(page).getByLabel('状态'), '已安排');
  await dialog(page).getByLabel('地点').fill('街道市民活动中心报告厅');
  // Enter in a text box saves the form.
  await dialog(page).getByLabel('地点').press('Enter');

  await expect(dialog(page)).toBeHidden();
  const created = row(page, TITLE);
  await expect(created).toBeVisible();
  await expect(created).toContainText('2025-03-05 14:30');
  await expect(created).toContainText('街道级');
  await expect(created).toContainText('已安排');

  await page.reload();
  await expect(row(page, TITLE)).toContainText('2025-03-05 14:30');
  await expect(page.locator('tr.ant-table-row')).toHaveCount(1);
});

test.describe('with a scheduled meeting', () => {
  test.use({ seed: seed(meeting(TITLE, 'street')) });

  test('edits the meeting', async ({ app: page }) => {
    await row(page, TITLE).getByRole('button', { name: '编辑' }).click();
    await expect(dialog(page).getByLabel('会议名称')).toHaveValue(TITLE);
    await opened(dialog(page));
    await expect(dialog(page).getByLabel('时间')).toHaveValue('2025-03-05 14:30');
    await dialog(page).getByLabel('会议名称').fill(EDITED);
    await choose(dialog(page).getByLabel('级别'), '专题');
    await dialog(page).getByRole('button', { name: '保存' }).click();

    await expect(dialog(page)).toBeHidden();
    await expect(row(page, EDITED)).toContainText('专题');
    await expect(row(page, TITLE)).toHaveCount(0);
  });

  test('Esc closes the form without saving', async ({ app: page }) => {
    await expect(row(page, TITLE)).toBeVisible();
    await page.getByRole('button', { name: '新建会议' }).click();
    await dialog(page).getByLabel('会议名称').fill('不应保存的会议');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(row(page, '不应保存的会议')).toHaveCount(0);
    await page.reload();
    await expect(row(page, TITLE)).toBeVisible();
    await expect(page.locator('tr.ant-table-row')).toHaveCount(1);
  });
});

test.describe('with the edited meeting', () => {
  test.use({ seed: seed(meeting(EDITED, 'topic')) });

  test('duplicates the meeting as a draft', async ({ app: page }) => {
    await row(page, EDITED).getByRole('button', { name: '复制' }).click();
    await expect(row(page, COPY)).toBeVisible();
    await expect(row(page, COPY)).toContainText('草稿');
    await expect(page.locator('tr.ant-table-row')).toHaveCount(2);

    await page.reload();
    await expect(row(page, COPY)).toContainText('草稿');
    await expect(page.locator('tr.ant-table-row')).toHaveCount(2);
  });

  test('opens a meeting in the workbench with its stages', async ({ app: page }) => {
    await row(page, EDITED).getByRole('button', { name: EDITED }).click();
    const heading = page.getByRole('heading', { name: EDITED });
    await expect(heading).toBeVisible();
    await expect(page.getByText('2025-03-05 14:30（北京时间）')).toBeVisible();
    for (const tab of ['准备', '报告', '现场', '跟踪']) {
      await expect(page.getByRole('tab', { name: tab })).toBeVisible();
    }
    await page.getByRole('tab', { name: '跟踪' }).click();
    // An honest empty 跟踪 tab: where items come from, and the two ways to make them now.
    const empty = page.getByTestId('follow-empty');
    await expect(empty).toContainText('本场会议还没有跟踪事项。会议闭幕时');
    await expect(empty.getByRole('button', { name: '生成跟踪事项' })).toBeVisible();
    await expect(empty.getByRole('button', { name: '新增事项' })).toBeVisible();
  });

  test('switches language to English and back, and the choice persists', async ({ app: page }) => {
    await nav(page, '设置').click();
    await languageButton(page, 'English').click();
    await expect(nav(page, 'Meetings')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();

    await page.reload();
    await expect(nav(page, 'Settings')).toBeVisible();
    await nav(page, 'Meetings').click();
    await expect(row(page, EDITED)).toContainText('Topic');

    await nav(page, 'Settings').click();
    await languageButton(page, '中文').click();
    await expect(nav(page, '设置')).toBeVisible();
    await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  });
});

test.describe('with the meeting and its copy', () => {
  test.use({ seed: seed(meeting(EDITED, 'topic'), meeting(COPY, 'topic', 'draft')) });

  test('deletes and undoes, by the button and by Ctrl+Z', async ({ app: page }) => {
    await row(page, COPY).getByRole('button', { name: '删除' }).click();
    await expect(row(page, COPY)).toHaveCount(0);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(row(page, COPY)).toBeVisible();

    await row(page, COPY).getByRole('button', { name: '删除' }).click();
    await expect(row(page, COPY)).toHaveCount(0);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Control+z');
    await expect(row(page, COPY)).toBeVisible();
  });

  test('a deleted meeting waits in the trash and can be restored', async ({ app: page }) => {
    await row(page, COPY).getByRole('button', { name: '删除' }).click();
    await expect(row(page, COPY)).toHaveCount(0);
    await page.getByRole('button', { name: '回收站' }).click();
    const drawer = page.locator('.ant-drawer:visible');
    await expect(drawer.getByText(COPY)).toBeVisible();
    await drawer.getByRole('button', { name: '恢复' }).click();
    await expect(drawer.getByText('回收站是空的')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(row(page, COPY)).toBeVisible();
  });

  test('search narrows the list', async ({ app: page }) => {
    await expect(page.locator('tr.ant-table-row')).toHaveCount(2);
    const search = page.getByLabel('搜索会议');
    await search.fill('副本');
    await expect(page.locator('tr.ant-table-row')).toHaveCount(1);
    await search.fill('没有这样的会议');
    await expect(page.getByText('没有找到匹配的会议')).toBeVisible();
    await search.fill('');
    await expect(page.locator('tr.ant-table-row')).toHaveCount(2);
  });
});

test('edits departments: add, rename, merge a duplicate, reorder, and the order survives a reload', async ({
  app: page,
}) => {
  await nav(page, '设置').click();
  const card = departmentsCard(page);
  const name = card.getByLabel('新科室或部门名称');
  for (const department of ['城管科', '区房管局', '房屋管理局']) {
    await name.fill(department);
    await name.press('Enter');
    await expect(card.getByText(department, { exact: true })).toBeVisible();
  }

  await card.getByRole('button', { name: '重命名 城管科' }).click();
  const box = card.getByRole('textbox', { name: '重命名 城管科' });
  await box.fill('城市管理办公室');
  await box.press('Enter');
  await expect(card.getByText('城市管理办公室', { exact: true })).toBeVisible();
  await expect(card.getByText('城管科', { exact: true })).toHaveCount(0);

  await card.getByRole('button', { name: '合并重复项' }).click();
  const merge = await opened(dialog(page));
  await choose(merge.getByLabel('重复项（合并后删除）'), '房屋管理局');
  await choose(merge.getByLabel('保留项'), '区房管局');
  await merge.getByRole('button', { name: '合并' }).click();
  await expect(merge).toBeHidden();
  await expect(card.getByText('房屋管理局', { exact: true })).toHaveCount(0);
  await expect(card.getByText('区房管局', { exact: true })).toBeVisible();

  await card.getByRole('button', { name: '上移 区房管局' }).click();
  const names = card.locator('tr.ant-table-row td:nth-child(2)');
  await expect(names).toHaveText(['区房管局', '城市管理办公室']);

  await page.reload();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expect(departmentsCard(page).locator('tr.ant-table-row td:nth-child(2)')).toHaveText([
    '区房管局',
    '城市管理办公室',
  ]);
});

test('the merge dialogs of communities and departments label their own fields', async ({ app: page }) => {
  await nav(page, '设置').click();
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  // Both cards keep their merge dialog rendered; a label's `for` finds the first element with its id.
  expect(await duplicateIds(page)).toEqual([]);
});

test.describe('with a meeting and departments', () => {
  test.use({
    seed: seed(
      meeting(EDITED, 'topic'),
      ['departments.create', { name: '区房管局' }],
      ['departments.create', { name: '城市管理办公室' }],
    ),
  });

  test('main screens fit 1920×1080, 1366×768 and 1024×768 without horizontal scrolling', async ({
    app: page,
  }) => {
    mkdirSync(SHOTS, { recursive: true });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const tag = `${size.width}x${size.height}`;

      await nav(page, '会议列表').click();
      await expect(row(page, EDITED)).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `e2e-meetings-${tag}.png`) });
      expect(await horizontalOverflow(page), `meeting list at ${tag}`).toBeLessThanOrEqual(0);

      await row(page, EDITED).getByRole('button', { name: EDITED }).click();
      await expect(page.getByRole('heading', { name: EDITED })).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `e2e-workbench-${tag}.png`) });
      expect(await horizontalOverflow(page), `workbench at ${tag}`).toBeLessThanOrEqual(0);

      await nav(page, '设置').click();
      await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
      await expect(departmentsCard(page).getByText('城市管理办公室', { exact: true })).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `e2e-settings-${tag}.png`), fullPage: true });
      expect(await horizontalOverflow(page), `settings at ${tag}`).toBeLessThanOrEqual(0);
    }
  });
});
