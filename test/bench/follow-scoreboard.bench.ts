// The 跟踪 scoreboard over 50,000 items of 50 meetings and 2,000 community ratings, against a floor
// measured in the same run: one pass over the rows counting items and solved per lead department.
import { computeScoreboard } from '../../shared/logic/follow-up/scoreboard';
import { DEPARTMENTS, ratingSet, rowSet } from '../follow-up/support/row-set';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const COUNT = 50_000;
const MEETINGS = 50;
const RATINGS = 2_000;
const ROUNDS = 15;
const GOAL_MS = 200;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  const rows = rowSet(COUNT, MEETINGS);
  const ratings = ratingSet(RATINGS);
  const meetingIds = Array.from({ length: MEETINGS }, (_, i) => `meeting-${i}`);
  const samples: number[] = [];
  const baseline: number[] = [];
  let ranked = 0;
  for (let r = 0; r < ROUNDS; r++) {
    samples.push(
      time(() => {
        const board = computeScoreboard({
          rows,
          ratings,
          departments: DEPARTMENTS,
          meetingIds,
          asOf: '2025-12-31',
          rankMinItems: 5,
        });
        ranked = board.departments.filter((d) => d.ranked).length;
      }),
    );
    baseline.push(
      time(() => {
        const m = new Map<string | null, { items: number; solved: number }>();
        for (const row of rows) {
          let c = m.get(row.leadDepartmentId);
          if (!c) m.set(row.leadDepartmentId, (c = { items: 0, solved: 0 }));
          c.items++;
          if (row.state === 'solved') c.solved++;
        }
        return m;
      }),
    );
  }
  report({
    bench: 'follow.scoreboard',
    rows: COUNT,
    ratings: RATINGS,
    runs: ROUNDS,
    ranked,
    p50_ms: round(percentile(samples, 50)),
    p95_ms: round(percentile(samples, 95)),
    baseline_p50_ms: round(percentile(baseline, 50)),
    baseline_p95_ms: round(percentile(baseline, 95)),
    goalMs: GOAL_MS,
    withinGoal: percentile(samples, 95) <= GOAL_MS,
  });
  await Promise.resolve();
}
