import { describe, expect, it } from 'vitest';
import { durationText, pacingOf } from '../../renderer/screens/console/pacing';

const start = '2025-03-05T14:30:00+08:00';
const at = (minutes: number, seconds = 0) => Date.parse(start) + minutes * 60_000 + seconds * 1000;

describe('pacingOf', () => {
  it('is on time before the last fifth of a 10-minute part', () => {
    expect(pacingOf(start, 10, at(7, 59))).toMatchObject({ status: 'onTime', remainingMs: 121_000 });
  });

  it('warns in the last 2 minutes of a 10-minute part', () => {
    expect(pacingOf(start, 10, at(8))).toMatchObject({ status: 'nearEnd', remainingMs: 120_000 });
    expect(pacingOf(start, 10, at(10))).toMatchObject({ status: 'nearEnd', remainingMs: 0 });
  });

  it('warns in the last fifth of a short part (1 minute of 5), never earlier than 2 minutes before the end of a long one', () => {
    expect(pacingOf(start, 5, at(3, 59)).status).toBe('onTime');
    expect(pacingOf(start, 5, at(4)).status).toBe('nearEnd');
    expect(pacingOf(start, 60, at(57, 59)).status).toBe('onTime');
    expect(pacingOf(start, 60, at(58)).status).toBe('nearEnd');
  });

  it('is over past the planned duration', () => {
    expect(pacingOf(start, 10, at(10, 1))).toMatchObject({ status: 'over', remainingMs: -1000 });
  });

  it('has no plan without planned minutes or before a part begins', () => {
    expect(pacingOf(start, null, at(3))).toMatchObject({ status: 'unplanned', elapsedMs: 180_000 });
    expect(pacingOf(null, 10, at(3))).toMatchObject({ status: 'unplanned', elapsedMs: 0 });
  });
});

describe('durationText', () => {
  it('writes m:ss, h:mm:ss from an hour, and no sign', () => {
    expect(durationText(0)).toBe('0:00');
    expect(durationText(65_400)).toBe('1:05');
    expect(durationText(3_723_000)).toBe('1:02:03');
    expect(durationText(-125_000)).toBe('2:05');
  });
});
