// The wrap-up side of the 现场 tab for `npm run screenshots`: 群众打分, the refused close naming its
// questions, the 会议小结 drawer and the 彩排 banner, on the demo's street meeting at the laptop sizes.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dueInDays } from '../renderer/screens/live/wrap-up/refer-due';
import { settled } from '../test/e2e/support/antd';
import type { HostMode } from '../test/e2e/support/host-mode';
import { revealPanel } from '../test/e2e/support/live-panels';
import { horizontalOverflow, SIZES } from '../test/e2e/support/page-checks';

const BY = '工作人员';

/** The names these shots are saved under (before the size), for the script's SHOTS_ONLY filter. */
export const LIVE_WRAP_UP_SHOTS = ['live-scores', 'live-summary', 'live-close-refused', 'live-rehearsal'];

const OPEN_QUESTIONS = [
  '方庄南路早高峰公交站台太挤，能不能加密 28 路的班次？',
  '芳古园一区 3 号楼电梯经常停运，加装电梯的事情进展到哪一步了？',
  '紫芳园小区门口的共享单车乱停乱放，晚上挡住消防通道，谁来管？',
];

/** Scores on every part, open questions and a few commitments: what the panels look like mid-meeting. */
async function seedLive(host: HostMode, meetingId: string): Promise<void> {
  const sheet = await host.call('scores.get', { meetingId });
  const hands = [
    { satisfied: 86, basicallySatisfied: 21, dissatisfied: 7 },
    { satisfied: 9, basicallySatisfied: 4, dissatisfied: 2 },
  ];
  for (const [index, part] of sheet.parts.entries()) {
    if (index >= hands.length) break;
    if (part.hands === null) {
      await host.call('scores.set', { meetingId, partId: part.partId, hands: hands[index] ?? null, by: BY });
    }
  }
  const status = await host.call('live.status', { meetingId });
  if (status.blockers.length === 0) {
    for (const text of OPEN_QUESTIONS) {
      await host.call('questions.create', { meetingId, question: { text }, by: BY });
    }
  }
  if (status.summary.commitments === 0) {
    const departments = (await host.call('office.get', {})).departments;
    const plans = [
      { text: '两周内在方庄南路站增设临时候车区并协调加密班次', listType: 'deadline' },
      { text: '本周内清理紫芳园门口共享单车，划定停放区', listType: 'immediate' },
      { text: '芳古园一区加装电梯逐栋推进，每季度公布进度', listType: 'ongoing' },
    ] as const;
    for (const [index, plan] of plans.entries()) {
      const department = departments[index % Math.max(departments.length, 1)];
      if (!department) break;
      await host.call('commitments.create', {
        meetingId,
        commitment: {
          text: plan.text,
          listType: plan.listType,
          leadDepartmentId: department.id,
          owner: '副主任',
          deadline:
            plan.listType === 'ongoing'
              ? { kind: 'none' }
              : { kind: 'preset', preset: plan.listType === 'immediate' ? 'days7' : 'days30' },
          milestones:
            plan.listType === 'ongoing'
              ? [{ text: '完成第一批 3 栋楼的意见征询', dueDate: dueInDays(90, new Date()) }]
              : [],
        },
        by: BY,
      });
    }
  }
}

async function openLiveTab(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation').getByRole('menuitem').first().click();
  await page
    .locator('tr.ant-table-row')
    .filter({ hasText: title })
    .first()
    .locator('td')
    .first()
    .getByRole('button')
    .click();
  await page.getByRole('tab').nth(2).click();
  await page.getByTestId('live-stage').waitFor();
}

export async function liveWrapUpShots(
  host: HostMode,
  page: Page,
  problems: string[],
  outDir: string,
): Promise<void> {
  const street = (await host.call('meetings.list', {})).find((m) => m.title.includes('向群众报告工作会'));
  if (!street) return;
  await seedLive(host, street.id);
  // The main shots end in English; these look for Chinese labels, so the office speaks Chinese again.
  const { language } = await host.call('preferences.get', {});
  await host.call('preferences.update', { language: 'zh-CN' });

  const shoot = async (name: string, size: { width: number; height: number }) => {
    await page.mouse.move(0, 0);
    await settled(page);
    const file = join(outDir, `${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path: file });
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) problems.push(`${file} scrolls sideways by ${overflow}px`);
    process.stdout.write(`${file}${overflow > 0 ? `  (overflow ${overflow}px)` : ''}\n`);
  };

  for (const size of [SIZES[1], SIZES[2]]) {
    await page.setViewportSize(size);
    await page.goto(host.url);
    await page.getByRole('navigation').getByRole('menuitem', { name: '会议列表' }).waitFor();
    await openLiveTab(page, street.title);

    await revealPanel(page, 'scores');
    await page.getByTestId('score-row').first().waitFor();
    await page.getByTestId('scores-panel').scrollIntoViewIfNeeded();
    await shoot('live-scores', size);

    await revealPanel(page, 'close');
    await page.getByTestId('close-panel').getByRole('button', { name: '查看小结' }).click();
    await page.getByTestId('summary-large').waitFor();
    await shoot('live-summary', size);
    await page.keyboard.press('Escape');
    await page.getByTestId('summary-large').waitFor({ state: 'hidden' });

    await page.getByTestId('close-meeting').click();
    await page.getByRole('dialog').getByRole('button', { name: '结束会议' }).click();
    await page.getByTestId('close-blockers').waitFor();
    await page.getByTestId('close-refused').scrollIntoViewIfNeeded();
    await shoot('live-close-refused', size);

    await host.call('rehearsal.start', { meetingId: street.id, withTestData: true });
    await page.getByTestId('rehearsal-banner').waitFor();
    await page.getByTestId('rehearsal-banner').scrollIntoViewIfNeeded();
    await shoot('live-rehearsal', size);
    await host.call('rehearsal.wipe', { meetingId: street.id });
    await page.getByTestId('rehearsal-banner').waitFor({ state: 'hidden' });
  }
  await host.call('preferences.update', { language });
}
