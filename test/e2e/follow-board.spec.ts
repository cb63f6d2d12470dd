import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { FollowUpAction, FollowUpItem } from '../../shared/domain';
import { dayjs, OFFICE_TIME_ZONE } from '../../shared/logic/shanghai-time';
import { expect, test } from './support/fixtures';
import { repoRoot, type HostMode } from './support/host-mode';
import { horizontalOverflow, SIZES } from './support/page-checks';

const SHOTS = join(repoRoot, 'artifacts', 'screenshots');
const TITLE = '停车管理专题报告会';
const by = '工作人员';
const RESIDENT = { name: '王桂芳', phone: '13801012345' };
const HOTLINE = '010-67671234';

/** The services count days from the clock: the meeting is put five days back, so its notice is due today. */
const beijingDay = (offset: number) => dayjs().tz(OFFICE_TIME_ZONE).add(offset, 'day').format('YYYY-MM-DD');
const today = beijingDay(0);
const meetingDay = beijingDay(-5);

interface Seeded {
  meetingId: string;
  titles: string[];
}

/**
 * 城管办 4 items (1 solved, 1 partly, 1 closed unsolved, 1 open), 房管所 3 (2 solved, 1 open past its
 * deadline), 司法所 1: with a minimum of 3, 司法所 is shown but not ranked.
 */
async function seedFollowUps(host: HostMode): Promise<Seeded> {
  await host.call('office.update', { name: '方庄街道办事处', phone: HOTLINE });
  const meetingId = (
    await host.call('meetings.create', {
      title: TITLE,
      level: 'topic',
      startsAt: `${meetingDay}T09:30:00+08:00`,
      venue: '街道二楼会议室',
    })
  ).id;
  const cg = (await host.call('departments.create', { name: '城市管理办公室' })).id;
  const fg = (await host.call('departments.create', { name: '房管所' })).id;
  const sf = (await host.call('departments.create', { name: '司法所' })).id;
  const community = (await host.call('communities.create', { name: '芳城园一区社区' })).id;
  await host.call('live.close', { meetingId, by });
  const settings = await host.call('followUps.settings.get', {});
  await host.call('followUps.settings.set', { settings: { ...settings, rankMinItems: 3 }, by });

  const titles: string[] = [];
  const make = async (
    title: string,
    leadDepartmentId: string,
    deadline: string,
    steps: FollowUpAction[],
    resident = { name: '', phone: '' },
  ) => {
    titles.push(title);
    let item: FollowUpItem = await host.call('followUps.create', {
      meetingId,
      draft: { title, listType: 'deadline', leadDepartmentId, deadline, communityId: community, resident },
      by,
    });
    for (const action of steps)
      item = await host.call('followUps.act', {
        meetingId,
        id: item.id,
        expectedRevision: item.revision,
        action,
        by,
      });
  };
  const reply = (text: string): FollowUpAction => ({ kind: 'reply', date: today, text });
  const verdict = (end: 'solved' | 'partly_solved'): FollowUpAction => ({
    kind: 'evaluate',
    verdict: end === 'solved' ? 'satisfied' : 'basically_satisfied',
    channel: 'visit',
    end,
  });
  const later = beijingDay(20);
  await make(
    '芳城园一区增设夜间共享车位',
    cg,
    later,
    [{ kind: 'start' }, reply('已增设夜间共享车位 30 个'), verdict('solved')],
    RESIDENT,
  );
  await make('清理一区楼下僵尸车', cg, later, [
    reply('已拖移 6 辆，其余待车主认领'),
    verdict('partly_solved'),
  ]);
  await make('一区地下车库改建', cg, later, [
    { kind: 'close_unsolved', reason: '产权不属街道，已报区住建委' },
  ]);
  await make('规范二区电动车充电', cg, later, []);
  await make('三号楼楼道漏水维修', fg, later, [reply('已更换破损水管'), verdict('solved')]);
  await make('五号楼外墙脱落修补', fg, later, [reply('外墙已修补完毕'), verdict('solved')]);
  await make('六号楼电梯加装协调', fg, beijingDay(-1), [{ kind: 'start' }]);
  await make('邻里纠纷调解', sf, later, []);
  return { meetingId, titles };
}

async function openFollowUp(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: /会议列表/ }).click();
  await page
    .locator('tr.ant-table-row')
    .filter({ hasText: TITLE })
    .getByRole('button', { name: TITLE })
    .click();
  await page.getByRole('tab', { name: '跟踪' }).click();
}

const rowOf = (page: Page, table: string, name: string) =>
  page.getByTestId(table).locator('tr.ant-table-row').filter({ hasText: name });

test('the scoreboard states every rate with its fraction, ranks only above the minimum, takes a community rating', async ({
  app,
  host,
}) => {
  await seedFollowUps(host);
  await openFollowUp(app);

  // The notice is due today: five days after the meeting (the default).
  await expect(app.getByTestId('reminder-notice')).toContainText(today);
  await expect(app.getByTestId('reminder-deadlines-passed')).toContainText('1 项已过办理期限');

  await app.getByRole('tab', { name: '部门成绩榜' }).click();
  await expect(app.getByTestId('scoreboard-period')).toContainText(`至 ${today}（北京时间），共 8 项`);

  const fg = rowOf(app, 'scoreboard-ranked', '房管所');
  await expect(fg).toContainText('1');
  await expect(fg).toContainText('66.7%（2/3）');
  await expect(fg).toContainText('100.0%（2/2）');
  const cg = rowOf(app, 'scoreboard-ranked', '城市管理办公室');
  await expect(cg).toContainText('25.0%（1/4）');
  await expect(cg.locator('td').first()).toHaveText('2');
  await expect(fg.locator('td').first()).toHaveText('1');
  // No community rating yet: a dash, not 0%.
  await expect(cg.locator('td').last()).toHaveText('—');

  await expect(app.getByText('事项不足 3 项，不参与排名')).toBeVisible();
  await expect(rowOf(app, 'scoreboard-unranked', '司法所')).toContainText('—');
  await expect(app.getByTestId('scoreboard-ranked')).not.toContainText('司法所');
  await expect(app.getByTestId('scoreboard-week')).toContainText(
    '会后一周内解决 3 项，占全部 8 项：37.5%（3/8）',
  );

  mkdirSync(SHOTS, { recursive: true });
  for (const size of SIZES) {
    await app.setViewportSize(size);
    await expect(app.getByTestId('scoreboard-chart')).toBeVisible();
    // The chart follows the window a frame or two later (its container observes the resize).
    await expect
      .poll(() => horizontalOverflow(app), { message: `overflow at ${size.width}×${size.height}` })
      .toBe(0);
    await app.screenshot({
      path: join(SHOTS, `follow-scoreboard-${size.width}x${size.height}.png`),
      fullPage: true,
    });
  }

  const form = app.getByTestId('community-rating');
  await form.getByRole('button', { name: '记录评议' }).click();
  await expect(form).toContainText('请选择评议社区');
  await form.getByTestId('rating-community').click();
  await app.locator('.ant-select-dropdown:visible').getByText('芳城园一区社区').click();
  await form.getByTestId('rating-department').click();
  await app.locator('.ant-select-dropdown:visible').getByText('城市管理办公室').click();
  await form.getByText('基本满意').click();
  await form.getByRole('button', { name: '记录评议' }).click();
  await expect(app.getByText('社区评议已记录')).toBeVisible();
  await expect(cg.locator('td').last()).toHaveText('100.0%（1/1）');
});

test('the public notice prints on A4 with states and counts and without any resident data', async ({
  app,
  host,
}) => {
  const { meetingId, titles } = await seedFollowUps(host);
  await openFollowUp(app);
  await app.getByRole('tab', { name: '反馈公示' }).click();
  await expect(app.getByTestId('notice-sheet')).toContainText(`截至 ${today}`);
  await expect(app.getByTestId('notice-counts')).toContainText('已解决 3 项（共 8 项）');

  const popup = app.waitForEvent('popup');
  await app.getByTestId('notice-print').click();
  const notice = await popup;
  await notice.waitForLoadState();
  expect(new URL(notice.url()).searchParams.get('view')).toBe('notice');
  expect(new URL(notice.url()).searchParams.get('meeting')).toBe(meetingId);
  await expect(notice.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await expect(notice.getByTestId('notice-hotline')).toContainText(HOTLINE);

  mkdirSync(SHOTS, { recursive: true });
  const pdfPath = join(SHOTS, 'follow-notice.pdf');
  await notice.emulateMedia({ media: 'print' });
  writeFileSync(pdfPath, await notice.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', pdfPath, join(SHOTS, 'follow-notice')]);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
  const flat = text.replace(/\s+/g, '');

  expect(flat).not.toContain(RESIDENT.name);
  expect(flat).not.toContain(RESIDENT.phone);
  for (const title of titles) expect(flat).toContain(title.replace(/\s+/g, ''));
  for (const state of ['已解决', '部分解决', '已办结未解决', '办理中', '已交办', '逾期'])
    expect(flat).toContain(state);
  expect(flat).toContain(`截至${today}`);
  expect(flat).toContain('已解决3项（共8项）');
  expect(flat).toContain(`监督电话：${HOTLINE}`);

  // A phone (WeChat) screenshot: no sideways scrolling, the title still large.
  await notice.emulateMedia({ media: 'screen' });
  await notice.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(notice)).toBe(0);
  await notice.screenshot({ path: join(SHOTS, 'follow-notice-phone.png'), fullPage: true });
  await notice.close();

  // Printed from the browser, the notice is marked as put up by hand; its reminder then stops.
  await expect(app.getByTestId('reminder-notice')).toBeVisible();
  await app.getByTestId('notice-mark').click();
  await expect(app.getByTestId('notice-published')).toContainText(`已于 ${today}`);
  await expect(app.getByTestId('reminder-notice')).toHaveCount(0);
});
