/** How the current agenda part stands against its planned minutes, for the console's pacing timer. */
export type PacingStatus = 'unplanned' | 'onTime' | 'nearEnd' | 'over';

export interface Pacing {
  status: PacingStatus;
  elapsedMs: number;
  /** Null when the part has no planned minutes (or no part has begun). */
  plannedMs: number | null;
  /** Planned minus elapsed; negative once over. */
  remainingMs: number | null;
}

/** The warning comes in the last fifth of a part, but never more than two minutes before its end. */
const NEAR_END_SHARE = 0.2;
const NEAR_END_MAX_MS = 2 * 60_000;

export function pacingOf(partStartedAt: string | null, plannedMinutes: number | null, nowMs: number): Pacing {
  const elapsedMs = partStartedAt === null ? 0 : Math.max(0, nowMs - Date.parse(partStartedAt));
  if (partStartedAt === null || plannedMinutes === null) {
    return { status: 'unplanned', elapsedMs, plannedMs: null, remainingMs: null };
  }
  const plannedMs = plannedMinutes * 60_000;
  const remainingMs = plannedMs - elapsedMs;
  const nearEndMs = Math.min(plannedMs * NEAR_END_SHARE, NEAR_END_MAX_MS);
  const status: PacingStatus = remainingMs < 0 ? 'over' : remainingMs <= nearEndMs ? 'nearEnd' : 'onTime';
  return { status, elapsedMs, plannedMs, remainingMs };
}

/** m:ss, or h:mm:ss from an hour on; a negative duration is written without its sign. */
export function durationText(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
