// `npm run screenshots`: starts host mode on a temporary data folder seeded with the CLI's demo office,
// drives Chromium through the main screens at the projector and laptop sizes (and every card of the
// demo's report card on the projector), and saves PNGs to
// artifacts/screenshots/. Prints one line per shot and fails if any page scrolls sideways.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { settled } from '../test/e2e/support/antd';
import { chromiumArgs, chromiumPath } from '../test/e2e/support/chromium';
import { ensureBuilt, repoRoot, startHostMode, type HostMode } from '../test/e2e/support/host-mode';
import { horizontalOverflow, SIZES } from '../test/e2e/support/page-checks';
import { projectorUrl } from '../test/e2e/support/presenter';
import { liveProjectorShots } from './live-projector-shots';
import { GATEWAY_SHOTS, gatewayShots } from './screenshots-gateway';
import { LIVE_WRAP_UP_SHOTS, liveWrapUpShots } from './screenshots-live-wrapup';

const outDir = join(repoRoot, 'artifacts', 'screenshots');

/** `SHOTS_ONLY=live npm run screenshots`: only the shots whose name starts so (no projector cards). */
const only = process.env.SHOTS_ONLY?.trim() || undefined;
const wanted = (name: string) => only === undefined || name.startsWith(only);

/** Demo data makes the shots honest about real content (long Chinese names); without it, empty states. */
function seedDemo(dataDir: string): boolean {
  if (!existsSync(join(repoRoot, 'electron', 'cli.ts'))) return false;
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(process.execPath, [tsx, 'electron/cli.ts', 'demo', '--data', dataDir], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(
      `demo data not created (exit ${result.status}), continuing with an empty office:\n${result.stderr}\n`,
    );
    return false;
  }
  return true;
}

const MENU = ['会议列表', '工作台', '项目池', '设置'] as const;

/** By position, so the same shots work in either language. */
async function nav(page: Page, label: (typeof MENU)[number]): Promise<void> {
  await page.getByRole('navigation').getByRole('menuitem').nth(MENU.indexOf(label)).click();
  await page.locator('main h3').first().waitFor();
}

interface Shot {
  name: string;
  /** Also taken in English (shots that look for Chinese labels are not). */
  english?: boolean;
  fullPage?: boolean;
  show: (page: Page) => Promise<void>;
}

const shots: Shot[] = [
  {
    name: 'meetings',
    english: true,
    show: (page) => nav(page, '会议列表'),
  },
  {
    name: 'meeting-form',
    show: async (page) => {
      await nav(page, '会议列表');
      const edit = page.locator('tr.ant-table-row').first().getByRole('button', { name: '编辑' });
      if ((await edit.count()) > 0) await edit.click();
      else await page.getByRole('button', { name: '新建会议' }).first().click();
      await page.getByRole('dialog').waitFor();
      await settled(page); // the modal's opening animation
    },
  },
  {
    name: 'trash',
    show: async (page) => {
      await nav(page, '会议列表');
      await page.getByRole('button', { name: '回收站' }).click();
      await page.locator('.ant-drawer:visible').waitFor();
      await settled(page);
    },
  },
  {
    name: 'workbench',
    english: true,
    show: async (page) => {
      await nav(page, '会议列表');
      const first = page.locator('tr.ant-table-row').first().locator('td').first().getByRole('button');
      if ((await first.count()) > 0) await first.click();
      else await nav(page, '工作台');
      await page.getByRole('tab').first().or(page.locator('.ant-empty')).first().waitFor();
    },
  },
  {
    // 现场 of the demo's held parking meeting: its questions in every state and its commitments.
    name: 'live-held',
    english: true,
    show: async (page) => {
      if (!(await openMeeting(page, '停车管理专题报告会'))) return;
      await openLiveTab(page);
      await page.getByTestId('question-row').first().waitFor({ timeout: 15_000 });
      await page.getByTestId('question-row').nth(1).click();
      await page.mouse.move(0, 0);
    },
  },
  {
    // The commitment form over the held meeting's console, as an official announces one (宣布承诺).
    name: 'live-commitment-form',
    show: async (page) => {
      if (!(await openMeeting(page, '停车管理专题报告会'))) return;
      await openLiveTab(page);
      await page.getByRole('button', { name: '宣布承诺' }).click();
      await page.getByTestId('commitment-form').waitFor();
      await settled(page);
    },
  },
  {
    // 现场 of the street meeting still to be held: the console as the operator finds it.
    name: 'live-open',
    english: true,
    show: async (page) => {
      if (!(await openStreetMeeting(page))) return;
      await openLiveTab(page);
      await page.locator('#entry-text').fill('小区周边停车难，晚上回家找不到车位');
      await page.mouse.move(0, 0);
    },
  },
  {
    // The 准备 stage of the demo's street meeting (it holds the imported work orders), else the first.
    name: 'prepare',
    english: true,
    fullPage: true,
    show: async (page) => {
      await nav(page, '会议列表');
      const rows = page.locator('tr.ant-table-row');
      const street = rows.filter({ hasText: '向群众报告工作会' });
      const row = (await street.count()) > 0 ? street.first() : rows.first();
      const first = row.locator('td').first().getByRole('button');
      if ((await first.count()) === 0) return;
      await first.click();
      await page.getByRole('tab').first().click();
      // The stage's own tabs (nested in the workbench's) once opinions load, else its empty state.
      await page.locator('main .ant-tabs .ant-tabs:visible, main .ant-empty:visible').first().waitFor();
      await page
        .locator('main .recharts-surface')
        .first()
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined);
      await page.mouse.move(0, 0);
    },
  },
  {
    // The 报告 tab of the demo's street meeting: its report card, drafted from the data.
    name: 'report',
    english: true,
    show: async (page) => {
      if (!(await openStreetMeeting(page))) return;
      await page.getByRole('tab').nth(1).click();
      await page
        .locator('[data-card-id]')
        .first()
        .waitFor({ timeout: 15_000 })
        .catch(() => undefined);
      await page.mouse.move(0, 0);
    },
  },
  {
    // The presenter console, started from the 报告 tab (Esc after the shot leaves it again).
    name: 'console',
    english: true,
    show: async (page) => {
      if (!(await openStreetMeeting(page))) return;
      await page.getByRole('tab').nth(1).click();
      await page.locator('[data-card-id]').first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('F5');
      // A report without a shown shortcoming card asks first; the demo has them, but say yes if asked.
      const anyway = page.getByRole('button', { name: /仍然放映|Present anyway/ });
      if (await anyway.isVisible().catch(() => false)) await anyway.click();
      await page.getByTestId('console-current').waitFor({ timeout: 15_000 });
      await page.mouse.move(0, 0);
    },
  },
  {
    name: 'projects',
    show: async (page) => {
      await nav(page, '项目池');
      await page.getByRole('tab').first().click();
      await page.getByTestId('projects-tab').waitFor();
    },
  },
  {
    // 统计 of the pool's default batch: the summary with its period, the tables and the bar chart.
    name: 'projects-stats',
    show: async (page) => {
      await nav(page, '项目池');
      await page.getByRole('tab').nth(3).click();
      await page.locator('[data-testid="stats-tab"], main .ant-empty').first().waitFor();
      await settled(page);
      await page.mouse.move(0, 0);
    },
  },
  {
    name: 'settings',
    english: true,
    fullPage: true,
    show: (page) => nav(page, '设置'),
  },
];

/** Opens the demo's street meeting (it holds the work orders and the report card); false without it. */
async function openStreetMeeting(page: Page): Promise<boolean> {
  await nav(page, '会议列表');
  const street = page.locator('tr.ant-table-row').filter({ hasText: '向群众报告工作会' });
  const first = street.first().locator('td').first().getByRole('button');
  if ((await first.count()) === 0) return false;
  await first.click();
  await page.getByRole('tab').first().waitFor();
  return true;
}

/** Opens a demo meeting by title from the meeting list; false without it. */
async function openMeeting(page: Page, title: string): Promise<boolean> {
  await nav(page, '会议列表');
  const row = page.locator('tr.ant-table-row').filter({ hasText: title });
  const first = row.first().locator('td').first().getByRole('button');
  if ((await first.count()) === 0) return false;
  await first.click();
  await page.getByRole('tab').first().waitFor();
  return true;
}

/** The workbench's third tab, 现场 (by position, so it works in either language). */
async function openLiveTab(page: Page): Promise<void> {
  await page.getByRole('tab').nth(2).click();
  await page.getByTestId('live-stage').waitFor();
  await page.getByTestId('live-stage').evaluate((stage) => stage.scrollIntoView({ block: 'start' }));
}

/**
 * Every shown card of the street meeting's report card on the projector, at the hall's two sizes,
 * stepped through by the presentation API as the console would.
 */
async function projectorShots(host: HostMode, page: Page, problems: string[]): Promise<void> {
  const street = (await host.call('meetings.list', {})).find((m) => m.title.includes('向群众报告工作会'));
  if (!street) return;
  const view = await host.call('report.view', { meetingId: street.id });
  const shown = view.cards.filter((c) => !c.hidden);
  await host.call('presentation.act', {
    meetingId: street.id,
    action: { kind: 'start', fromCurrent: false },
  });
  for (const size of [SIZES[0], SIZES[2]]) {
    await page.setViewportSize(size);
    await page.goto(projectorUrl(host, street.id));
    for (const [index, card] of shown.entries()) {
      await host.call('presentation.act', { meetingId: street.id, action: { kind: 'goTo', index } });
      await page.locator(`[data-current-card-id="${card.id}"]`).waitFor({ timeout: 15_000 });
      await page
        .locator('[data-projector-slot="current"] canvas')
        .first()
        .waitFor({ timeout: 2_000 })
        .catch(() => undefined);
      const number = String(index + 1).padStart(2, '0');
      const file = join(outDir, `projector-${number}-${card.kind}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`${file} scrolls sideways by ${overflow}px`);
      process.stdout.write(`${file}\n`);
    }
  }
  await host.call('presentation.act', { meetingId: street.id, action: { kind: 'stop' } });
}

async function main(): Promise<void> {
  ensureBuilt();
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'rbd-shots-'));
  const seeded = seedDemo(dataDir);
  const host = await startHostMode({ dataDir });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true,
  });
  const problems: string[] = [];
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(host.url);
    await page.getByRole('navigation').waitFor();
    for (const language of ['zh-CN', 'en-US'] as const) {
      if (language === 'en-US') {
        await nav(page, '设置');
        await page.locator('label.ant-radio-button-wrapper').filter({ hasText: 'English' }).click();
        await page.getByRole('navigation').getByRole('menuitem', { name: 'Meetings' }).waitFor();
      }
      const prefix = language === 'zh-CN' ? '' : 'en-';
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const shot of shots.filter((s) => (language === 'zh-CN' || s.english) && wanted(s.name))) {
          await shot.show(page);
          const file = join(outDir, `${prefix}${shot.name}-${size.width}x${size.height}.png`);
          await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
          const overflow = await horizontalOverflow(page);
          if (overflow > 0) problems.push(`${file} scrolls sideways by ${overflow}px`);
          process.stdout.write(`${file}${overflow > 0 ? `  (overflow ${overflow}px)` : ''}\n`);
          await page.keyboard.press('Escape');
          await page
            .getByRole('dialog')
            .waitFor({ state: 'hidden' })
            .catch(() => undefined);
        }
      }
    }
    if (only === undefined) {
      await projectorShots(host, await context.newPage(), problems);
      await liveProjectorShots(host, await context.newPage(), outDir, problems);
    }
    if (LIVE_WRAP_UP_SHOTS.some(wanted)) {
      await liveWrapUpShots(host, await context.newPage(), problems, outDir);
    }
    if (GATEWAY_SHOTS.some(wanted)) {
      await gatewayShots(host, await context.newPage(), problems, outDir);
    }
    process.stdout.write(`${seeded ? 'demo data' : 'empty office'}; ${problems.length} problem(s)\n`);
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exitCode = 1;
  }
}

await main();
