import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { figure109Xlsx, htmlErrorPage } from '../fixtures/make-fixtures';
import { opened, settled } from './support/antd';
import { expect, seed, test } from './support/fixtures';
import { repoRoot } from './support/host-mode';
import { horizontalOverflow, SIZES } from './support/page-checks';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const TITLE = '2025年一季度接诉即办情况报告会';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const meeting = seed([
  'meetings.create',
  { title: TITLE, level: 'street', startsAt: '2025-04-10T14:30:00+08:00', venue: '街道市民活动中心' },
]);

const dialog = (page: Page) => page.getByRole('dialog');
const drawer = (page: Page) => page.locator('.ant-drawer:visible');
const fileInput = (page: Page) => page.getByTestId('import-file');
/** A headline figure is a button named by its label and value. */
const figure = (page: Page, label: string, value: string): Locator =>
  page.getByRole('button', { name: `${label} ${value}`, exact: true });

async function pickFigure109(page: Page): Promise<void> {
  await fileInput(page).setInputFiles({
    name: 'figure-109.xlsx',
    mimeType: XLSX_TYPE,
    buffer: figure109Xlsx(),
  });
  await expect(dialog(page).getByText('导入预览：figure-109.xlsx')).toBeVisible();
  await opened(dialog(page));
}

async function openPrepareStage(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('menuitem', { name: '会议列表' }).click();
  await page
    .locator('tr.ant-table-row')
    .filter({ hasText: TITLE })
    .getByRole('button', { name: TITLE })
    .click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await page.getByRole('tab', { name: '准备' }).click();
}

/** The preparation stage of the seeded meeting with figure-109.xlsx imported through the preview. */
async function importFigure109(page: Page): Promise<void> {
  await openPrepareStage(page);
  await pickFigure109(page);
  await dialog(page).getByRole('button', { name: '确认导入 109 条' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByText('已导入 figure-109.xlsx，共 109 条。')).toBeVisible();
}

test('a new meeting starts with an honest empty preparation stage', async ({ app: page }) => {
  await page.getByRole('button', { name: '新建第一场会议' }).click();
  await opened(dialog(page));
  await dialog(page).getByLabel('会议名称').fill(TITLE);
  const picker = dialog(page).getByLabel('时间');
  await picker.click();
  await picker.fill('2025-04-10 14:30');
  await picker.press('Enter');
  await dialog(page).getByLabel('地点').fill('街道市民活动中心');
  await dialog(page).getByLabel('地点').press('Enter');
  await expect(dialog(page)).toBeHidden();

  await openPrepareStage(page);
  await expect(page.getByText('这场会议还没有民意诉求')).toBeVisible();
  await expect(page.getByRole('button', { name: '导入表格' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '新增诉求' }).first()).toBeVisible();
});

test.describe('with a meeting', () => {
  test.use({ seed: meeting });

  test('previews figure-109.xlsx: sheet, header row, first rows and the skipped 合计 row with its number', async ({
    app: page,
  }) => {
    await openPrepareStage(page);
    await pickFigure109(page);
    const preview = dialog(page);
    await expect(preview.getByText('一季度工单')).toBeVisible();
    await expect(preview.getByText('第 3 行')).toBeVisible();
    await expect(preview.getByRole('button', { name: '确认导入 109 条' })).toBeVisible();
    // The first stored row, as it will be stored: row 4 of the sheet.
    await expect(preview.locator('.ant-table-row').first()).toContainText('物业管理');

    await preview.getByRole('tab', { name: '跳过的行（1）' }).click();
    const skipped = preview.getByRole('row').filter({ hasText: '合计' });
    await expect(skipped).toHaveCount(1);
    await expect(skipped.getByRole('cell').first()).toHaveText('113');

    await preview.getByRole('tab', { name: '列映射' }).click();
    await expect(preview.getByLabel('问题分类 导入为')).toBeVisible();
  });

  test('nothing is stored before confirming; cancel leaves the stage empty', async ({ app: page }) => {
    await openPrepareStage(page);
    await pickFigure109(page);
    await dialog(page).getByRole('button', { name: '取消' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByText('这场会议还没有民意诉求')).toBeVisible();
  });

  test('confirms the import and shows 109 / 102 / 93.6% with the fraction behind the rate', async ({
    app: page,
  }) => {
    await importFigure109(page);

    await expect(figure(page, '诉求总数', '109')).toBeVisible();
    await expect(figure(page, '已解决', '102')).toBeVisible();
    const rate = figure(page, '解决率', '93.6%');
    await expect(rate).toBeVisible();
    await rate.hover();
    await expect(page.getByRole('tooltip').filter({ hasText: '102 / 109' })).toBeVisible();
    // 物业管理 40 + 环境卫生 20 + 电梯 14 of 109.
    await expect(page.getByTestId('top-share')).toContainText('物业管理、环境卫生、电梯占 67.9%');
  });

  test('every figure opens the rows behind it: the total, a category bar, a satisfaction count', async ({
    app: page,
  }) => {
    await importFigure109(page);
    await figure(page, '诉求总数', '109').click();
    await expect(drawer(page).getByText('诉求总数：109 条')).toBeVisible();
    await expect(drawer(page).getByText('共 109 条')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer(page)).toHaveCount(0);

    // The longest bar of the category chart is 物业管理 (40 rows, all but two resolved).
    await page.getByTestId('chart-category').locator('.recharts-bar-rectangle').first().click();
    await expect(drawer(page).getByText('物业管理：40 条')).toBeVisible();
    const rows = drawer(page).locator('.ant-table-row');
    await expect(rows.first()).toContainText('物业管理');
    await expect(drawer(page).locator('.ant-table-row').filter({ hasNotText: '物业管理' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(drawer(page)).toHaveCount(0);

    await figure(page, '不满意', '4').click();
    await expect(drawer(page).getByText('不满意：4 条')).toBeVisible();
    await expect(drawer(page).locator('.ant-table-row')).toHaveCount(4);
    await page.keyboard.press('Escape');
  });

  test('preparation stage with analysis and with the preview fits 1920×1080, 1366×768 and 1024×768', async ({
    app: page,
  }) => {
    await importFigure109(page);
    mkdirSync(SHOTS, { recursive: true });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const tag = `${size.width}x${size.height}`;
      await expect(figure(page, '诉求总数', '109')).toBeVisible();
      await page.mouse.move(0, 0); // no chart tooltip left over from the clicks above
      await page.screenshot({ path: join(SHOTS, `e2e-prepare-analysis-${tag}.png`), fullPage: true });
      expect(await horizontalOverflow(page), `analysis at ${tag}`).toBeLessThanOrEqual(0);

      await pickFigure109(page);
      await expect(dialog(page).getByText('将导入')).toBeVisible();
      await settled(page); // the modal's opening animation, so the shot shows it at rest
      await page.screenshot({ path: join(SHOTS, `e2e-prepare-preview-${tag}.png`) });
      expect(await horizontalOverflow(page), `preview at ${tag}`).toBeLessThanOrEqual(0);
      const box = await dialog(page).boundingBox();
      expect(box, `preview box at ${tag}`).not.toBeNull();
      expect(
        (box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= size.width,
        `preview inside the window at ${tag}`,
      ).toBe(true);
      await dialog(page).getByRole('button', { name: '取消' }).click();
      await expect(dialog(page)).toBeHidden();
    }
  });

  test('undoing the import removes all its rows and keeps the record, marked undone', async ({
    app: page,
  }) => {
    await importFigure109(page);
    await page.getByRole('tab', { name: '导入记录' }).click();
    await page.getByRole('button', { name: '撤销 figure-109.xlsx 的导入' }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: '撤销' }).click();
    await expect(page.getByText('这场会议还没有民意诉求')).toBeVisible();
    await expect(page.getByText('已撤销', { exact: true })).toBeVisible();
  });

  test('an HTML error page saved as .xlsx is refused in Chinese and nothing is stored', async ({
    app: page,
  }) => {
    await openPrepareStage(page);
    await fileInput(page).setInputFiles({
      name: 'html-error-page.xlsx',
      mimeType: XLSX_TYPE,
      buffer: htmlErrorPage(),
    });
    const alert = page.getByRole('alert').filter({ hasText: '无法导入 html-error-page.xlsx' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('这是一个网页（HTML）文件，不是表格');
    await expect(alert).toContainText('没有保存任何数据。');
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByText('这场会议还没有民意诉求')).toBeVisible();

    await page.reload();
    await openPrepareStage(page);
    await expect(page.getByText('这场会议还没有民意诉求')).toBeVisible();
    await page.getByRole('tab', { name: '准备' }).click();
    await expect(page.locator('.ant-table-row').filter({ hasText: 'html-error-page.xlsx' })).toHaveCount(0);
  });
});
