import { formatShanghai } from '../../../shared/logic/shanghai-time';

/** Today as a Beijing date, whatever zone the computer is set to: the default date of a 反馈. */
export function beijingToday(now: Date = new Date()): string {
  return formatShanghai(now, 'YYYY-MM-DD');
}
