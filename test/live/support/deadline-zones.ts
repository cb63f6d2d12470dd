import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { DEADLINE_CASES } from './deadline-cases';

const probe = fileURLToPath(new URL('./deadline-probe.ts', import.meta.url));
/** Where `--import tsx` is resolved from, whatever folder the tests were started in. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface ProbeOutput {
  zone: string;
  results: {
    at: string;
    today: string;
    days7: string;
    days30: string;
    quarterEnd: string;
    localToday: string;
    offsetMinutes: number;
  }[];
}

export function probeIn(zone: string): ProbeOutput {
  const out = execFileSync(process.execPath, ['--import', 'tsx', probe], {
    cwd: repoRoot,
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  return JSON.parse(out) as ProbeOutput;
}

/** The probe ran in `zone`, found Beijing's dates there, and local dates would have been wrong. */
export function expectBeijingDatesIn(zone: string): ProbeOutput {
  const output = probeIn(zone);
  expect(output.zone).toBe(zone);
  expect(
    output.results.map(({ at, today, days7, days30, quarterEnd }) => ({
      at,
      today,
      days7,
      days30,
      quarterEnd,
    })),
  ).toEqual(DEADLINE_CASES.map((c) => ({ ...c })));
  const wrong = output.results.filter((r) => r.localToday !== r.today);
  expect(wrong.length).toBeGreaterThan(0);
  return output;
}
