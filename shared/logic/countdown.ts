import type { Countdown } from '../domain';
import { dayjs, OFFICE_TIME_ZONE } from './shanghai-time';

/**
 * The speaker countdown read at a moment. Every window derives it from the same stored times
 * (time used before the last pause, and since when it runs), so the console and the projector show
 * the same second without talking to each other.
 */

/** In the last this many ms the countdown turns amber. */
export const COUNTDOWN_WARNING_MS = 30_000;

export type CountdownPhase = 'normal' | 'warning' | 'over';

export interface CountdownReading {
  running: boolean;
  /** Time left, negative once over. */
  remainingMs: number;
  phase: CountdownPhase;
}

/** Time used so far: what was used before the last pause plus the run since (never negative). */
export function countdownUsedMs(countdown: Countdown, nowMs: number): number {
  if (countdown.runningSince === null) return countdown.usedMs;
  return countdown.usedMs + Math.max(0, nowMs - Date.parse(countdown.runningSince));
}

export function readCountdown(countdown: Countdown, nowMs: number): CountdownReading {
  const remainingMs = countdown.seconds * 1000 - countdownUsedMs(countdown, nowMs);
  const phase: CountdownPhase =
    remainingMs <= 0 ? 'over' : remainingMs <= COUNTDOWN_WARNING_MS ? 'warning' : 'normal';
  return { running: countdown.runningSince !== null, remainingMs, phase };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * mm:ss of the time left, rounded up while time is left (a fresh 3-minute countdown reads 03:00,
 * and 00:00 appears only when the time is up); once over, the time over, rounded down.
 */
export function countdownClock(remainingMs: number): string {
  const seconds = remainingMs > 0 ? Math.ceil(remainingMs / 1000) : Math.floor(-remainingMs / 1000);
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** m:ss of the time over, for "超时 +0:12". */
export function overtimeText(remainingMs: number): string {
  const seconds = Math.floor(Math.max(0, -remainingMs) / 1000);
  return `${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;
}

/**
 * Whether the tone is due now: only when a running countdown crosses zero between two readings, so
 * it sounds once per run; a window opened after zero, a pause and resume after zero, or a reading
 * that is already over stay silent.
 */
export function toneDue(
  previousRemainingMs: number | null,
  reading: CountdownReading,
  sound: boolean,
): boolean {
  return (
    sound &&
    reading.running &&
    previousRemainingMs !== null &&
    previousRemainingMs > 0 &&
    reading.remainingMs <= 0
  );
}

/**
 * When a run starts, to the millisecond: stored to the second, every pause would add up to a second
 * the speaker never had, and a fresh countdown could read 02:59 the moment it starts.
 */
export function countdownInstant(nowMs: number): string {
  return dayjs(nowMs).tz(OFFICE_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ss.SSSZ');
}
