import { describe, expect, it } from 'vitest';
import { MAX_CARD_ROWS } from '../../shared/domain';
import { promisesCard } from '../../shared/logic/card-factory';
import { promisesSummary, promiseStatusText } from '../../shared/logic/figure-text';
import { promiseStatus } from '../../shared/logic/promises-view';
import { commitment, counter, onlyView, PREVIOUS_MEETING } from './support';

const newId = counter();
const at = '2024-08-01T10:00:00+08:00';
const step = (stage: 'assigned' | 'inProgress' | 'done' | 'evaluated') => ({ at, stage, note: '', by: '' });

describe('where a promise stands', () => {
  const today = '2025-07-01';

  it('the last follow-up step, assigned before any', () => {
    expect(promiseStatus(commitment({ id: 'a', text: 'x' }), today)).toBe('assigned');
    expect(
      promiseStatus(
        commitment({ id: 'a', text: 'x', history: [step('assigned'), step('inProgress')] }),
        today,
      ),
    ).toBe('inProgress');
    expect(
      promiseStatus(commitment({ id: 'a', text: 'x', history: [step('inProgress'), step('done')] }), today),
    ).toBe('done');
  });

  it('overdue once the deadline is before today and it is not done; due today is not overdue', () => {
    const open = { id: 'a', text: 'x', history: [step('inProgress')] };
    expect(promiseStatus(commitment({ ...open, deadline: '2025-06-30' }), today)).toBe('overdue');
    expect(promiseStatus(commitment({ ...open, deadline: '2025-07-01' }), today)).toBe('inProgress');
    expect(promiseStatus(commitment({ ...open, deadline: null }), today)).toBe('inProgress');
    expect(
      promiseStatus(
        commitment({ id: 'a', text: 'x', deadline: '2024-12-31', history: [step('done')] }),
        today,
      ),
    ).toBe('done');
  });

  it('a recorded verdict counts as evaluated', () => {
    const evaluation = { at, satisfied: 30, basicallySatisfied: 5, dissatisfied: 1, note: '' };
    expect(
      promiseStatus(commitment({ id: 'a', text: 'x', history: [step('done')], evaluation }), today),
    ).toBe('evaluated');
  });
});

describe('the promises card', () => {
  const commitments = [
    commitment({ id: 'p1', text: '3号楼电梯更换', deadline: '2024-12-31', history: [step('done')] }),
    commitment({ id: 'p2', text: '增设夜间停车位', deadline: '2025-03-31', history: [step('inProgress')] }),
    commitment({ id: 'p3', text: '楼道清理', deadline: null, history: [step('evaluated')] }),
    commitment({
      id: 'p4',
      text: '路灯维修',
      deadline: '2025-09-30',
      leadDepartmentId: 'd-prop',
      coDepartmentIds: ['d-city', 'gone'],
    }),
    ...Array.from({ length: 6 }, (_, i) =>
      commitment({
        id: `q${i}`,
        text: `其他承诺 ${i}`,
        deadline: `2025-1${i % 3}-01`,
        history: [step('done')],
      }),
    ),
  ];
  const view = onlyView('promises', promisesCard(newId, '上次我们承诺的'), {
    previous: { meeting: PREVIOUS_MEETING, commitments },
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
    expect(view.done).toBe(8);
    expect(view.previous).toEqual({
      id: PREVIOUS_MEETING.id,
      title: PREVIOUS_MEETING.title,
      startsAt: PREVIOUS_MEETING.startsAt,
    });
  });

  it('names the lead department first, then the others the office still has', () => {
    expect(view.items[1]!.department).toBe('物业管理中心、城管科');
  });

  it('says how many were promised and done, and how many are not listed', () => {
    expect(promisesSummary(view, 'zh-CN')).toBe('上次承诺 10 项，已完成 8 项（另有 3 项未列出）');
    expect(promisesSummary(view, 'en-US')).toBe('10 promised last time, 8 done (3 more not shown)');
    expect(promiseStatusText('overdue', 'zh-CN')).toBe('已逾期');
  });

  it('no previous meeting: the view says so, with nothing made up', () => {
    const none = onlyView('promises', promisesCard(newId, ''), {});
    expect(none).toMatchObject({ previous: null, items: [], total: 0, done: 0 });
    expect(promisesSummary(none, 'zh-CN')).toBe('没有上一次会议，暂无承诺可回顾');
    const empty = onlyView('promises', promisesCard(newId, ''), {
      previous: { meeting: PREVIOUS_MEETING, commitments: [] },
    });
    expect(promisesSummary(empty, 'zh-CN')).toBe(`上次会议（${PREVIOUS_MEETING.title}）没有记录承诺事项`);
  });
});
