import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, Route } from '@playwright/test';
import type { CardInput } from '../../shared/domain';
import { expect, seed, test } from './support/fixtures';
import type { HostMode } from './support/host-mode';
import { SIZES, horizontalOverflow, pngSize } from './support/page-checks';
import { repoRoot } from './support/host-mode';
import { opened, settled } from './support/antd';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const DEMO = '方庄街道 2025 年向群众报告工作会';
const EMPTY_MEETING = '芳城园社区议事会';

test.use({
  seed: seed(
    ['sample.install', {}],
    ['meetings.create', { title: EMPTY_MEETING, level: 'community', startsAt: '2025-09-10T06:30:00.000Z' }],
  ),
});

async function meetingId(host: HostMode, title: string): Promise<string> {
  const found = (await host.call('meetings.list', {})).find((m) => m.title === title);
  if (!found) throw new Error(`no meeting ${title}`);
  return found.id;
}

/** From the meeting list to the meeting's 报告 tab, as a user goes. */
async function openReport(page: Page, title: string): Promise<void> {
  await page.getByRole('menuitem', { name: /会议列表/ }).click();
  await page
    .locator('tr.ant-table-row')
    .filter({ hasText: title })
    .getByRole('button', { name: title })
    .click();
  await page.getByRole('tab', { name: '报告' }).click();
}

const cardItems = (page: Page) => page.locator('[data-card-item]');
const saveStatus = (page: Page) => page.locator('[data-save-status]');
const editor = (page: Page) => page.getByLabel('编辑卡片', { exact: true });

async function saved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved');
}

async function itemIds(page: Page): Promise<string[]> {
  return cardItems(page).evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-card-item') ?? ''),
  );
}

/** The demo office may come with a report card of its own; these tests start from an empty one. */
async function clearReport(host: HostMode, id: string): Promise<void> {
  const report = await host.call('report.get', { meetingId: id });
  await host.call('report.save', {
    meetingId: id,
    cards: [],
    settings: report.settings,
    expectedRevision: report.revision,
  });
}

/** Seeds a small report card straight through the API: cover, a typed figure, a shortcoming. */
async function seedReport(host: HostMode, id: string): Promise<void> {
  const cards: CardInput[] = [
    { id: 'cover1', kind: 'cover', title: '向群众报告工作', subtitle: '方庄街道', dateText: '2025 年 7 月' },
    {
      id: 'fig1',
      kind: 'figure',
      title: '诉求解决率',
      label: '解决率',
      figure: {
        source: 'manual',
        value: 93.6,
        unit: '%',
        denominator: '共 109 件工单',
        period: '2025 年上半年',
      },
    },
    { id: 'short1', kind: 'shortcoming', title: '停车难仍未解决', problem: '老旧小区停车位不足' },
  ];
  const report = await host.call('report.get', { meetingId: id });
  await host.call('report.save', {
    meetingId: id,
    cards,
    settings: report.settings,
    expectedRevision: report.revision,
  });
}

test('one click builds a first draft from the demo data, figures say out of what and when, edits are kept', async ({
  app: page,
  host,
}) => {
  const id = await meetingId(host, DEMO);
  await clearReport(host, id);
  await openReport(page, DEMO);
  await expect(page.getByRole('heading', { name: '还没有成绩单' })).toBeVisible();
  await page.getByRole('button', { name: '生成初稿' }).click();
  await expect(cardItems(page).first()).toBeVisible();
  await saved(page);

  const stored = await host.call('report.get', { meetingId: id });
  expect(stored.cards.length).toBeGreaterThan(0);
  expect(await cardItems(page).count()).toBe(stored.cards.length);

  // Each figure from data states its denominator and period, on the card itself.
  const view = await host.call('report.view', { meetingId: id });
  const figures = view.cards.filter((c) => c.kind === 'figure');
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) {
    await page.locator(`[data-card-item="${figure.id}"]`).getByRole('button').first().click();
    const preview = page.getByRole('region', { name: '卡片预览' });
    if (figure.value.kind === 'rate' || figure.value.kind === 'smallRate') {
      await expect(preview).toContainText(/\d+ \/ \d+/);
    }
    await expect(preview).toContainText(/\d{4}/);
  }

  // A figure from data opens the rows behind it.
  const traced = figures.find((f) => f.kind === 'figure' && f.trace !== null);
  if (traced) {
    await page.locator(`[data-card-item="${traced.id}"]`).getByRole('button').first().click();
    await page.getByRole('button', { name: '查看明细' }).first().click();
    const rows = page.getByRole('dialog').filter({ hasText: /：[\d,]+ 条/ });
    await expect(rows).toBeVisible();
    await expect(rows.locator('tr.ant-table-row').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(rows).toBeHidden();
  }

  // A title edit is saved on its own and is still there after a reload.
  await cardItems(page).first().getByRole('button').first().click();
  const title = editor(page).getByLabel('标题', { exact: true });
  await title.fill('方庄街道 2025 年上半年工作成绩单');
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saving');
  await saved(page);
  expect((await host.call('report.get', { meetingId: id })).cards[0]?.title).toBe(
    '方庄街道 2025 年上半年工作成绩单',
  );
  await page.reload();
  await page.getByRole('tab', { name: '报告' }).click();
  await expect(editor(page).getByLabel('标题', { exact: true })).toHaveValue(
    '方庄街道 2025 年上半年工作成绩单',
  );
});

test('reorders with the keyboard, undoes it, hides a card and deletes one with undo', async ({
  app: page,
  host,
}) => {
  const id = await meetingId(host, DEMO);
  await seedReport(host, id);
  await openReport(page, DEMO);
  await expect(cardItems(page)).toHaveCount(3);
  expect(await itemIds(page)).toEqual(['cover1', 'fig1', 'short1']);

  await page.getByRole('button', { name: /^第 1 张：/ }).click();
  await page.keyboard.press('ArrowDown');
  await expect(cardItems(page).nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => itemIds(page)).toEqual(['fig1', 'cover1', 'short1']);
  await saved(page);
  expect((await host.call('report.get', { meetingId: id })).cards.map((c) => c.id)).toEqual([
    'fig1',
    'cover1',
    'short1',
  ]);

  await page.keyboard.press('Control+z');
  await expect.poll(() => itemIds(page)).toEqual(['cover1', 'fig1', 'short1']);
  await saved(page);
  expect((await host.call('report.get', { meetingId: id })).cards.map((c) => c.id)).toEqual([
    'cover1',
    'fig1',
    'short1',
  ]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => itemIds(page)).toEqual(['fig1', 'cover1', 'short1']);
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect.poll(() => itemIds(page)).toEqual(['cover1', 'fig1', 'short1']);

  // Typing in a field keeps its own keys: an arrow or H there neither selects nor hides.
  const title = editor(page).getByLabel('标题', { exact: true });
  await title.press('End');
  await title.press('h');
  await expect(title).toHaveValue('诉求解决率h');
  await title.press('Backspace');
  await expect(cardItems(page).nth(1)).toHaveAttribute('aria-current', 'true');

  // H hides the selected card: greyed, marked, and stored.
  await page.getByRole('button', { name: /^第 2 张：/ }).click();
  await page.keyboard.press('h');
  await expect(cardItems(page).nth(1).getByLabel('已隐藏，放映时跳过')).toBeVisible();
  await saved(page);
  expect((await host.call('report.get', { meetingId: id })).cards[1]?.hidden).toBe(true);

  // Delete removes it; the message's 撤销 puts it back where it was.
  await page.keyboard.press('Delete');
  await expect(cardItems(page)).toHaveCount(2);
  await page
    .getByRole('alert')
    .or(page.locator('.ant-message'))
    .getByRole('button', { name: '撤销' })
    .click();
  await expect.poll(() => itemIds(page)).toEqual(['cover1', 'fig1', 'short1']);
  await saved(page);
  expect((await host.call('report.get', { meetingId: id })).cards).toHaveLength(3);
});

test('drag and drop with the keyboard sensor moves a card', async ({ app: page, host }) => {
  const id = await meetingId(host, DEMO);
  await seedReport(host, id);
  await openReport(page, DEMO);
  const handle = page.getByRole('button', { name: /拖动以调整“停车难仍未解决”的顺序/ });
  await handle.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect.poll(() => itemIds(page)).toEqual(['short1', 'cover1', 'fig1']);
  await saved(page);
  expect((await host.call('report.get', { meetingId: id })).cards.map((c) => c.id)).toEqual([
    'short1',
    'cover1',
    'fig1',
  ]);
});

/** Pastes text on an element as the clipboard does (a real clipboard is not there in headless runs). */
async function pasteInto(target: Locator, text: string): Promise<void> {
  await target.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('a table pasted from Excel fills a chart card; a text cell is refused by row and column', async ({
  app: page,
  host,
}) => {
  const id = await meetingId(host, DEMO);
  await seedReport(host, id);
  await openReport(page, DEMO);
  // The seeded cards first: a card added before the stored report has loaded would be replaced by it.
  await expect(cardItems(page)).toHaveCount(3);
  await page.getByRole('button', { name: /添加卡片/ }).click();
  await page.getByRole('menuitem', { name: '图表' }).click();
  await expect(cardItems(page)).toHaveCount(4);
  await editor(page).getByText('手工表格').click();
  await editor(page).getByRole('button', { name: '添加一行' }).click();
  const firstCell = editor(page).getByLabel('第 1 行行名');

  await pasteInto(firstCell, '类别\t2024 年\t2025 年\n停车管理\t261\t138\n绿化\t很多\t12\n');
  await expect(page.getByText('第 3 行 B 列是“很多”，不是数字')).toBeVisible();
  await expect(firstCell).toHaveValue('第 1 项');

  await pasteInto(firstCell, '类别\t2024 年\t2025 年\r\n停车管理\t"1,261"\t138\r\n物业服务\t93.6%\t\r\n');
  await expect(editor(page).getByLabel('第 2 行行名')).toHaveValue('物业服务');
  await expect(editor(page).getByLabel('第 1 列列名')).toHaveValue('2024 年');
  await expect(page.getByText('不是数字')).toHaveCount(0);
  await saved(page);
  const chart = (await host.call('report.get', { meetingId: id })).cards.find((c) => c.kind === 'chart');
  expect(chart?.kind === 'chart' && chart.data).toMatchObject({
    source: 'table',
    columns: ['2024 年', '2025 年'],
    rows: [
      { label: '停车管理', values: [1261, 138] },
      { label: '物业服务', values: [93.6, null] },
    ],
  });

  // The same through the paste dialog.
  await editor(page).getByRole('button', { name: '从 Excel 粘贴' }).click();
  const dialog = await opened(page.getByRole('dialog', { name: '从 Excel 粘贴表格' }));
  await dialog.getByLabel('粘贴的表格内容').fill('社区\t件数\n芳城园\t12\n紫芳园\t7');
  await dialog.getByRole('button', { name: '用这张表格' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(page).getByLabel('第 2 行行名')).toHaveValue('紫芳园');
});

test('presenting with no shown shortcoming card warns first; the warning can be overridden or answered', async ({
  app: page,
  host,
}) => {
  const id = await meetingId(host, DEMO);
  await seedReport(host, id);
  await openReport(page, DEMO);
  await page.getByRole('button', { name: /^第 3 张：/ }).click();
  await page.keyboard.press('h');
  await saved(page);

  await page.keyboard.press('F5');
  const warning = await opened(page.getByRole('dialog', { name: /报告只讲成绩不讲问题/ }));
  await warning.getByRole('button', { name: '添加亮短板卡片' }).click();
  await expect(warning).toBeHidden();
  await expect(cardItems(page)).toHaveCount(4);
  await expect(editor(page).getByText('问题、原因、措施、责任单位和时限')).toBeVisible();
  expect((await host.call('presentation.get', { meetingId: id })).running).toBe(false);

  // Hide the new one too: the warning comes back, and 仍然放映 starts on the console.
  await page.keyboard.press('h');
  await saved(page);
  await page.getByRole('button', { name: '开始放映' }).click();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: '仍然放映' }).click();
  await expect.poll(async () => (await host.call('presentation.get', { meetingId: id })).running).toBe(true);
  await expect(page.getByRole('tab', { name: '报告' })).toHaveCount(0);
});

test('another window saving first is told, and the edit here is kept until the user chooses', async ({
  app: page,
  host,
}) => {
  const id = await meetingId(host, DEMO);
  await seedReport(host, id);
  await openReport(page, DEMO);
  await page.getByRole('button', { name: /^第 1 张：/ }).click();

  // Hold this page's save while another window saves first.
  let held: Route | null = null;
  await page.route('**/api/report.save', async (route) => {
    if (held === null) held = route;
    else await route.continue();
  });
  await editor(page).getByLabel('标题', { exact: true }).fill('本页的标题');
  await expect.poll(() => held !== null).toBe(true);
  const other = await host.call('report.get', { meetingId: id });
  await host.call('report.save', {
    meetingId: id,
    cards: other.cards.map((c, i) => (i === 2 ? { ...c, title: '另一个窗口的标题' } : c)),
    settings: other.settings,
    expectedRevision: other.revision,
  });
  await (held as Route | null)?.continue();

  await expect(page.getByText('成绩单已在另一个窗口被修改，您的修改尚未保存')).toBeVisible();
  await expect(editor(page).getByLabel('标题', { exact: true })).toHaveValue('本页的标题');
  await page.getByRole('button', { name: '保留我的修改并覆盖' }).click();
  await saved(page);
  const stored = await host.call('report.get', { meetingId: id });
  expect(stored.cards[0]?.title).toBe('本页的标题');
  // Keeping this page's version is a choice made knowingly: the whole list as this page has it.
  expect(stored.cards[2]?.title).toBe('停车难仍未解决');
});

test('drafting again asks first, replaces or appends, and either can be undone', async ({
  app: page,
  host,
}) => {
  const id = await meetingId(host, DEMO);
  await seedReport(host, id);
  await openReport(page, DEMO);
  await expect(cardItems(page)).toHaveCount(3);
  const draft = await host.call('report.draft', { meetingId: id });

  await page.getByRole('button', { name: '重新生成初稿' }).click();
  const ask = page.getByRole('dialog', { name: '重新生成初稿' });
  await expect(ask).toContainText('现有 3 张卡片');
  await ask.getByRole('button', { name: '追加到末尾' }).click();
  await expect(cardItems(page)).toHaveCount(3 + draft.cards.length);
  expect((await itemIds(page)).slice(0, 3)).toEqual(['cover1', 'fig1', 'short1']);
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(cardItems(page)).toHaveCount(3);

  await page.getByRole('button', { name: '重新生成初稿' }).click();
  await ask.getByRole('button', { name: '替换全部卡片' }).click();
  await expect(cardItems(page)).toHaveCount(draft.cards.length);
  await saved(page);
  expect((await host.call('report.get', { meetingId: id })).cards).toHaveLength(draft.cards.length);
  await page.keyboard.press('Control+z');
  await expect.poll(() => itemIds(page)).toEqual(['cover1', 'fig1', 'short1']);
  await saved(page);
  expect((await host.call('report.get', { meetingId: id })).cards.map((c) => c.id)).toEqual([
    'cover1',
    'fig1',
    'short1',
  ]);
});

test('a meeting without data gets an honest draft: no 0% anywhere', async ({ app: page, host }) => {
  const id = await meetingId(host, EMPTY_MEETING);
  await openReport(page, EMPTY_MEETING);
  await page.getByRole('button', { name: '生成初稿' }).click();
  await expect(cardItems(page).first()).toBeVisible();
  await saved(page);
  const view = await host.call('report.view', { meetingId: id });
  for (const card of view.cards) {
    if (card.kind === 'figure') expect(['missing', 'manual', 'count']).toContain(card.value.kind);
  }
  const count = await cardItems(page).count();
  for (let i = 0; i < count; i++) {
    await page.getByRole('button', { name: new RegExp(`^第 ${i + 1} 张：`) }).click();
    await expect(page.getByRole('region', { name: '卡片预览' })).not.toContainText(/(^|[^\d.])0(\.0)?\s*%/);
  }
  await expect(cardItems(page).first()).not.toContainText(/(^|[^\d.])0(\.0)?\s*%/);
});

test('the builder fits 1920×1080, 1366×768 and 1024×768', async ({ app: page, host }) => {
  mkdirSync(SHOTS, { recursive: true });
  const id = await meetingId(host, DEMO);
  const draft = await host.call('report.draft', { meetingId: id });
  const report = await host.call('report.get', { meetingId: id });
  await host.call('report.save', {
    meetingId: id,
    cards: [
      ...draft.cards,
      { id: 'short1', kind: 'shortcoming', title: '停车难仍未解决', problem: '老旧小区停车位不足' },
    ],
    settings: report.settings,
    expectedRevision: report.revision,
  });
  await openReport(page, DEMO);
  await expect(cardItems(page).first()).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.getByRole('button', { name: /^第 1 张：/ }).click();
    await expect(page.getByRole('region', { name: '卡片预览' })).toBeVisible();
    await settled(page);
    const tag = `${size.width}x${size.height}`;
    await page.screenshot({ path: join(SHOTS, `report-builder-${tag}.png`) });
    expect(await horizontalOverflow(page), `builder at ${tag}`).toBeLessThanOrEqual(0);
    // The editor is on screen with the preview: beside it when there is room, under it otherwise.
    await expect(editor(page).getByLabel('标题', { exact: true })).toBeVisible();
  }
});

test('导出图片 downloads the selected card as a 1920×1080 PNG named after it', async ({ app: page }) => {
  await openReport(page, DEMO);
  await expect(cardItems(page).first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出图片' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  expect(pngSize(readFileSync(await file.path()))).toEqual({ width: 1920, height: 1080 });
});
