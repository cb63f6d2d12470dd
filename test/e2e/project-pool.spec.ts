import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ARTICLE_BATCH_ONE_UNFINISHED, articleBatchOneXlsx } from '../fixtures/project-sheets';
import { choose, opened, settled } from './support/antd';
import { expect, test } from './support/fixtures';
import { repoRoot } from './support/host-mode';
import { horizontalOverflow, SIZES } from './support/page-checks';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

async function openPool(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: /项目池/ }).click();
  await expect(page.getByRole('heading', { name: '民生项目池' })).toBeVisible();
}

async function importSheet(page: Page): Promise<Locator> {
  await tab(page, '项目').click();
  await page.getByRole('button', { name: '导入项目清单' }).first().click();
  const dialog = await opened(page.getByRole('dialog').filter({ hasText: '导入项目清单' }));
  await dialog.locator('input[type=file]').setInputFiles({
    name: '第一批民生项目清单.xlsx',
    mimeType: XLSX_TYPE,
    buffer: Buffer.from(articleBatchOneXlsx()),
  });
  await expect(dialog.getByTestId('import-total')).toHaveText('355 个项目');
  await expect(dialog.getByTestId('import-header-row')).toHaveText('表头在第 3 行');
  await expect(dialog.getByTestId('import-preview')).toContainText('项目名称 → 项目名称');
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog).toBeHidden();
  const done = page.getByTestId('import-done');
  await expect(done).toContainText('已导入 355 个项目');
  return done;
}

const total = (page: Page) => page.getByTestId('projects-tab').locator('.ant-pagination-total-text');

test('a batch is opened, a project list imported (and undone), a project edited, the batch closed with carry-over, and the figures shown', async ({
  app: page,
}) => {
  await openPool(page);
  await expect(page.getByTestId('projects-empty')).toBeVisible();

  await tab(page, '批次').click();
  await page.getByTestId('open-batch').click();
  await expect(page.getByTestId('batch-card')).toContainText('第一批');
  await expect(page.getByTestId('batch-card')).toContainText('进行中');
  // A second batch while the first runs is refused with the service's words.
  await page.getByTestId('open-batch').click();
  await expect(page.locator('.ant-message')).toContainText('第一批还没有结束');

  // Import, undo from the message: the pool is empty again; then import for good.
  const done = await importSheet(page);
  await done.getByTestId('import-undo').click();
  await expect(page.locator('.ant-message')).toContainText('已撤销导入');
  await expect(page.getByTestId('projects-empty')).toBeVisible();
  await importSheet(page);
  await expect(total(page)).toHaveText('共 355 个项目');
  await expect(page.getByTestId('projects-table').locator('tr.ant-table-row').first()).toBeVisible();
  await tab(page, '批次').click();
  await expect(page.getByTestId('imports-table').locator('tr.ant-table-row')).toHaveCount(2);
  await expect(page.getByTestId('imports-table')).toContainText('已撤销');

  await tab(page, '统计').click();
  await expect(page.getByTestId('stats-completion')).toHaveText('完成 341 / 计划 355（96.1%）');
  await expect(page.getByTestId('stats-by-category')).toContainText('改善居住条件');
  await expect(page.getByTestId('stats-chart').locator('svg .recharts-bar-rectangle')).toHaveCount(8);
  await expect(page.getByTestId('stats-chart').locator('[role="img"]')).toHaveAttribute(
    'aria-label',
    /改善居住条件 计划 87、完成 83/,
  );

  // Edit one unfinished project's progress; its history says so.
  const code = ARTICLE_BATCH_ONE_UNFINISHED[0]!;
  await tab(page, '项目').click();
  await page.getByPlaceholder('搜索项目名称或编号').fill(code);
  await expect(total(page)).toHaveText('共 1 个项目');
  await page.getByTestId('projects-table').locator('tr.ant-table-row').first().click();
  const drawer = page.getByTestId('project-drawer');
  await expect(drawer).toBeVisible();
  await drawer.locator('#project-progress').fill('80');
  await drawer.getByTestId('project-save').click();
  await expect(drawer.getByTestId('project-history')).toContainText('80');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  // Still found by its code: saving the progress left the other terms as they were.
  await expect(total(page)).toHaveText('共 1 个项目');
  await page.getByPlaceholder('搜索项目名称或编号').fill('');

  // Close the batch: 14 unfinished carried into 第二批.
  await tab(page, '批次').click();
  await page.getByTestId('close-batch').click();
  const confirm = await opened(page.getByRole('dialog').filter({ hasText: '结束第一批' }));
  await expect(confirm.getByTestId('carry-count')).toContainText('14 个未完成的项目');
  await confirm.getByRole('button', { name: '结束并结转' }).click();
  await expect(page.getByTestId('close-result')).toHaveText('已结转 14 个项目到第二批');
  await expect(page.getByTestId('batch-card').filter({ hasText: '第一批' })).toContainText('已结束');
  await expect(page.getByTestId('batch-card').filter({ hasText: '第二批' })).toContainText('进行中');

  await tab(page, '项目').click();
  await expect(total(page)).toHaveText('共 14 个项目');
  await expect(page.getByTestId('carried-tag')).toHaveCount(14);

  await tab(page, '统计').click();
  await expect(page.getByTestId('stats-completion')).toContainText('计划 14');
  await choose(page.getByTestId('stats-tab').getByRole('combobox', { name: '批次' }), '第一批');
  await expect(page.getByTestId('stats-completion')).toHaveText('完成 341 / 计划 355（96.1%）');

  // Screenshots of the 项目 and 统计 tabs at the three sizes.
  mkdirSync(SHOTS, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const [name, label] of [
      ['projects', '项目'],
      ['stats', '统计'],
    ] as const) {
      await tab(page, label).click();
      await expect(page.getByTestId(`${name}-tab`)).toBeVisible();
      await page.mouse.move(0, 0);
      await settled(page);
      await page.screenshot({ path: join(SHOTS, `project-pool-${name}-${size.width}x${size.height}.png`) });
      expect(await horizontalOverflow(page)).toBe(0);
    }
  }
});

test('N opens a new project in the 项目 tab and Esc closes it', async ({ app: page }) => {
  await openPool(page);
  await page.keyboard.press('n');
  const drawer = page.getByTestId('project-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText('新建项目');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
});
