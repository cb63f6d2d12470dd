import { emptyCounts } from '../../shared/logic/follow-up/scoreboard';
import { describe, expect, it } from 'vitest';
import type { DepartmentScore, FollowUpReminder, PublicNotice } from '../../shared/domain/follow-up';
import {
  noticeByList,
  noticeCountLines,
  rateWithFraction,
  solvedRateBars,
  splitByRank,
  summarizeReminders,
} from '../../renderer/screens/follow-board/board-figures';

function dept(
  over: Partial<DepartmentScore> & Pick<DepartmentScore, 'departmentId' | 'name'>,
): DepartmentScore {
  return {
    ...emptyCounts(),
    ranked: false,
    rank: null,
    ...over,
  };
}

describe('rateWithFraction', () => {
  it('shows the rate with its fraction, and a dash without a denominator', () => {
    expect(rateWithFraction(8, 10)).toBe('80.0%（8/10）');
    expect(rateWithFraction(2, 3)).toBe('66.7%（2/3）');
    expect(rateWithFraction(0, 4)).toBe('0.0%（0/4）');
    expect(rateWithFraction(0, 0)).toBe('—');
  });
});

describe('splitByRank', () => {
  it('orders ranked departments by rank (ties keep both) and puts the rest by size apart', () => {
    const { ranked, unranked } = splitByRank([
      dept({ departmentId: 'a', name: '甲', items: 9, ranked: true, rank: 2 }),
      dept({ departmentId: 'b', name: '乙', items: 2 }),
      dept({ departmentId: 'c', name: '丙', items: 7, ranked: true, rank: 1 }),
      dept({ departmentId: 'd', name: '丁', items: 4 }),
      dept({ departmentId: 'e', name: '戊', items: 6, ranked: true, rank: 2 }),
    ]);
    expect(ranked.map((d) => d.departmentId)).toEqual(['c', 'a', 'e']);
    expect(unranked.map((d) => d.departmentId)).toEqual(['d', 'b']);
  });
});

describe('solvedRateBars', () => {
  it('labels each bar with its fraction and leaves out a department without items', () => {
    expect(
      solvedRateBars([
        dept({ departmentId: 'a', name: '甲', items: 3, solved: 2, ranked: true, rank: 1 }),
        dept({ departmentId: 'b', name: '乙', items: 0, ranked: true, rank: 2 }),
      ]),
    ).toEqual([{ name: '甲', rate: 66.7, label: '66.7%（2/3）' }]);
  });
});

describe('summarizeReminders', () => {
  const reminders: FollowUpReminder[] = [
    { kind: 'notice', meetingId: 'm1', dueOn: '2025-03-06', overdue: false },
    { kind: 'notice', meetingId: 'm2', dueOn: '2025-02-01', overdue: true },
    { kind: 'notice', meetingId: 'm3', dueOn: '2025-03-09', overdue: false },
    { kind: 'deadline', meetingId: 'm1', itemId: 'i2', deadline: '2025-03-04', overdue: true },
    { kind: 'deadline', meetingId: 'm1', itemId: 'i1', deadline: '2025-03-02', overdue: true },
    { kind: 'deadline', meetingId: 'm1', itemId: 'i3', deadline: '2025-03-08', overdue: false },
    { kind: 'deadline', meetingId: 'm2', itemId: 'i9', deadline: '2025-03-01', overdue: true },
    { kind: 'callbacks', meetingId: 'm1', count: 4 },
    { kind: 'callbacks', meetingId: 'm2', count: 7 },
  ];

  it("keeps this meeting's reminders, earliest deadline first, and only other meetings' overdue notices", () => {
    const s = summarizeReminders(reminders, 'm1');
    expect(s.notice?.dueOn).toBe('2025-03-06');
    expect(s.otherOverdueNotices.map((r) => r.meetingId)).toEqual(['m2']);
    expect(s.deadlinesPassed.map((r) => r.itemId)).toEqual(['i1', 'i2']);
    expect(s.deadlinesNear.map((r) => r.itemId)).toEqual(['i3']);
    expect(s.callbacks).toBe(4);
  });

  it('is empty for a meeting with nothing due', () => {
    const s = summarizeReminders(reminders, 'm4');
    expect(s.notice).toBeNull();
    expect(s.deadlinesPassed).toEqual([]);
    expect(s.callbacks).toBe(0);
    expect(s.otherOverdueNotices).toHaveLength(1);
  });
});

describe('notice helpers', () => {
  const item = (title: string, listType: 'immediate' | 'deadline' | 'ongoing') => ({
    title,
    listType,
    departments: '房管所',
    deadline: null,
    state: 'assigned' as const,
    overdue: false,
    reply: '',
    replyDate: null,
  });

  it('groups items under the three lists in their fixed order, keeping empty lists', () => {
    const grouped = noticeByList([item('乙', 'ongoing'), item('甲', 'immediate'), item('丙', 'ongoing')]);
    expect(grouped.map((g) => [g.listType, g.items.map((i) => i.title)])).toEqual([
      ['immediate', ['甲']],
      ['deadline', []],
      ['ongoing', ['乙', '丙']],
    ]);
  });

  it('states every count against the total', () => {
    const counts: PublicNotice['counts'] = {
      total: 8,
      solved: 3,
      partlySolved: 1,
      closedUnsolved: 1,
      open: 3,
      overdue: 1,
    };
    const lines = noticeCountLines(counts);
    expect(lines.every((l) => l.of === 8)).toBe(true);
    expect(lines.find((l) => l.key === 'solved')?.count).toBe(3);
    expect(lines.map((l) => l.key)).toEqual(['solved', 'partlySolved', 'closedUnsolved', 'open', 'overdue']);
  });
});
