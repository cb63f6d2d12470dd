import { describe, expect, it } from 'vitest';
import type { CommunityRating, FollowUpRow } from '../../shared/domain';
import { computeScoreboard } from '../../shared/logic/follow-up/scoreboard';
import { makeRow as row } from './support/rows';

const departments = [
  { id: 'd1', name: '住建局' },
  { id: 'd2', name: '城管局' },
  { id: 'd3', name: '交通局' },
  { id: 'd4', name: '民政局' },
];
const board = (rows: FollowUpRow[], ratings: CommunityRating[] = []) =>
  computeScoreboard({ rows, ratings, departments, meetingIds: ['m1'], asOf: '2025-04-01', rankMinItems: 5 });

describe('scoreboard', () => {
  it('counts solved only for solved, with partly and unsolved apart', () => {
    const b = board([
      row({ state: 'solved', finishedOn: '2025-03-10' }),
      row({ state: 'partly_solved', finishedOn: '2025-03-10' }),
      row({ state: 'closed_unsolved', finishedOn: '2025-03-10' }),
    ]);
    expect(b.totals).toMatchObject({ items: 3, solved: 1, partlySolved: 1, closedUnsolved: 1, onTime: 3 });
  });

  it('counts solved within a week of the meeting: day 7 counts, day 8 does not', () => {
    const b = board([
      row({ state: 'solved', finishedOn: '2025-03-12' }),
      row({ state: 'solved', finishedOn: '2025-03-13' }),
      row({ state: 'partly_solved', finishedOn: '2025-03-06' }),
    ]);
    expect(b.totals.solvedInWeek).toBe(1);
    expect(b.totals.solved).toBe(2);
  });

  it('counts on time through the deadline day, and finished without a deadline as on time', () => {
    const b = board([
      row({ state: 'replied', finishedOn: '2025-03-20' }),
      row({ state: 'replied', finishedOn: '2025-03-21', overdue: true }),
      row({ state: 'replied', finishedOn: '2025-03-21', deadline: null }),
      row({ state: 'assigned', deadline: null }),
    ]);
    expect(b.totals).toMatchObject({ onTime: 2, overdue: 1 });
  });

  it('shows a department under the minimum with its counts but no rank', () => {
    const rows = [
      ...Array.from({ length: 4 }, () =>
        row({ leadDepartmentId: 'd1', state: 'solved', finishedOn: '2025-03-10' }),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        row({
          leadDepartmentId: 'd2',
          state: i < 2 ? 'solved' : 'assigned',
          finishedOn: i < 2 ? '2025-03-10' : null,
        }),
      ),
    ];
    const b = board(rows);
    expect(b.departments.map((d) => [d.departmentId, d.items, d.solved, d.ranked, d.rank])).toEqual([
      ['d1', 4, 4, false, null],
      ['d2', 5, 2, true, 1],
    ]);
  });

  it('ranks by solved rate, then satisfaction, ties share a rank (1, 1, 3) in office order', () => {
    const five = (dept: string, solved: number, satisfied: number) =>
      Array.from({ length: 5 }, (_, i) =>
        row({
          leadDepartmentId: dept,
          state: i < solved ? 'solved' : 'assigned',
          verdict: i < satisfied ? 'satisfied' : i < 5 ? 'dissatisfied' : null,
        }),
      );
    const b = board([...five('d3', 3, 3), ...five('d1', 3, 3), ...five('d2', 3, 4), ...five('d4', 1, 5)]);
    expect(b.departments.map((d) => [d.departmentId, d.rank])).toEqual([
      ['d1', 2],
      ['d2', 1],
      ['d3', 2],
      ['d4', 4],
    ]);
  });

  it('keeps items without a lead in the totals and the unassigned count, and leaves out empty departments', () => {
    const b = board([row({ leadDepartmentId: null }), row({ leadDepartmentId: 'd2' })]);
    expect(b.unassigned).toBe(1);
    expect(b.totals.items).toBe(2);
    expect(b.departments.map((d) => d.departmentId)).toEqual(['d2']);
  });

  it('counts satisfaction over rated items from the latest verdict', () => {
    const b = board([
      row({ verdict: 'basically_satisfied' }),
      row({ verdict: 'dissatisfied' }),
      row({ verdict: null }),
    ]);
    expect(b.totals).toMatchObject({ rated: 2, satisfied: 1 });
  });

  it("counts a community's latest rating of a department once", () => {
    const rating = (id: string, communityId: string, verdict: CommunityRating['verdict'], at: string) => ({
      id,
      communityId,
      departmentId: 'd1',
      verdict,
      note: '',
      at,
      by: '工作人员',
    });
    const b = board(
      [row()],
      [
        rating('a', 'c1', 'dissatisfied', '2025-03-10T10:00:00+08:00'),
        rating('b', 'c1', 'satisfied', '2025-03-12T10:00:00+08:00'),
        rating('c', 'c2', 'dissatisfied', '2025-03-11T10:00:00+08:00'),
      ],
    );
    expect(b.departments[0]).toMatchObject({ communityRated: 2, communitySatisfied: 1 });
    expect(b.totals).toMatchObject({ communityRated: 2, communitySatisfied: 1 });
  });

  it('lists a department that leads nothing but was rated by a community, unranked; not one never rated', () => {
    const b = board(
      [row({ leadDepartmentId: 'd1' })],
      [
        {
          id: 'r',
          communityId: 'c1',
          departmentId: 'd2',
          verdict: 'satisfied',
          note: '',
          at: '2025-03-12T10:00:00+08:00',
          by: '工作人员',
        },
      ],
    );
    expect(b.departments.map((d) => d.departmentId)).toEqual(['d1', 'd2']);
    expect(b.departments[1]).toMatchObject({ items: 0, communityRated: 1, ranked: false, rank: null });
  });

  it('gives the period from the earliest meeting day, null without rows', () => {
    expect(board([row({ meetingDate: '2025-03-05' }), row({ meetingDate: '2025-02-01' })]).from).toBe(
      '2025-02-01',
    );
    expect(board([]).from).toBeNull();
  });
});
