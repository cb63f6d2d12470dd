import { describe, expect, it } from 'vitest';
import type { DeadlineInput } from '../../shared/domain';
import { quarterEnd, resolveDeadline, shanghaiToday } from '../../shared/logic/live/deadline';

const preset = (p: 'today' | 'days7' | 'days30' | 'quarterEnd'): DeadlineInput => ({
  kind: 'preset',
  preset: p,
});

describe('shanghaiToday', () => {
  it('turns the day at midnight Beijing time, which is 16:00 UTC', () => {
    expect(shanghaiToday(new Date('2025-03-05T15:59:59Z'))).toBe('2025-03-05');
    expect(shanghaiToday(new Date('2025-03-05T16:00:00Z'))).toBe('2025-03-06');
    expect(shanghaiToday(new Date('2025-03-05T23:59:59+08:00'))).toBe('2025-03-05');
    expect(shanghaiToday(new Date('2025-03-06T00:00:00+08:00'))).toBe('2025-03-06');
  });

  it('turns the year at Beijing midnight, not UTC midnight', () => {
    expect(shanghaiToday(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
    expect(shanghaiToday(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
  });
});

describe('resolveDeadline', () => {
  const lateEvening = new Date('2025-03-05T15:59:59Z'); // 2025-03-05 23:59:59 in Beijing
  const midnight = new Date('2025-03-05T16:00:00Z'); // 2025-03-06 00:00:00 in Beijing

  it('counts each preset from Beijing today, on both sides of midnight', () => {
    expect(resolveDeadline(preset('today'), lateEvening)).toBe('2025-03-05');
    expect(resolveDeadline(preset('today'), midnight)).toBe('2025-03-06');
    expect(resolveDeadline(preset('days7'), lateEvening)).toBe('2025-03-12');
    expect(resolveDeadline(preset('days7'), midnight)).toBe('2025-03-13');
    expect(resolveDeadline(preset('days30'), lateEvening)).toBe('2025-04-04');
    expect(resolveDeadline(preset('days30'), midnight)).toBe('2025-04-05');
  });

  it('ends the quarter on 03-31, 06-30, 09-30 or 12-31, and the day after a quarter is the next one', () => {
    expect(resolveDeadline(preset('quarterEnd'), new Date('2025-03-31T15:59:59Z'))).toBe('2025-03-31');
    expect(resolveDeadline(preset('quarterEnd'), new Date('2025-03-31T16:00:00Z'))).toBe('2025-06-30');
    expect(resolveDeadline(preset('quarterEnd'), new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
    expect(resolveDeadline(preset('quarterEnd'), new Date('2025-06-30T16:00:00Z'))).toBe('2025-09-30');
    expect(resolveDeadline(preset('quarterEnd'), new Date('2025-09-30T16:00:00Z'))).toBe('2025-12-31');
  });

  it('crosses the year end: 31 December late evening is still this year, a minute later the first quarter', () => {
    expect(resolveDeadline(preset('quarterEnd'), new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
    expect(resolveDeadline(preset('quarterEnd'), new Date('2025-12-31T16:00:00Z'))).toBe('2026-03-31');
    expect(resolveDeadline(preset('days7'), new Date('2025-12-28T04:00:00Z'))).toBe('2026-01-04');
    expect(resolveDeadline(preset('days30'), new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-31');
  });

  it('counts 29 February in a leap year and not in another', () => {
    expect(resolveDeadline(preset('days7'), new Date('2024-02-25T04:00:00Z'))).toBe('2024-03-03');
    expect(resolveDeadline(preset('days7'), new Date('2025-02-25T04:00:00Z'))).toBe('2025-03-04');
    expect(resolveDeadline(preset('days30'), new Date('2024-01-31T04:00:00Z'))).toBe('2024-03-01');
    expect(resolveDeadline(preset('days30'), new Date('2023-01-31T04:00:00Z'))).toBe('2023-03-02');
    expect(resolveDeadline(preset('today'), new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
    expect(resolveDeadline(preset('quarterEnd'), new Date('2024-02-29T04:00:00Z'))).toBe('2024-03-31');
  });

  it('keeps a typed date as written and has no date for an ongoing commitment', () => {
    expect(resolveDeadline({ kind: 'date', date: '2025-07-01' }, midnight)).toBe('2025-07-01');
    expect(resolveDeadline({ kind: 'none' }, midnight)).toBeNull();
  });
});

describe('quarterEnd', () => {
  it('gives the last day of every month’s quarter', () => {
    const ends = Array.from({ length: 12 }, (_, i) =>
      quarterEnd(`2025-${String(i + 1).padStart(2, '0')}-15`),
    );
    expect(ends).toEqual([
      ...Array(3).fill('2025-03-31'),
      ...Array(3).fill('2025-06-30'),
      ...Array(3).fill('2025-09-30'),
      ...Array(3).fill('2025-12-31'),
    ]);
  });
});
