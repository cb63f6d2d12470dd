import { describe, expect, it } from 'vitest';
import type { Countdown } from '../../shared/domain';
import {
  countdownClock,
  countdownUsedMs,
  overtimeText,
  readCountdown,
  toneDue,
} from '../../shared/logic/countdown';

const T0 = Date.parse('2025-07-10T06:30:00.000Z');
const at = (ms: number) => T0 + ms;

function countdown(patch: Partial<Countdown> = {}): Countdown {
  return { seconds: 180, runningSince: null, usedMs: 0, sound: false, ...patch };
}

describe('countdown arithmetic', () => {
  it('a stopped countdown reads its stored time whatever the clock says', () => {
    const c = countdown({ usedMs: 12_345 });
    expect(countdownUsedMs(c, at(0))).toBe(12_345);
    expect(countdownUsedMs(c, at(99_999_999))).toBe(12_345);
    expect(readCountdown(c, at(5)).remainingMs).toBe(167_655);
  });

  it('a running one adds the time since it started to what was used before', () => {
    const c = countdown({ usedMs: 20_000, runningSince: new Date(T0).toISOString() });
    expect(countdownUsedMs(c, at(15_250))).toBe(35_250);
    expect(readCountdown(c, at(15_250))).toEqual({ running: true, remainingMs: 144_750, phase: 'normal' });
  });

  it('never counts time backwards when this clock is behind the one that started it', () => {
    const c = countdown({ usedMs: 1_000, runningSince: new Date(at(5_000)).toISOString() });
    expect(countdownUsedMs(c, at(0))).toBe(1_000);
  });

  it('two windows reading the same state at the same moment agree to the ms', () => {
    const c = countdown({ seconds: 60, usedMs: 7_000, runningSince: new Date(T0).toISOString() });
    const console = readCountdown(structuredClone(c), at(31_337));
    const projector = readCountdown(JSON.parse(JSON.stringify(c)) as Countdown, at(31_337));
    expect(console).toEqual(projector);
    expect(countdownClock(console.remainingMs)).toBe('00:22');
  });

  it('turns amber in the last 30 s and red at zero', () => {
    const running = countdown({ seconds: 60, runningSince: new Date(T0).toISOString() });
    expect(readCountdown(running, at(29_999)).phase).toBe('normal');
    expect(readCountdown(running, at(30_000)).phase).toBe('warning');
    expect(readCountdown(running, at(59_999)).phase).toBe('warning');
    expect(readCountdown(running, at(60_000)).phase).toBe('over');
    expect(readCountdown(running, at(72_500)).phase).toBe('over');
  });
});

describe('countdown text', () => {
  it('reads mm:ss rounded up while time is left, so a fresh one reads its full time', () => {
    expect(countdownClock(180_000)).toBe('03:00');
    expect(countdownClock(179_001)).toBe('03:00');
    expect(countdownClock(179_000)).toBe('02:59');
    expect(countdownClock(1)).toBe('00:01');
    expect(countdownClock(3_600_000)).toBe('60:00');
  });

  it('reads 00:00 exactly at zero and the time over (rounded down) after it', () => {
    expect(countdownClock(0)).toBe('00:00');
    expect(countdownClock(-999)).toBe('00:00');
    expect(countdownClock(-12_400)).toBe('00:12');
    expect(overtimeText(-12_400)).toBe('0:12');
    expect(overtimeText(-75_000)).toBe('1:15');
    expect(overtimeText(5_000)).toBe('0:00');
  });
});

describe('the tone at zero', () => {
  const running = (remainingMs: number) => ({ running: true, remainingMs, phase: 'over' as const });

  it('sounds once, when a running countdown crosses zero, only with the sound on', () => {
    expect(toneDue(250, running(-10), true)).toBe(true);
    expect(toneDue(250, running(-10), false)).toBe(false);
    expect(toneDue(1, running(0), true)).toBe(true);
    // The next readings are already over: no second tone in the same run.
    expect(toneDue(-10, running(-260), true)).toBe(false);
  });

  it('stays silent for a window opened after zero, a resume after zero, or a stopped countdown', () => {
    expect(toneDue(null, running(-5_000), true)).toBe(false);
    expect(toneDue(-5_000, running(-4_000), true)).toBe(false);
    expect(toneDue(100, { running: false, remainingMs: -1, phase: 'over' }, true)).toBe(false);
  });
});
