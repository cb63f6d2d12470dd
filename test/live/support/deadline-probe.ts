/**
 * Run as a separate process with TZ set (see deadline-zones.ts): the zone is the process's from its
 * first instruction, as on a laptop set to another zone, rather than changed under a running test.
 */
import { resolveDeadline, shanghaiToday } from '../../../shared/logic/live/deadline';
import { dayjs } from '../../../shared/logic/shanghai-time';
import { DEADLINE_CASES } from './deadline-cases';

const results = DEADLINE_CASES.map(({ at }) => {
  const now = new Date(at);
  const preset = (p: 'days7' | 'days30' | 'quarterEnd') =>
    resolveDeadline({ kind: 'preset', preset: p }, now);
  return {
    at,
    today: shanghaiToday(now),
    days7: preset('days7'),
    days30: preset('days30'),
    quarterEnd: preset('quarterEnd'),
    // What an implementation reading the laptop's own calendar would say: it must differ somewhere.
    localToday: dayjs(now).format('YYYY-MM-DD'),
    offsetMinutes: now.getTimezoneOffset(),
  };
});
process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, results }));
