import { describe, expect, it } from 'vitest';
import { expectBeijingDatesIn } from './support/deadline-zones';

describe('deadlines on a laptop set to Pacific/Kiritimati (UTC+14)', () => {
  it('are Beijing dates, though the laptop is already a day ahead', () => {
    const output = expectBeijingDatesIn('Pacific/Kiritimati');
    expect(new Set(output.results.map((r) => r.offsetMinutes))).toEqual(new Set([-840]));
    // 23:59:59 in Beijing is already the next day at 05:59:59 in Kiritimati.
    expect(output.results.find((r) => r.at === '2025-12-31T15:59:59Z')?.localToday).toBe('2026-01-01');
  });
});
