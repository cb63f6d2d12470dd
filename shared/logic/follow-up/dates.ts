/*
 * Day arithmetic on Beijing calendar dates as strings. Dates are already Beijing's, so the maths runs
 * in UTC, which has no daylight-saving gaps and does not depend on the machine's zone.
 */

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatUtcDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `date` plus `days` calendar days (negative goes back). */
export function addLocalDays(date: string, days: number): string {
  return formatUtcDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

/**
 * The Beijing date of an instant. China has kept +08:00 all year since 1992, so a fixed offset gives
 * the same answer as the zone database for every date this app stores, at a fraction of the cost.
 */
export function beijingDate(instant: string): string {
  return formatUtcDate(Date.parse(instant) + BEIJING_OFFSET_MS);
}
