import { describe, expect, it } from 'vitest';
import { filterRows, groupRows, sortRows, type Names } from '../../shared/logic/follow-up/views';
import { makeRow } from './support/rows';

const names: Names = {
  departments: new Map([
    ['d1', '住建局'],
    ['d2', '城管局'],
  ]),
  communities: new Map([['c1', '幸福里社区']]),
  meetings: new Map([['m1', '三月报告会']]),
};

describe('follow-up views', () => {
  it('filters by folded title words and every other condition', () => {
    const a = makeRow({ title: 'ＷｉＦｉ 信号差 幸福里', state: 'assigned' });
    const b = makeRow({ title: 'wifi 覆盖', state: 'solved', coDepartmentIds: ['d2'] });
    const c = makeRow({ title: '路灯', overdue: true, communityId: 'c1', listType: 'ongoing' });
    const rows = [a, b, c];
    expect(filterRows(rows, { text: 'wifi' })).toEqual([a, b]);
    expect(filterRows(rows, { text: 'WIFI　幸福' })).toEqual([a]);
    expect(filterRows(rows, { text: 'wifi', states: ['solved'] })).toEqual([b]);
    expect(filterRows(rows, { departmentId: 'd2' })).toEqual([b]);
    expect(filterRows(rows, { overdueOnly: true })).toEqual([c]);
    expect(filterRows(rows, { communityId: 'c1', listType: 'ongoing' })).toEqual([c]);
    expect(filterRows(rows, { states: [] })).toEqual(rows);
    expect(filterRows(rows, { meetingId: 'm2' })).toEqual([]);
  });

  it('sorts stably with rows without a deadline last in both directions', () => {
    const a = makeRow({ deadline: '2025-03-10' });
    const none1 = makeRow({ deadline: null });
    const b = makeRow({ deadline: '2025-03-20' });
    const a2 = makeRow({ deadline: '2025-03-10' });
    const none2 = makeRow({ deadline: null });
    const rows = [a, none1, b, a2, none2];
    expect(sortRows(rows, 'deadline', 'asc', names)).toEqual([a, a2, b, none1, none2]);
    expect(sortRows(rows, 'deadline', 'desc', names)).toEqual([b, a, a2, none1, none2]);
  });

  it('sorts departments by name, unassigned last', () => {
    const x = makeRow({ leadDepartmentId: 'd1' });
    const y = makeRow({ leadDepartmentId: null });
    const z = makeRow({ leadDepartmentId: 'd2' });
    expect(sortRows([x, y, z], 'department', 'asc', names).map((r) => r.leadDepartmentId)).toEqual([
      'd2',
      'd1',
      null,
    ]);
  });

  it('groups in the fixed order, 未指定 last, deadline buckets from asOf', () => {
    const rows = [
      makeRow({ listType: 'ongoing', leadDepartmentId: null, deadline: null }),
      makeRow({ listType: 'immediate', leadDepartmentId: 'd1', deadline: '2025-03-08' }),
      makeRow({ listType: 'deadline', leadDepartmentId: 'd2', deadline: '2025-03-01', overdue: true }),
      makeRow({ listType: 'deadline', leadDepartmentId: 'd2', deadline: '2025-04-04' }),
      makeRow({ listType: 'deadline', leadDepartmentId: 'd2', deadline: '2025-04-05' }),
    ];
    expect(groupRows(rows, 'list', names, '2025-03-05').map((g) => [g.key, g.rows.length])).toEqual([
      ['immediate', 1],
      ['deadline', 3],
      ['ongoing', 1],
    ]);
    expect(groupRows(rows, 'department', names, '2025-03-05').map((g) => g.label)).toEqual([
      '城管局',
      '住建局',
      '未指定',
    ]);
    expect(groupRows(rows, 'deadline', names, '2025-03-05').map((g) => [g.label, g.rows.length])).toEqual([
      ['已逾期', 1],
      ['7 天内', 1],
      ['30 天内', 1],
      ['更晚', 1],
      ['无期限', 1],
    ]);
  });
});
