import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ZONE_EXPECTED } from './zone-cases';

const probe = fileURLToPath(new URL('./zone-probe.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface ProbeResult {
  at: string;
  asOf: string;
  overdue: boolean;
  replyOnCreationDay: boolean;
  replyBefore: boolean;
  reminders: string[];
  localToday: string;
}

/** The probe ran in `zone`, found Beijing's answers there, and local dates would have been wrong. */
export function expectBeijingRulesIn(zone: string): ProbeResult[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', probe], {
    cwd: repoRoot,
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  const parsed = JSON.parse(out) as { zone: string; results: ProbeResult[] };
  expect(parsed.zone).toBe(zone);
  expect(parsed.results.map(({ localToday: _, ...r }) => r)).toEqual(ZONE_EXPECTED);
  expect(parsed.results.some((r) => r.localToday !== r.asOf)).toBe(true);
  return parsed.results;
}
