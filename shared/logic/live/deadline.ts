import type { DeadlineInput, DeadlinePreset, LocalDate } from '../../domain';
import { dayjs, formatShanghai } from '../shanghai-time';

/** Today in Asia/Shanghai, whatever the laptop's time zone. */
export function shanghaiToday(now: Date): LocalDate {
  return formatShanghai(now, 'YYYY-MM-DD');
}

/**
 * Day arithmetic on the calendar date itself, in UTC: the date is already Beijing's, and UTC has no
 * daylight-saving gaps that a local-zone addition could fall into.
 */
function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** The last day of the quarter `date` is in: 03-31, 06-30, 09-30 or 12-31. */
export function quarterEnd(date: LocalDate): LocalDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const lastMonth = Math.ceil(month / 3) * 3;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

const PRESET: Record<DeadlinePreset, (today: LocalDate) => LocalDate> = {
  today: (today) => today,
  days7: (today) => addCalendarDays(today, 7),
  days30: (today) => addCalendarDays(today, 30),
  quarterEnd,
};

/** The date a deadline input means, counted in Asia/Shanghai from `now`; null for `none`. */
export function resolveDeadline(input: DeadlineInput, now: Date): LocalDate | null {
  switch (input.kind) {
    case 'none':
      return null;
    case 'date':
      return input.date;
    case 'preset':
      return PRESET[input.preset](shanghaiToday(now));
  }
}
