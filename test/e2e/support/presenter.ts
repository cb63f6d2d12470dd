import type { Page } from '@playwright/test';
import type { CardInput } from '../../../shared/domain';
import type { HostMode } from './host-mode';

export const REPORT_MEETING = '方庄街道 2025 年上半年向群众报告工作会';

/**
 * Eight cards with two agenda parts and one hidden card: what the presenter tests drive. `visible`
 * are the ids in presenting order (the hidden one left out), as number + Enter counts them.
 */
export const PRESENTER_CARDS: CardInput[] = [
  {
    id: 'c-cover',
    kind: 'cover',
    title: '2025 年上半年工作报告',
    subtitle: '方庄街道',
    dateText: '2025 年 7 月',
  },
  {
    id: 'c-part1',
    kind: 'agenda',
    title: '第一部分 亮家底',
    plannedMinutes: 10,
    notes: '先讲成绩，再讲短板。',
  },
  {
    id: 'c-rate',
    kind: 'figure',
    title: '工单解决率',
    label: '解决率',
    figure: { source: 'manual', value: 93.6, unit: '%', denominator: '109 件工单', period: '2025 年上半年' },
    notes: '102 件解决，7 件仍在办理。',
  },
  {
    id: 'c-list',
    kind: 'list',
    title: '立即整改事项',
    items: [{ text: '芳群园小区电梯维修' }, { text: '蒲黄榆路段积水治理' }],
  },
  { id: 'c-hidden', kind: 'list', title: '备用：不放映的卡片', hidden: true, items: [{ text: '备用条目' }] },
  { id: 'c-part2', kind: 'agenda', title: '第二部分 亮短板', plannedMinutes: 5 },
  {
    id: 'c-short',
    kind: 'shortcoming',
    title: '停车难仍未解决',
    problem: '老旧小区夜间停车位不足',
    cause: '规划车位少',
    measure: '错峰共享停车',
    deadline: '2025-12-31',
  },
  {
    id: 'c-close',
    kind: 'closing',
    title: '谢谢大家',
    contact: '街道服务热线 12345',
    nextMeeting: '2026 年 1 月',
  },
];

export const VISIBLE_IDS = PRESENTER_CARDS.filter((c) => !c.hidden).map((c) => c.id);

/** A meeting with `cards` as its report card; returns the meeting id. */
export async function seedReport(host: HostMode, cards: CardInput[] = PRESENTER_CARDS): Promise<string> {
  const meeting = await host.call('meetings.create', {
    title: REPORT_MEETING,
    level: 'street',
    startsAt: '2025-07-10T14:30:00+08:00',
    status: 'scheduled',
    venue: '方庄街道办事处三楼会议室',
  });
  const current = await host.call('report.get', { meetingId: meeting.id });
  await host.call('report.save', {
    meetingId: meeting.id,
    cards,
    settings: current.settings,
    expectedRevision: current.revision,
  });
  return meeting.id;
}

/** Opens the presenter console of a meeting in a page already on the app (the place survives a reload). */
export async function openConsole(page: Page, meetingId: string): Promise<void> {
  await page.evaluate(
    (id) => window.sessionStorage.setItem('rbd.place', JSON.stringify({ screen: 'console', meetingId: id })),
    meetingId,
  );
  await page.reload();
  await page.getByTestId('console-current').waitFor();
}

/** The projector page of a meeting, at its own address with the host's token. */
export function projectorUrl(host: HostMode, meetingId: string): string {
  const address = new URL(host.url);
  return `${address.origin}/?view=projector&meeting=${encodeURIComponent(meetingId)}${address.hash}`;
}
