import type { DeadlineInput, LocalDate } from '../../domain';

/** Today in Asia/Shanghai, whatever the laptop's time zone. */
export function shanghaiToday(now: Date): LocalDate {
  void now;
  return '2000-01-01'; // HELPER(logic): implement
}

/** The date a deadline input means, counted in Asia/Shanghai from `now`; null for `none`. */
export function resolveDeadline(input: DeadlineInput, now: Date): LocalDate | null {
  void input;
  void now;
  return null; // HELPER(logic): implement
}
