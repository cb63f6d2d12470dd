import type { Page } from '@playwright/test';
import { addDays, formatShanghai } from '../../shared/logic/shanghai-time';
import { opened } from './support/antd';
import { expect, seed, test } from './support/fixtures';
import type { HostMode } from './support/host-mode';

const MEETING = '芳城园社区向群众报告会';
const PARKING = '芳城园一区停车难';
const ELEVATOR = '三号楼电梯维修';
const CITY = '城市管理办公室';
const HOUSING = '房管所';
const COMMUNITY = '芳城园一区社区';
const BY = '工作人员';

const today = formatShanghai(new Date(), 'YYYY-MM-DD');
const deadline = formatShanghai(addDays(`${today}T12:00:00+08:00`, 60), 'YYYY-MM-DD');

test.use({
  seed: seed(
    ['office.update', { name: '方庄街道办事处' }],
    ['departments.create', { name: CITY }],
    ['departments.create', { name: HOUSING }],
    ['communities.create', { name: COMMUNITY }],
    ['meetings.create', { title: MEETING, level: 'community', startsAt: `${today}T09:30:00+08:00` }],
  ),
});

/** A 重大事项 grouped from two work orders, and a follow-up item entered by hand after the meeting. */
async function needs(host: HostMode): Promise<string> {
  const meeting = (await host.call('meetings.list', {})).find((m) => m.title === MEETING);
  if (!meeting) throw new Error(`no meeting ${MEETING}`);
  const meetingId = meeting.id;
  const office = await host.call('office.get', {});
  const city = office.departments.find((d) => d.name === CITY);
  const housing = office.departments.find((d) => d.name === HOUSING);
  const community = office.communities[0];
  if (!city || !housing || !community) throw new Error('the seed made no departments or community');
  const ids: string[] = [];
  for (const content of ['一区东门晚上没有车位', '一区停车位被外来车辆占用']) {
    const opinion = await host.call('opinions.create', {
      meetingId,
      opinion: { content, channel: 'hotline12345', category: '停车管理', communityName: COMMUNITY },
    });
    ids.push(opinion.id);
  }
  await host.call('groups.create', {
    meetingId,
    kind: 'item',
    title: PARKING,
    departmentId: city.id,
    listType: 'deadline',
    opinionIds: ids,
  });
  await host.call('live.close', { meetingId, by: BY });
  await host.call('followUps.create', {
    meetingId,
    draft: {
      title: ELEVATOR,
      listType: 'deadline',
      leadDepartmentId: housing.id,
      deadline,
      communityId: community.id,
    },
    by: BY,
  });
  return meetingId;
}

async function openStage(page: Page, meetingId: string, stage: 'prepare' | 'followUp'): Promise<void> {
  await page.evaluate(
    ([id, s]) => {
      window.sessionStorage.setItem('rbd.place', JSON.stringify({ screen: 'workbench', meetingId: id }));
      window.sessionStorage.setItem('rbd.stage', s);
    },
    [meetingId, stage] as const,
  );
  await page.reload();
}

const makeDialog = (page: Page) => page.getByRole('dialog', { name: '转为民生项目' });

test('a 重大事项 and a follow-up item become projects in one step, each with its source, shown in 项目池', async ({
  app,
  host,
}) => {
  const meetingId = await needs(host);

  // 准备: the group's row offers 转为民生项目; no batch is open, so the dialog offers to open 第一批.
  await openStage(app, meetingId, 'prepare');
  await app.getByRole('tab', { name: '重大事项与任务库' }).click();
  const groupRow = app.locator('tr.ant-table-row').filter({ hasText: PARKING });
  await groupRow.getByTestId('make-project').click();
  const dialog = await opened(makeDialog(app));
  await expect(dialog.getByTestId('make-project-source')).toHaveText(`来源：重大事项《${PARKING}》`);
  await expect(dialog.getByTestId('make-project-name')).toHaveValue(PARKING);
  await expect(dialog).toContainText('方便市民出行');
  await expect(dialog).toContainText('开启第一批并加入');
  await expect(dialog.getByLabel('街镇', { exact: true })).toHaveValue('方庄街道');
  await expect(dialog.getByLabel('责任单位', { exact: true })).toHaveValue(CITY);
  await dialog.getByTestId('make-project-ok').click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('project-made')).toContainText('已加入民生项目池（第一批）');
  await expect(groupRow.getByTestId('make-project-done')).toBeDisabled();
  await expect(groupRow.getByTestId('make-project')).toHaveCount(0);

  // 跟踪: the item's drawer has the same button; the open batch is now 第一批.
  await openStage(app, meetingId, 'followUp');
  await app.getByTestId('follow-row').filter({ hasText: ELEVATOR }).click();
  const drawer = app.getByRole('dialog', { name: '跟踪事项' });
  await drawer.getByTestId('make-project').click();
  const second = await opened(makeDialog(app));
  await expect(second.getByTestId('make-project-source')).toHaveText(`来源：跟踪事项《${ELEVATOR}》`);
  await expect(second).toContainText('改善居住条件');
  await expect(second).toContainText('第一批');
  await expect(second).not.toContainText('开启');
  await expect(second.getByLabel('社区', { exact: true })).toHaveValue(COMMUNITY);
  await expect(second.getByLabel('责任单位', { exact: true })).toHaveValue(HOUSING);
  await expect(second.getByTestId('make-project-deadline')).toHaveValue(deadline);
  await second.getByTestId('make-project-ok').click();
  await expect(second).toBeHidden();
  await expect(drawer.getByTestId('make-project-done')).toBeDisabled();

  // 查看 goes to 项目池, where both projects stand with what they came from.
  await expect(app.getByTestId('project-made')).toContainText('已加入民生项目池（第一批）');
  await app.getByTestId('project-made-view').click();
  await expect(app.getByRole('heading', { name: '民生项目池' })).toBeVisible();
  const table = app.getByTestId('projects-table');
  await expect(table.locator('tr.ant-table-row')).toHaveCount(2);
  await table.locator('tr.ant-table-row').filter({ hasText: PARKING }).click();
  const projectDrawer = app.getByTestId('project-drawer');
  await expect(projectDrawer).toContainText(PARKING);

  const pool = await host.call('projects.pool', {});
  expect(pool.batches.map((b) => b.name)).toEqual(['第一批']);
  const parking = pool.projects.find((p) => p.name === PARKING);
  const elevator = pool.projects.find((p) => p.name === ELEVATOR);
  expect(parking).toMatchObject({ category: 'travel', town: '方庄街道', leadUnit: CITY, deadline: null });
  expect(parking?.sources).toEqual([{ kind: 'group', meetingId, refId: expect.any(String), label: PARKING }]);
  expect(elevator).toMatchObject({ category: 'living', community: COMMUNITY, leadUnit: HOUSING, deadline });
  expect(elevator?.sources.map((s) => s.kind)).toEqual(['followUp']);
});
