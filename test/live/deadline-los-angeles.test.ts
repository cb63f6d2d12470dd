import { describe, expect, it } from 'vitest';
import { expectBeijingDatesIn } from './support/deadline-zones';

describe('deadlines on a laptop set to America/Los_Angeles', () => {
  it('are Beijing dates, across both daylight-saving changes', () => {
    const output = expectBeijingDatesIn('America/Los_Angeles');
    // Both PST and PDT were in effect among the cases: the zone really was Los Angeles.
    expect(new Set(output.results.map((r) => r.offsetMinutes))).toEqual(new Set([480, 420]));
    // 16:00 UTC is the next morning in Beijing but still the same morning in Los Angeles.
    expect(output.results.find((r) => r.at === '2025-03-05T16:00:00Z')?.localToday).toBe('2025-03-05');
  });
});
