/** The time a meeting gets when only its date was typed; the form says so next to the field. */
export const DEFAULT_START_TIME = '09:00';

/**
 * The date in what the operator typed into the start-time box when it is a date alone
 * (2025-03-05, 2025/3/5, 2025.3.5), as YYYY-MM-DD; otherwise null. The picker itself only accepts
 * date and time together and would drop such text without a word.
 */
export function dateWithoutTime(text: string): string | null {
  const match = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
