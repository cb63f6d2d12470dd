import type { Locator, Page } from '@playwright/test';
import type { Question } from '../../shared/domain';
import { shanghaiToday } from '../../shared/logic/live/deadline';
import { addDays } from '../../renderer/screens/live/questions/local-date';
import { choose, opened } from './support/antd';
import { expect, test } from './support/fixtures';
import type { HostMode } from './support/host-mode';
import { revealPanel } from './support/live-panels';
import { horizontalOverflow } from './support/page-checks';
import { openLiveStage } from './support/live-stage';

const COMMUNITIES = ['芳古园社区', '紫芳园社区', '芳城园社区'];
const DEPARTMENTS = ['城管科', '社区建设科', '区住建委'];

/** Twenty slips as a street meeting's hall hands them in; the 1st and the 12th are the same worry. */
const SLIPS: readonly { community: string; text: string }[] = [
  { community: '芳古园', text: '小区周边停车难，晚上回家找不到车位' },
  { community: '紫芳园', text: '楼道里堆放杂物，存在消防隐患' },
  { community: '芳城园', text: '老楼什么时候能加装电梯？' },
  { community: '芳古园', text: '社区食堂饭菜价格能不能再便宜些' },
  { community: '紫芳园', text: '垃圾分类桶站气味大，夏天蚊蝇多' },
  { community: '芳城园', text: '广场舞音乐太吵，影响休息' },
  { community: '芳古园', text: '路灯坏了好几个月没人修' },
  { community: '紫芳园', text: '物业费涨价没有经过业主同意' },
  { community: '芳城园', text: '小区门口道路坑洼，雨天积水' },
  { community: '芳古园', text: '暖气不热，室温只有十五度' },
  { community: '紫芳园', text: '希望增加老年人助餐点' },
  { community: '芳城园', text: '晚上停车位不够，停车太难了' },
  { community: '芳古园', text: '共享单车乱停乱放堵住盲道' },
  { community: '紫芳园', text: '小区绿化带被占用种菜' },
  { community: '芳城园', text: '二次供水水箱多久清洗一次' },
  { community: '芳古园', text: '快递柜收费不合理' },
  { community: '紫芳园', text: '外卖电动车在楼道充电不安全' },
  { community: '芳城园', text: '社区卫生服务站能否延长服务时间' },
  { community: '芳古园', text: '工地夜间施工噪音大' },
  { community: '紫芳园', text: '社区活动室周末能否开放' },
];

interface Seeded {
  meetingId: string;
  communities: Map<string, string>;
  departments: Map<string, string>;
}

async function seedMeeting(host: HostMode): Promise<Seeded> {
  const communities = new Map<string, string>();
  for (const name of COMMUNITIES) communities.set(name, (await host.call('communities.create', { name })).id);
  const departments = new Map<string, string>();
  for (const name of DEPARTMENTS) departments.set(name, (await host.call('departments.create', { name })).id);
  const meeting = await host.call('meetings.create', {
    title: '方庄街道 2025 年向群众报告工作会',
    level: 'street',
    startsAt: '2025-07-10T14:30:00+08:00',
    status: 'scheduled',
    communityIds: [...communities.values()],
  });
  return { meetingId: meeting.id, communities, departments };
}

const listed = (host: HostMode, meetingId: string) =>
  host.call('questions.list', { meetingId }).then((r) => r.questions);

async function byText(host: HostMode, meetingId: string, text: string): Promise<Question> {
  const found = (await listed(host, meetingId)).find((q) => q.text === text);
  if (!found) throw new Error(`no question ${text}`);
  return found;
}

const row = (page: Page, text: string): Locator =>
  page
    .getByTestId('question-row')
    .filter({ has: page.getByTestId('question-text').getByText(text, { exact: true }) });

async function selectRow(page: Page, text: string): Promise<void> {
  await row(page, text).click();
  await expect(row(page, text)).toHaveAttribute('aria-selected', 'true');
  // The keys act on the page, not on the row's own buttons.
  await page.locator('body').focus();
}

test('the operator runs the questions from the keyboard; every outcome survives a reload', async ({
  app: page,
  host,
}) => {
  // Twenty slips typed one by one on a shared, busy machine.
  test.setTimeout(600_000);
  const { meetingId, departments } = await seedMeeting(host);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openLiveStage(page, meetingId);
  await expect(page.getByText('还没有问题。')).toBeVisible();

  // N puts the cursor in the first field of the entry form.
  await page.keyboard.press('n');
  const community = page.locator('#entry-community');
  const text = page.locator('#entry-text');
  await expect(community).toBeFocused();

  for (const [index, slip] of SLIPS.entries()) {
    await expect(community).toBeFocused();
    await page.keyboard.type(slip.community);
    await expect(
      page.locator('.ant-select-item-option-active').filter({ hasText: slip.community }),
    ).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(text).toBeFocused();
    // Chinese arrives from the input method as committed text, not key by key.
    await page.keyboard.insertText(slip.text);
    if (index === 11) {
      // The same worry as the first slip: offered as a likely duplicate with its asker count.
      const hints = page.getByTestId('duplicate-hints');
      await expect(hints).toContainText(SLIPS[0]!.text);
      await expect(hints).toContainText('同类问题 1 人提出');
    }
    await page.keyboard.press('Enter');
    // On disk before the form clears; then focus is back on 社区 for the next slip.
    await expect(text).toHaveValue('');
    await expect(community).toBeFocused();
    expect((await listed(host, meetingId)).length).toBe(index + 1);
  }
  const stored = await listed(host, meetingId);
  expect(stored.map((q) => q.text)).toEqual(SLIPS.map((s) => s.text));
  expect(stored.every((q) => q.communityId !== null && q.state === 'waiting')).toBe(true);
  // The category was suggested from the text.
  expect(stored[0]!.category).toBe('停车管理');
  await expect(page.getByTestId('question-count')).toHaveText('显示 20 条，共 20 条');

  // Merge the 12th into the 1st with M, undo it, then merge again for good.
  await selectRow(page, SLIPS[11]!.text);
  await page.keyboard.press('m');
  const mergeDialog = page.getByRole('dialog', { name: '合并到同类问题' });
  await expect(mergeDialog.getByRole('radio', { name: new RegExp(SLIPS[0]!.text) })).toBeChecked();
  await mergeDialog.getByRole('button', { name: '合并', exact: true }).click();
  await expect(mergeDialog).toHaveCount(0);
  await expect(row(page, SLIPS[0]!.text).getByTestId('askers')).toHaveText('同类问题 2 人提出');
  expect((await byText(host, meetingId, SLIPS[11]!.text)).state).toBe('merged');
  await page.getByTestId('merge-undo').getByRole('button', { name: '撤销' }).click();
  await expect(row(page, SLIPS[11]!.text)).toHaveAttribute('data-state', 'waiting');
  await expect(row(page, SLIPS[0]!.text).getByTestId('askers')).toHaveCount(0);
  expect((await byText(host, meetingId, SLIPS[11]!.text)).state).toBe('waiting');

  await selectRow(page, SLIPS[11]!.text);
  await page.keyboard.press('m');
  await mergeDialog.getByRole('button', { name: '合并', exact: true }).click();
  await expect(row(page, SLIPS[0]!.text).getByTestId('askers')).toHaveText('同类问题 2 人提出');
  await row(page, SLIPS[0]!.text).getByTestId('askers').click();
  await expect(row(page, SLIPS[0]!.text).getByTestId('merged-askers')).toContainText(SLIPS[11]!.text);

  // S puts the selected question on screen; the action bar says which key does what.
  await expect(page.getByTestId('question-actions').getByRole('button', { name: /上屏\s*S/ })).toBeVisible();
  await selectRow(page, SLIPS[0]!.text);
  await page.keyboard.press('s');
  await expect(row(page, SLIPS[0]!.text)).toHaveAttribute('data-state', 'onScreen');
  expect((await byText(host, meetingId, SLIPS[0]!.text)).state).toBe('onScreen');
  // V: a vote from the hall.
  await page.keyboard.press('v');
  await expect(row(page, SLIPS[0]!.text)).toContainText('1 票');

  // C on the 7th: 立即整改, led by 城管科, due today.
  await selectRow(page, SLIPS[6]!.text);
  await page.keyboard.press('c');
  const form = page.getByRole('dialog', { name: '形成承诺' });
  await expect(form.locator('#commitment-text')).toHaveValue(SLIPS[6]!.text);
  await form.locator('#commitment-text').fill('本周内修复东门至南门的 6 盏路灯');
  await form.getByText('立即整改', { exact: true }).click();
  await choose(form.locator('#commitment-lead'), '城管科');
  await form.getByText(/^今天/).click();
  const today = shanghaiToday(new Date());
  await expect(form.getByTestId('deadline-resolved')).toContainText(today);
  await form.locator('#commitment-owner').fill('城管科 王科长');
  await form.locator('#commitment-owner').press('Control+Enter');
  await expect(form).toHaveCount(0);
  await expect(row(page, SLIPS[6]!.text)).toHaveAttribute('data-state', 'committed');

  // C on the 3rd: 持续推进 with a co-department and a dated milestone.
  await selectRow(page, SLIPS[2]!.text);
  await page.keyboard.press('c');
  await form.getByText('持续推进', { exact: true }).click();
  await choose(form.locator('#commitment-lead'), '区住建委');
  await form.locator('#commitment-co').click();
  await page.keyboard.type('社区建设');
  await expect(
    page.locator('.ant-select-item-option-active').filter({ hasText: '社区建设科' }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await form.getByText('不设总期限（按节点）').click();
  // No milestone yet: refused, in Chinese, nothing sent.
  await form.getByRole('button', { name: /保存承诺/ }).click();
  await expect(form.getByText('持续推进的承诺至少需要一个带日期的节点')).toBeVisible();
  await form.locator('#commitment-milestone-0').fill('完成加装电梯意愿征集');
  const milestoneDate = addDays(today, 45);
  await form.getByTestId('milestone-row').first().locator('.ant-picker input').click();
  await page.keyboard.type(milestoneDate);
  await page.keyboard.press('Enter');
  await form.locator('#commitment-text').press('Control+Enter');
  await expect(form).toHaveCount(0);
  await expect(row(page, SLIPS[2]!.text)).toHaveAttribute('data-state', 'committed');

  const commitments = await host.call('commitments.list', { meetingId });
  expect(commitments.map((c) => c.listType)).toEqual(['immediate', 'ongoing']);
  expect(commitments[0]).toMatchObject({
    text: '本周内修复东门至南门的 6 盏路灯',
    leadDepartmentId: departments.get('城管科'),
    deadline: today,
    owner: '城管科 王科长',
    createdBy: '工作人员',
  });
  expect(commitments[1]).toMatchObject({
    leadDepartmentId: departments.get('区住建委'),
    coDepartmentIds: [departments.get('社区建设科')],
    deadline: null,
    milestones: [expect.objectContaining({ text: '完成加装电梯意愿征集', dueDate: milestoneDate })],
  });
  await expect(page.getByTestId('commitment-item')).toHaveCount(2);

  // R on the 9th: referred to 城管科 for a written answer within 30 days.
  await selectRow(page, SLIPS[8]!.text);
  await page.keyboard.press('r');
  const refer = page.getByRole('dialog', { name: '转交书面答复' });
  await choose(refer.locator('#refer-department'), '城管科');
  await refer.getByText('30 天内').click();
  await refer.getByRole('button', { name: '转交', exact: true }).click();
  await expect(refer).toHaveCount(0);
  const due = addDays(today, 30);
  await expect(row(page, SLIPS[8]!.text)).toContainText(`转交 城管科，${due} 前书面答复`);

  // D on the 16th: a reason is required and the asker will see it.
  await selectRow(page, SLIPS[15]!.text);
  await page.keyboard.press('d');
  const decline = page.getByRole('dialog', { name: '不予采纳' });
  await expect(decline.getByText('提问人和现场都能看到这条理由')).toBeVisible();
  await decline.getByRole('button', { name: '不予采纳' }).click();
  await expect(decline.getByText('请填写不予采纳的理由（提问人可以看到）')).toBeVisible();
  await decline.locator('#decline-reason').fill('快递柜由企业自主经营定价，已告知提问人向市场监管所反映');
  await decline.getByRole('button', { name: '不予采纳' }).click();
  await expect(decline).toHaveCount(0);
  await expect(row(page, SLIPS[15]!.text)).toHaveAttribute('data-state', 'declined');

  // H: the question's history names who did what.
  await selectRow(page, SLIPS[15]!.text);
  await page.keyboard.press('h');
  await expect(page.getByTestId('question-history')).toContainText('待处理 → 不予采纳');
  await expect(page.getByTestId('question-history')).toContainText('工作人员');
  await page.locator('.ant-drawer-close').click();
  await expect(page.getByTestId('question-history')).toHaveCount(0);

  expect(await horizontalOverflow(page)).toBe(0);

  // Everything is on disk: a reload shows it all again.
  await page.reload();
  await page.getByTestId('live-stage').waitFor();
  await expect(page.getByTestId('question-count')).toHaveText('显示 19 条，共 20 条');
  await expect(row(page, SLIPS[0]!.text)).toHaveAttribute('data-state', 'onScreen');
  await expect(row(page, SLIPS[0]!.text).getByTestId('askers')).toHaveText('同类问题 2 人提出');
  await expect(row(page, SLIPS[2]!.text)).toHaveAttribute('data-state', 'committed');
  await expect(row(page, SLIPS[6]!.text)).toHaveAttribute('data-state', 'committed');
  await expect(row(page, SLIPS[8]!.text)).toHaveAttribute('data-state', 'referred');
  await expect(row(page, SLIPS[15]!.text)).toContainText('快递柜由企业自主经营定价');
  await expect(page.getByTestId('commitment-item')).toHaveCount(2);
  await expect(page.getByTestId('state-filter-merged')).toHaveText('已合并 1');
  const after = await listed(host, meetingId);
  expect(after.filter((q) => q.state === 'waiting')).toHaveLength(14);

  // The answer's countdown: O starts it on the projector, O again pauses it.
  await page.locator('body').focus();
  await page.keyboard.press('o');
  await expect
    .poll(async () => (await host.call('presentation.get', { meetingId })).countdown.runningSince)
    .not.toBeNull();
  expect((await host.call('presentation.get', { meetingId })).overlays.countdown).toBe(true);
  await page.keyboard.press('o');
  await expect
    .poll(async () => (await host.call('presentation.get', { meetingId })).countdown.runningSince)
    .toBeNull();

  // The hall's show of hands for the report, typed in the scores panel.
  await revealPanel(page, 'scores');
  const scoreRow = page.getByTestId('scores-panel').getByTestId('score-row').first();
  const part = (await host.call('scores.get', { meetingId })).parts[0]!.title;
  await scoreRow.getByRole('spinbutton', { name: `${part}：满意（举手人数）` }).fill('41');
  await scoreRow.getByRole('spinbutton', { name: `${part}：基本满意（举手人数）` }).fill('9');
  await scoreRow.getByRole('spinbutton', { name: `${part}：不满意（举手人数）` }).fill('3');
  await scoreRow.getByRole('spinbutton', { name: `${part}：不满意（举手人数）` }).press('Enter');
  await expect(scoreRow.getByTestId('score-total')).toHaveText(/满意 \+ 基本满意 50 \/ 53 票/);

  // A second console answers every open question but one; closing is then refused, naming it.
  const last = SLIPS[19]!.text;
  for (const q of (await listed(host, meetingId)).filter(
    (q) => (q.state === 'waiting' || q.state === 'onScreen') && q.text !== last,
  )) {
    await host.call('questions.move', {
      meetingId,
      id: q.id,
      expectedRevision: q.revision,
      move: { to: 'answered', note: '' },
      by: '第二控制台',
    });
  }
  await revealPanel(page, 'close');
  const closePanel = page.getByTestId('close-panel');
  await closePanel.getByRole('button', { name: '结束会议' }).click();
  await (await opened(page.getByRole('dialog'))).getByRole('button', { name: '结束会议' }).click();
  const blockers = closePanel.getByTestId('close-blockers').getByRole('button');
  await expect(blockers).toHaveCount(1);
  await expect(blockers).toContainText(last);
  expect((await host.call('meetings.get', { id: meetingId })).status).not.toBe('closed');

  // The named question is selected from the refusal and answered with A; then the meeting closes.
  await blockers.click();
  await expect(row(page, last)).toHaveAttribute('aria-selected', 'true');
  await page.locator('body').focus();
  await page.keyboard.press('a');
  const answer = await opened(page.getByRole('dialog', { name: '当场答复' }));
  await answer.getByRole('button', { name: '标记为当场答复' }).click();
  await expect(answer).toHaveCount(0);
  await expect(row(page, last)).toHaveAttribute('data-state', 'answered');
  await closePanel.getByRole('button', { name: '结束会议' }).click();
  await (await opened(page.getByRole('dialog'))).getByRole('button', { name: '结束会议' }).click();
  await expect(closePanel.getByTestId('meeting-closed')).toBeVisible();

  // Reload: every question has its outcome, and the score, commitments and close are all kept.
  await page.reload();
  await page.getByTestId('live-stage').waitFor();
  await expect(page.getByTestId('question-count')).toHaveText('显示 19 条，共 20 条');
  await expect(page.getByTestId('state-filter-waiting')).toHaveText('待处理 0');
  await expect(row(page, SLIPS[0]!.text)).toHaveAttribute('data-state', 'answered');
  await expect(row(page, SLIPS[2]!.text)).toHaveAttribute('data-state', 'committed');
  await expect(page.getByTestId('commitment-item')).toHaveCount(2);
  await revealPanel(page, 'close');
  await expect(page.getByTestId('close-panel').getByTestId('meeting-closed')).toBeVisible();
  await revealPanel(page, 'scores');
  await expect(
    page.getByTestId('scores-panel').getByTestId('score-row').first().getByTestId('score-total'),
  ).toHaveText(/50 \/ 53 票/);
  const final = await listed(host, meetingId);
  expect(final).toHaveLength(20);
  expect(final.filter((q) => q.state === 'waiting' || q.state === 'onScreen')).toHaveLength(0);
  expect((await host.call('meetings.get', { id: meetingId })).status).toBe('closed');
});

test('two consoles edit the same question: the later save is refused and the first one stays', async ({
  app: first,
  host,
}) => {
  const { meetingId } = await seedMeeting(host);
  const question = await host.call('questions.create', {
    meetingId,
    question: { text: '小区周边停车难，晚上回家找不到车位' },
    by: '工作人员',
  });
  await openLiveStage(first, meetingId);
  const second = await first.context().newPage();
  await second.goto(host.url);
  await openLiveStage(second, meetingId);
  await second.getByTestId('operator-name').fill('李明');
  await second.getByTestId('operator-name').press('Enter');

  // Both open the question; the second opens its edit first.
  await selectRow(second, question.text);
  await second.keyboard.press('e');
  const edit = second.getByRole('dialog', { name: '编辑问题' });
  await edit.locator('#edit-text').fill('晚上停车位不够，能否错时共享单位车位');

  await selectRow(first, question.text);
  await first.keyboard.press('d');
  const decline = first.getByRole('dialog', { name: '不予采纳' });
  await decline.locator('#decline-reason').fill('已在上一场会议答复，见会后书面材料');
  await decline.getByRole('button', { name: '不予采纳' }).click();
  await expect(decline).toHaveCount(0);

  // The second's save was made on what it saw before: refused, in words, with its typing kept.
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(second.locator('.ant-message')).toContainText('该问题已被“工作人员”改为“不予采纳”');
  await expect(edit).toBeVisible();
  await expect(edit.locator('#edit-text')).toHaveValue('晚上停车位不够，能否错时共享单位车位');
  const stored = await byText(host, meetingId, question.text);
  expect(stored).toMatchObject({ state: 'declined', declineReason: '已在上一场会议答复，见会后书面材料' });
  await expect(row(second, question.text)).toHaveAttribute('data-state', 'declined');
});
