import type { LocalDate } from '../../../../shared/domain';

/** A calendar date `days` after `date`, by the calendar alone (no time zone can shift it). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return moved.toISOString().slice(0, 10);
}
