import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  dueInDays,
  isPastDate,
  shanghaiDate,
} from '../../renderer/screens/live/wrap-up/refer-due';

describe('addCalendarDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2025-01-25', 7)).toBe('2025-02-01');
    expect(addCalendarDays('2024-12-20', 15)).toBe('2025-01-04');
    expect(addCalendarDays('2024-02-15', 15)).toBe('2024-03-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2025-03-01', 30)).toBe('2025-03-31');
  });
});

describe('dates counted in Beijing time', () => {
  // 2025-03-04 23:30 in Los Angeles is already 2025-03-05 15:30 in Beijing.
  const lateInLosAngeles = new Date('2025-03-05T07:30:00Z');
  // 2025-03-05 00:10 in Beijing is still 2025-03-04 in UTC.
  const justAfterBeijingMidnight = new Date('2025-03-04T16:10:00Z');

  it('takes today from Asia/Shanghai, whatever the machine says', () => {
    expect(shanghaiDate(lateInLosAngeles)).toBe('2025-03-05');
    expect(shanghaiDate(justAfterBeijingMidnight)).toBe('2025-03-05');
    expect(shanghaiDate(new Date('2025-03-04T15:59:59Z'))).toBe('2025-03-04');
  });

  it('counts the presets from that day', () => {
    expect(dueInDays(7, justAfterBeijingMidnight)).toBe('2025-03-12');
    expect(dueInDays(15, justAfterBeijingMidnight)).toBe('2025-03-20');
    expect(dueInDays(30, justAfterBeijingMidnight)).toBe('2025-04-04');
  });

  it('refuses only days before today', () => {
    expect(isPastDate('2025-03-04', justAfterBeijingMidnight)).toBe(true);
    expect(isPastDate('2025-03-05', justAfterBeijingMidnight)).toBe(false);
    expect(isPastDate('2025-03-06', justAfterBeijingMidnight)).toBe(false);
  });
});
