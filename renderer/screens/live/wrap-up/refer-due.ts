import type { LocalDate } from '../../../../shared/domain';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';

/** 其余问题会后书面答复: the usual answer periods, in days from today (Asia/Shanghai). */
export const REFER_PRESET_DAYS = [7, 15, 30] as const;

/** Calendar arithmetic on the date alone, so the laptop's time zone and DST never shift a day. */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function shanghaiDate(now: Date): LocalDate {
  return formatShanghai(now, 'YYYY-MM-DD');
}

export function dueInDays(days: number, now: Date): LocalDate {
  return addCalendarDays(shanghaiDate(now), days);
}

/** A picked date is refused before today: a written answer cannot be due in the past. */
export function isPastDate(date: LocalDate, now: Date): boolean {
  return date < shanghaiDate(now);
}
