import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../shared/domain';
import { addDays, formatShanghai } from '../../shared/logic/shanghai-time';
import { expect, seed, test } from './support/fixtures';
import type { HostMode } from './support/host-mode';
import { repoRoot } from './support/host-mode';
import { horizontalOverflow, SIZES } from './support/page-checks';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const MEETING = '芳城园社区向群众报告会';
const LAMP = '三区北门路灯不亮，老人晚上出门不方便';
const LAMP_PROMISE = '一周内修复三区北门路灯';
const PARKING = '小区东侧停车难，能否增设停车位';
const BY = '工作人员';

/** Beijing dates around today, so the deadline and the call-back fall due whatever day the test runs. */
const today = formatShanghai(new Date(), 'YYYY-MM-DD');
const day = (offset: number) => formatShanghai(addDays(`${today}T12:00:00+08:00`, offset), 'YYYY-MM-DD');

test.use({
  seed: seed(
    ['departments.create', { name: '城管科' }],
    ['departments.create', { name: '住建科' }],
    ['communities.create', { name: '芳城园社区' }],
    // Call-backs fall due on the reply's own day: a reply cannot be dated before its item existed.
    [
      'followUps.settings.set',
      {
        settings: { ...DEFAULT_FOLLOW_UP_SETTINGS, callbackDays: { immediate: 0, deadline: 0, ongoing: 0 } },
        by: '工作人员',
      },
    ],
    ['meetings.create', { title: MEETING, level: 'community', startsAt: `${day(-10)}T14:30:00+08:00` }],
  ),
});

/** A question answered by a commitment, another referred in writing, then the meeting closed. */
async function closedMeeting(host: HostMode): Promise<string> {
  const meeting = (await host.call('meetings.list', {})).find((m) => m.title === MEETING);
  if (!meeting) throw new Error(`no meeting ${MEETING}`);
  const office = await host.call('office.get', {});
  const [city, housing] = office.departments;
  const community = office.communities[0];
  if (!city || !housing || !community) throw new Error('the seed made no departments or community');
  const meetingId = meeting.id;
  const lamp = await host.call('questions.create', {
    meetingId,
    question: { text: LAMP, communityId: community.id, askerName: '王阿姨', askerPhone: '13800001234' },
    by: BY,
  });
  await host.call('commitments.create', {
    meetingId,
    commitment: {
      questionId: lamp.id,
      text: LAMP_PROMISE,
      listType: 'immediate',
      leadDepartmentId: city.id,
      deadline: { kind: 'date', date: today },
    },
    by: BY,
  });
  const parking = await host.call('questions.create', {
    meetingId,
    question: { text: PARKING, communityId: community.id, askerName: '李先生', askerPhone: '13900005678' },
    by: BY,
  });
  await host.call('questions.move', {
    meetingId,
    id: parking.id,
    expectedRevision: parking.revision,
    move: { to: 'referred', departmentId: housing.id, dueDate: day(20) },
    by: BY,
  });
  await host.call('live.close', { meetingId, by: BY });
  return meetingId;
}

async function openFollowUp(page: Page, meetingId: string): Promise<void> {
  await page.evaluate((id) => {
    window.sessionStorage.setItem('rbd.place', JSON.stringify({ screen: 'workbench', meetingId: id }));
    window.sessionStorage.setItem('rbd.stage', 'followUp');
  }, meetingId);
  await page.reload();
  await page.getByTestId('follow-list').waitFor();
}

const row = (page: Page, title: string) => page.getByTestId('follow-row').filter({ hasText: title });
const drawer = (page: Page) => page.getByRole('dialog', { name: '跟踪事项' });

async function dialogOk(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  await expect(page.getByTestId(testId)).toBeHidden();
}

test('a commitment goes through 办理中, 反馈, 不满意, 重新办理, 回访 to 已解决, bulk 办理中 is undone, a reload keeps it', async ({
  app,
  host,
}) => {
  const meetingId = await closedMeeting(host);
  await openFollowUp(app, meetingId);

  // Both the commitment and the referral became items when the meeting closed.
  await expect(app.getByTestId('follow-row')).toHaveCount(2);
  const lamp = row(app, LAMP_PROMISE);
  await expect(lamp.getByTestId('state-tag')).toHaveText('已交办');
  await expect(lamp).toContainText(today);
  await expect(row(app, PARKING).getByTestId('state-tag')).toHaveText('已交办');

  // Screens at the three sizes, with nothing wider than the window.
  mkdirSync(SHOTS, { recursive: true });
  for (const size of SIZES) {
    await app.setViewportSize(size);
    await expect(app.getByTestId('follow-row')).toHaveCount(2);
    await app.screenshot({ path: join(SHOTS, `e2e-follow-up-${size.width}x${size.height}.png`) });
    expect(await horizontalOverflow(app), `跟踪 at ${size.width}×${size.height}`).toBeLessThanOrEqual(0);
  }
  await app.setViewportSize(SIZES[1]);

  await row(app, LAMP_PROMISE).click();
  const d = drawer(app);
  await expect(d.getByTestId('drawer-title')).toHaveText(LAMP_PROMISE);
  await expect(d.getByTestId('drawer-source')).toContainText(LAMP);
  await expect(d).toContainText('13800001234');
  await expect(d).toContainText('仅工作人员可见');

  await d.getByTestId('act-start').click();
  await expect(d.getByTestId('state-tag')).toHaveText('办理中');

  // 反馈 on the deadline day itself: finished on time (the date defaults to today in Beijing).
  await d.getByTestId('act-reply').click();
  await expect(app.getByTestId('reply-date')).toHaveValue(today);
  await app.getByTestId('reply-text').fill('已更换路灯灯头两处');
  await dialogOk(app, 'reply-submit');
  await expect(d.getByTestId('state-tag')).toHaveText('已反馈');
  await expect(d.getByTestId('on-time-tag')).toHaveText('按期');

  // 不满意 needs a reason, and reopens the item.
  await d.getByTestId('act-evaluate').click();
  await app.getByTestId('verdict-choice').getByText('不满意').click();
  await app.getByTestId('verdict-submit').click();
  await expect(app.getByRole('alert').filter({ hasText: '不满意时请填写原因' })).toBeVisible();
  await app.getByTestId('verdict-note').fill('北门东侧那盏还是不亮');
  await dialogOk(app, 'verdict-submit');
  await expect(d.getByTestId('state-tag')).toHaveText('重新办理');

  await d.getByTestId('act-reply').click();
  await app.getByTestId('reply-text').fill('东侧路灯线路已修复');
  await dialogOk(app, 'reply-submit');
  await expect(d.getByTestId('state-tag')).toHaveText('已反馈');
  await app.keyboard.press('Escape');
  await expect(d).toBeHidden();

  // 回访: nobody answers first; the call stays listed with its attempt.
  await app.getByRole('tab', { name: '回访' }).click();
  const call = app.getByTestId('callback-row').filter({ hasText: LAMP_PROMISE });
  await expect(call).toContainText('王阿姨');
  await expect(call).toContainText('13800001234');
  await expect(call).toContainText('东侧路灯线路已修复');
  await call.getByTestId('callback-no-answer').click();
  await expect(call.getByTestId('callback-attempts')).toHaveText('无人接听 1 次');

  // Then it goes through: 满意, which presets 已解决.
  await call.getByTestId('callback-answered').click();
  await app.getByTestId('verdict-choice').getByText('满意', { exact: true }).click();
  await expect(app.getByTestId('verdict-end').getByRole('radio', { name: '已解决' })).toBeChecked();
  await dialogOk(app, 'verdict-submit');
  await expect(call).toBeHidden();

  await app.getByRole('tab', { name: '事项清单' }).click();
  await expect(row(app, LAMP_PROMISE).getByTestId('state-tag')).toHaveText('已解决');

  // The timeline runs from the question in the hall to the verdict.
  await row(app, LAMP_PROMISE).click();
  const timeline = drawer(app).getByTestId('drawer-timeline');
  await expect(timeline).toContainText(LAMP);
  await expect(timeline).toContainText('北门东侧那盏还是不亮');
  await expect(timeline).toContainText('满意');
  const entries = await timeline.getByTestId('timeline-entry').count();
  expect(entries).toBeGreaterThanOrEqual(7);
  await app.keyboard.press('Escape');
  await expect(drawer(app)).toBeHidden();

  // Bulk 办理中 over both: the solved one is refused by name, the other moves; 撤销 takes it back.
  await app.getByTestId('select-all').click();
  await app.getByTestId('bulk-start').click();
  const result = app.getByTestId('bulk-result');
  await expect(result).toContainText('已更新 1 项');
  await expect(result).toContainText(LAMP_PROMISE.slice(0, 12));
  await expect(row(app, PARKING).getByTestId('state-tag')).toHaveText('办理中');
  await result.getByTestId('bulk-undo').click();
  await expect(app.getByTestId('undo-result')).toContainText('已撤销，恢复 1 项');
  await expect(row(app, PARKING).getByTestId('state-tag')).toHaveText('已交办');

  // Ctrl+Z undoes a bulk change too.
  await row(app, PARKING).getByTestId('row-check').click();
  await app.getByTestId('bulk-start').click();
  await expect(row(app, PARKING).getByTestId('state-tag')).toHaveText('办理中');
  await app.getByTestId('follow-count').click();
  await app.keyboard.press('Control+z');
  await expect(app.getByTestId('undo-result')).toContainText('已撤销，恢复 1 项');
  await expect(row(app, PARKING).getByTestId('state-tag')).toHaveText('已交办');

  await app.reload();
  await app.getByTestId('follow-list').waitFor();
  await expect(row(app, LAMP_PROMISE).getByTestId('state-tag')).toHaveText('已解决');
  await expect(row(app, PARKING).getByTestId('state-tag')).toHaveText('已交办');
  const stored = (await host.call('followUps.list', { meetingId })).rows;
  expect(stored.map((r) => r.state).sort()).toEqual(['assigned', 'solved']);

  // Keyboard: j selects the first row, Enter opens it, Esc closes.
  await app.keyboard.press('j');
  await expect(app.locator('[data-testid="follow-row"][aria-selected="true"]')).toHaveCount(1);
  await app.keyboard.press('Enter');
  await expect(drawer(app)).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(drawer(app)).toBeHidden();
});

test('before the meeting closes the list explains where items come from, and one can be added by hand', async ({
  app,
  host,
}) => {
  const meeting = (await host.call('meetings.list', {})).find((m) => m.title === MEETING);
  if (!meeting) throw new Error(`no meeting ${MEETING}`);
  await openFollowUp(app, meeting.id);
  const empty = app.getByTestId('follow-empty');
  await expect(empty).toContainText('会议闭幕时');
  await empty.getByRole('button', { name: '新增事项' }).click();
  await app.getByTestId('item-form-submit').click();
  await expect(app.getByRole('alert').filter({ hasText: '请填写事项内容' })).toBeVisible();
  await app.getByTestId('item-form-title').fill('社区活动室空调维修');
  await expect(app.getByText('仅工作人员可见')).toBeVisible();
  await dialogOk(app, 'item-form-submit');
  await expect(row(app, '社区活动室空调维修').getByTestId('state-tag')).toHaveText('已交办');

  // 全部会议 shows the meeting column.
  await app.getByTestId('follow-scope').getByText('全部会议').click();
  await expect(row(app, '社区活动室空调维修')).toContainText(MEETING);
  expect(await horizontalOverflow(app)).toBeLessThanOrEqual(0);
});
