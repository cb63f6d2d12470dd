import { describe, expect, it } from 'vitest';
import { MAX_CARD_ROWS } from '../../shared/domain';
import { promisesCard } from '../../shared/logic/card-factory';
import { promisesSummary, promiseStatusText } from '../../shared/logic/figure-text';
import { promiseStatus } from '../../shared/logic/promises-view';
import { commitment, counter, followUpOf, OFFICE, onlyView, PREVIOUS_MEETING } from './support';

const newId = counter();
const meetingDate = '2024-07-12';

describe('where a promise stands', () => {
  const today = '2025-07-01';
  const at = { today, meetingDate, office: OFFICE };
  const c = (deadline: string | null) => commitment({ id: 'a', text: 'x', deadline });

  it('已交办 while no follow-up item carries it yet; else the item state', () => {
    expect(promiseStatus(null, at)).toBe('assigned');
    expect(promiseStatus(followUpOf(c(null), 'assigned'), at)).toBe('assigned');
    expect(promiseStatus(followUpOf(c(null), 'in_progress'), at)).toBe('in_progress');
    expect(promiseStatus(followUpOf(c(null), 'replied'), at)).toBe('replied');
    expect(promiseStatus(followUpOf(c(null), 'reopened'), at)).toBe('reopened');
    for (const end of ['solved', 'partly_solved', 'closed_unsolved'] as const) {
      expect(promiseStatus(followUpOf(c(null), end), at)).toBe(end);
    }
  });

  it('overdue once the deadline is before today and it is open; due today is not overdue', () => {
    expect(promiseStatus(followUpOf(c('2025-06-30'), 'in_progress'), at)).toBe('overdue');
    expect(promiseStatus(followUpOf(c('2025-07-01'), 'in_progress'), at)).toBe('in_progress');
    expect(promiseStatus(followUpOf(c(null), 'in_progress'), at)).toBe('in_progress');
    // Ended items keep their honest end state, late or not.
    expect(promiseStatus(followUpOf(c('2024-12-31'), 'solved', { repliedOn: '2025-02-01' }), at)).toBe(
      'solved',
    );
  });

  it("the item's deadline is the one in force: a deadline moved in 跟踪 is not overdue", () => {
    expect(promiseStatus(followUpOf(c('2025-06-30'), 'in_progress', { deadline: '2025-09-30' }), at)).toBe(
      'in_progress',
    );
  });
});

describe('the promises card', () => {
  const commitments = [
    commitment({ id: 'p1', text: '3号楼电梯更换', deadline: '2024-12-31' }),
    commitment({ id: 'p2', text: '增设夜间停车位', deadline: '2025-03-31' }),
    commitment({ id: 'p3', text: '楼道清理', deadline: null }),
    commitment({
      id: 'p4',
      text: '路灯维修',
      deadline: '2025-09-30',
      leadDepartmentId: 'd-prop',
      coDepartmentIds: ['d-city', 'gone'],
    }),
    commitment({ id: 'p5', text: '小区道路翻修', deadline: '2025-05-31' }),
    commitment({ id: 'p6', text: '充电桩整治', deadline: '2025-04-30' }),
    ...Array.from({ length: 4 }, (_, i) =>
      commitment({ id: `q${i}`, text: `其他承诺 ${i}`, deadline: `2025-1${i % 3}-01` }),
    ),
  ];
  const [p1, p2, p3, , p5, p6, ...rest] = commitments;
  const followUps = [
    followUpOf(p1!, 'solved', { repliedOn: '2024-12-31' }),
    followUpOf(p2!, 'in_progress'),
    followUpOf(p3!, 'solved'),
    // p4 has no item yet.
    followUpOf(p5!, 'partly_solved', { repliedOn: '2025-05-20' }),
    followUpOf(p6!, 'closed_unsolved', { repliedOn: '2025-04-20' }),
    ...rest.map((c) => followUpOf(c, 'solved')),
  ];
  const view = onlyView('promises', promisesCard(newId, '上次我们承诺的'), {
    previous: { meeting: PREVIOUS_MEETING, commitments, followUps },
    today: '2025-07-01',
  });

  it('shows at most seven, open ones first by deadline, and counts all', () => {
    expect(view.items).toHaveLength(MAX_CARD_ROWS);
    expect(view.items.slice(0, 2).map((i) => [i.text, i.status])).toEqual([
      ['增设夜间停车位', 'overdue'],
      ['路灯维修', 'assigned'],
    ]);
    expect(view.items[2]!.text).toBe('3号楼电梯更换');
    expect(view.total).toBe(10);
    expect(view.asOf).toBe('2025-07-01');
    expect(view.previous).toEqual({
      id: PREVIOUS_MEETING.id,
      title: PREVIOUS_MEETING.title,
      startsAt: PREVIOUS_MEETING.startsAt,
    });
  });

  it('done counts only 已解决: never partly solved or closed unsolved', () => {
    // p1, p3 and the four others are solved; p5 partly, p6 closed unsolved.
    expect(view.done).toBe(6);
    const statuses = Object.fromEntries(view.items.map((i) => [i.text, i.status]));
    expect(statuses['小区道路翻修']).toBe('partly_solved');
    expect(statuses['充电桩整治']).toBe('closed_unsolved');
  });

  it("a commitment of another meeting's item is not matched: 已交办", () => {
    const other = onlyView('promises', promisesCard(newId, ''), {
      previous: { meeting: PREVIOUS_MEETING, commitments: [p2!], followUps: [followUpOf(p1!, 'solved')] },
      today: '2025-07-01',
    });
    expect(other.items.map((i) => i.status)).toEqual(['assigned']);
    expect(other.done).toBe(0);
  });

  it('names the lead department first, then the others the office still has', () => {
    expect(view.items[1]!.department).toBe('物业管理中心、城管科');
  });

  it('says how many were promised and solved, as of when, and how many are not listed', () => {
    expect(promisesSummary(view, 'zh-CN')).toBe(
      '上次承诺 10 项，已解决 6 项（截至 2025-07-01）（另有 3 项未列出）',
    );
    expect(promisesSummary(view, 'en-US')).toBe(
      '10 promised last time, 6 solved (as of 2025-07-01) (3 more not shown)',
    );
    expect(promiseStatusText('overdue', 'zh-CN')).toBe('已逾期');
    expect(promiseStatusText('partly_solved', 'zh-CN')).toBe('部分解决');
    expect(promiseStatusText('closed_unsolved', 'zh-CN')).toBe('已办结未解决');
  });

  it('no previous meeting: the view says so, with nothing made up', () => {
    const none = onlyView('promises', promisesCard(newId, ''), {});
    expect(none).toMatchObject({ previous: null, items: [], total: 0, done: 0 });
    expect(promisesSummary(none, 'zh-CN')).toBe('没有上一次会议，暂无承诺可回顾');
    const empty = onlyView('promises', promisesCard(newId, ''), {
      previous: { meeting: PREVIOUS_MEETING, commitments: [], followUps: [] },
    });
    expect(promisesSummary(empty, 'zh-CN')).toBe(`上次会议（${PREVIOUS_MEETING.title}）没有记录承诺事项`);
  });
});
