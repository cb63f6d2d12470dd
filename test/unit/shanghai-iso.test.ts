import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayjs, OFFICE_TIME_ZONE, toShanghaiIso } from '../../shared/logic/shanghai-time';

const viaTimeZone = (ms: number) => dayjs(ms).tz(OFFICE_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ssZ');

describe('toShanghaiIso', () => {
  it('equals the time-zone database for any moment from 1992 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(toShanghaiIso(ms)).toBe(viaTimeZone(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the summer time of 1986–1991 (+09:00), from the database', () => {
    const summer1990 = Date.UTC(1990, 6, 1, 4, 0, 0);
    expect(toShanghaiIso(summer1990)).toBe('1990-07-01T13:00:00+09:00');
    expect(toShanghaiIso(summer1990)).toBe(viaTimeZone(summer1990));
  });

  it('reads strings and dates alike', () => {
    expect(toShanghaiIso('2025-03-05T06:30:00Z')).toBe('2025-03-05T14:30:00+08:00');
    expect(toShanghaiIso(new Date('2025-03-05T06:30:00Z'))).toBe('2025-03-05T14:30:00+08:00');
  });
});
