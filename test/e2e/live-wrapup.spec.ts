import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { opened } from './support/antd';
import { expect, seed, test } from './support/fixtures';
import type { HostMode } from './support/host-mode';
import { revealPanel } from './support/live-panels';

const MEETING = '芳城园社区年中向群众报告会';
const WAITING_QUESTION = '芳城园三区北门晚上路灯不亮，老人出门不方便，什么时候能修？';

test.use({
  seed: seed(
    ['departments.create', { name: '城管科' }],
    ['meetings.create', { title: MEETING, level: 'community', startsAt: '2025-07-10T06:30:00.000Z' }],
  ),
});

async function meetingId(host: HostMode): Promise<string> {
  const found = (await host.call('meetings.list', {})).find((m) => m.title === MEETING);
  if (!found) throw new Error(`no meeting ${MEETING}`);
  return found.id;
}

/** From the meeting list to the meeting's 现场 tab, as the operator goes. */
async function openLive(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: /会议列表/ }).click();
  await page
    .locator('tr.ant-table-row')
    .filter({ hasText: MEETING })
    .getByRole('button', { name: MEETING })
    .click();
  await page.getByRole('tab', { name: '现场' }).click();
  await expect(page.getByTestId('live-stage')).toBeVisible();
}

/** Every file under the data folder with its bytes, by path relative to it. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

async function confirmDialog(page: Page, okName: string): Promise<void> {
  const dialog = await opened(
    page.getByRole('dialog').filter({ has: page.getByRole('button', { name: okName }) }),
  );
  await dialog.getByRole('button', { name: okName }).click();
  await expect(dialog).toBeHidden();
}

test('a show-of-hands score is typed by keyboard, totalled with its votes, and kept over a reload', async ({
  app,
  host,
}) => {
  await openLive(app);
  await revealPanel(app, 'scores');
  const panel = app.getByTestId('scores-panel');
  const row = panel.getByTestId('score-row').first();
  await expect(row).toBeVisible();
  const id = await meetingId(host);
  const partTitle = (await host.call('scores.get', { meetingId: id })).parts[0]?.title ?? '';
  const total = row.getByTestId('score-total');
  await expect(total).toContainText('—');
  await expect(total).not.toContainText('%');

  // A blank level is refused and nothing is stored.
  const satisfied = row.getByRole('spinbutton', { name: `${partTitle}：满意（举手人数）` });
  await satisfied.fill('12');
  await satisfied.press('Enter');
  await expect(app.getByText('请把三项人数都填上（没有人举手填 0），未保存')).toBeVisible();
  expect((await host.call('scores.get', { meetingId: id })).parts[0]?.hands).toBeNull();

  // Tab through the three counts, Enter saves the row.
  await row.getByRole('spinbutton', { name: `${partTitle}：基本满意（举手人数）` }).click();
  await app.keyboard.type('4');
  await app.keyboard.press('Tab');
  await app.keyboard.type('3');
  await app.keyboard.press('Enter');
  await expect(app.getByText(`已保存“${partTitle}”的举手计数`)).toBeVisible();
  await expect(total).toHaveText(/满意 \+ 基本满意 16 \/ 19 票/);
  // Below 20 votes the count is stated, not a rate.
  await expect(total).not.toContainText('%');
  expect((await host.call('scores.get', { meetingId: id })).parts[0]?.hands).toEqual({
    satisfied: 12,
    basicallySatisfied: 4,
    dissatisfied: 3,
  });

  // One more hand takes it to 20 votes: now the rate is shown next to the count.
  const dissatisfied = row.getByRole('spinbutton', { name: `${partTitle}：不满意（举手人数）` });
  await dissatisfied.fill('4');
  await dissatisfied.press('Enter');
  await expect(total).toHaveText(/满意 \+ 基本满意 16 \/ 20 票（80\.0%）/);

  await app.reload();
  await expect(app.getByTestId('live-stage')).toBeVisible();
  await revealPanel(app, 'scores');
  const again = app.getByTestId('scores-panel').getByTestId('score-row').first();
  await expect(again.getByTestId('score-total')).toHaveText(/满意 \+ 基本满意 16 \/ 20 票（80\.0%）/);
  await expect(again.getByRole('spinbutton', { name: `${partTitle}：满意（举手人数）` })).toHaveValue('12');

  // Cleared after a confirm: back to "—", never 0 %.
  await again.getByRole('button', { name: '清除' }).click();
  await app.locator('.ant-popover:visible').getByRole('button', { name: '清除' }).click();
  await expect(again.getByTestId('score-total')).toContainText('—');
  expect((await host.call('scores.get', { meetingId: id })).parts[0]?.hands).toBeNull();
});

test('closing is refused while a question waits, names it, and goes through once the rest is referred in writing', async ({
  app,
  host,
}) => {
  const id = await meetingId(host);
  const question = await host.call('questions.create', {
    meetingId: id,
    question: { text: WAITING_QUESTION },
    by: '工作人员',
  });
  await openLive(app);
  const selected = app.evaluate(
    () =>
      new Promise<string>((resolve) =>
        window.addEventListener('rbd:select-question', (event) =>
          resolve((event as CustomEvent<{ questionId: string }>).detail.questionId),
        ),
      ),
  );

  await revealPanel(app, 'close');
  const panel = app.getByTestId('close-panel');
  await panel.getByRole('button', { name: '结束会议' }).click();
  await confirmDialog(app, '结束会议');
  const refused = panel.getByTestId('close-refused');
  await expect(refused).toBeVisible();
  const blocker = refused.getByTestId('close-blockers').getByRole('button');
  await expect(blocker).toHaveCount(1);
  await expect(blocker).toContainText('芳城园三区北门晚上路灯不亮');
  await expect(blocker).toContainText('待处理');
  expect((await host.call('meetings.get', { id })).status).not.toBe('closed');

  // A blocker asks the question list to select it.
  await blocker.click();
  expect(await selected).toBe(question.id);
  // …and the list does: the row is selected, so its keys (A, R, D…) act on it at once.
  await expect(
    app.locator(`[data-testid="question-row"][data-question-id="${question.id}"]`),
  ).toHaveAttribute('aria-selected', 'true');

  await panel.getByRole('button', { name: '其余问题会后书面答复' }).click();
  const dialog = app.getByRole('dialog', { name: '其余问题会后书面答复' });
  await dialog.getByText('7 天内').click();
  const due = (await dialog.getByTestId('refer-due-date').innerText()).match(/\d{4}-\d{2}-\d{2}/)?.[0];
  expect(due).toBeTruthy();
  await dialog.getByRole('button', { name: '转为书面答复并结束会议' }).click();

  const closed = panel.getByTestId('meeting-closed');
  await expect(closed).toBeVisible();
  await expect(closed).toContainText('会议已结束');
  await expect(closed).toContainText('由 工作人员 结束');
  await expect(closed).toContainText(`答复期限 ${due}`);
  await expect(app.locator('#workbench-heading').locator('..').getByText('已结束')).toBeVisible();
  const stored = (await host.call('questions.list', { meetingId: id })).questions[0];
  expect(stored?.state).toBe('referred');
  expect(stored?.referral?.dueDate).toBe(due);
  await expect(panel.locator('[data-summary-line="referred"]')).toContainText('1 个');

  await closed.getByRole('button', { name: '重新开启会议' }).click();
  await confirmDialog(app, '重新开启');
  await expect(panel.getByRole('button', { name: '结束会议' })).toBeVisible();
  await expect(app.locator('#workbench-heading').locator('..').getByText('已结束')).toBeHidden();
  expect((await host.call('meetings.get', { id })).status).not.toBe('closed');
});

test('a rehearsal writes to its own copy and the wipe leaves every real file byte-identical', async ({
  app,
  host,
}) => {
  const id = await meetingId(host);
  await host.call('questions.create', {
    meetingId: id,
    question: { text: WAITING_QUESTION },
    by: '工作人员',
  });
  const department = (await host.call('office.get', {})).departments[0];
  if (!department) throw new Error('the seed made no department');
  await openLive(app);
  await revealPanel(app, 'close');
  const closePanel = app.getByTestId('close-panel');
  await expect(closePanel.locator('[data-summary-line="received"]')).toContainText('1 个');

  const before = snapshot(host.dataDir);
  const meetingFile = `meeting-${id}.json`;
  const realBytes = before.get(meetingFile);
  if (!realBytes) throw new Error(`no ${meetingFile} in ${[...before.keys()].join(', ')}`);

  await app.getByRole('button', { name: '开始彩排' }).click();
  const start = app.getByRole('dialog', { name: '开始彩排' });
  await expect(start).toContainText('正式记录保持不动');
  await expect(start.getByRole('checkbox', { name: '载入测试问题' })).toBeChecked();
  await start.getByRole('button', { name: '开始彩排' }).click();
  const banner = app.getByTestId('rehearsal-banner');
  await expect(banner).toContainText('彩排中：所有操作写入彩排副本，不会进入正式记录');
  await expect(banner).toContainText('开始于');

  // Changes in the rehearsal: a question, a commitment, a show-of-hands score typed in the UI.
  await host.call('questions.create', {
    meetingId: id,
    question: { text: '彩排：小区垃圾分类站异味大' },
    by: '工作人员',
  });
  await host.call('commitments.create', {
    meetingId: id,
    commitment: {
      text: '彩排：一周内清洗垃圾分类站',
      listType: 'immediate',
      leadDepartmentId: department.id,
      deadline: { kind: 'preset', preset: 'days7' },
    },
    by: '工作人员',
  });
  await revealPanel(app, 'scores');
  const row = app.getByTestId('scores-panel').getByTestId('score-row').first();
  const title = (await host.call('scores.get', { meetingId: id })).parts[0]?.title ?? '';
  await row.getByRole('spinbutton', { name: `${title}：满意（举手人数）` }).fill('30');
  await row.getByRole('spinbutton', { name: `${title}：基本满意（举手人数）` }).fill('5');
  await row.getByRole('spinbutton', { name: `${title}：不满意（举手人数）` }).fill('1');
  await row.getByRole('spinbutton', { name: `${title}：不满意（举手人数）` }).press('Enter');
  await expect(row.getByTestId('score-total')).toContainText('35 / 36 票');

  const rehearsal = await host.call('live.status', { meetingId: id });
  expect(rehearsal.rehearsal).not.toBeNull();
  // The test data may bring commitments of its own; ours is among them.
  expect(rehearsal.summary.commitments).toBeGreaterThanOrEqual(1);
  await expect(closePanel.locator('[data-summary-line="received"]')).toContainText(
    `${rehearsal.summary.received} 个`,
  );
  // The real file was not written while the rehearsal ran.
  expect(readFileSync(join(host.dataDir, meetingFile)).equals(realBytes)).toBe(true);

  await banner.getByRole('button', { name: '清除彩排数据' }).click();
  const wipe = app.getByRole('dialog', { name: '清除彩排数据？' });
  await expect(wipe.getByTestId('wipe-scope')).toContainText(
    `${rehearsal.summary.received} 个问题、${rehearsal.summary.commitments} 项承诺`,
  );
  await wipe.getByRole('button', { name: '清除彩排数据' }).click();
  await expect(app.getByText(/彩排数据已清除/)).toBeVisible();
  await expect(banner).toBeHidden();

  const after = snapshot(host.dataDir);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [path, bytes] of before) {
    expect(after.get(path)?.equals(bytes), `${path} changed`).toBe(true);
  }

  const real = await host.call('questions.list', { meetingId: id });
  expect(real.rehearsal).toBeNull();
  expect(real.questions.map((q) => q.text)).toEqual([WAITING_QUESTION]);

  // The UI is back on the real record: one question, no score, no commitment.
  await expect(closePanel.locator('[data-summary-line="received"]')).toContainText('1 个');
  await expect(closePanel.locator('[data-summary-line="total"]')).toContainText('0 件');
  await expect(app.getByTestId('scores-panel').getByTestId('score-total').first()).toContainText('—');
  await revealPanel(app, 'close');
  await closePanel.getByRole('button', { name: '结束会议' }).click();
  await confirmDialog(app, '结束会议');
  await expect(closePanel.getByTestId('close-blockers')).toContainText('芳城园三区北门晚上路灯不亮');
});
