// The 跟踪 list at 50,000 items over 50 meetings: each keystroke of a search filters (folded title
// words plus a state filter), and the list is sorted by deadline and grouped by department. Each is
// timed against the floor any implementation pays, measured interleaved in the same run: a plain
// `includes` filter over the raw titles, and Array.prototype.sort on the same deadline key. Cold:
// the first keystroke after new rows arrive, which folds every title once.
import { filterRows, groupRows, sortRows, type Names } from '../../shared/logic/follow-up/views';
import { COMMUNITIES, DEPARTMENTS, rowSet } from '../follow-up/support/row-set';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const COUNT = 50_000;
const MEETINGS = 50;
const ROUNDS = 10;
const QUERY = '幸福里 电梯';
const GOAL_MS = 100;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  const rows = rowSet(COUNT, MEETINGS);
  const names: Names = {
    departments: new Map(DEPARTMENTS.map((d) => [d.id, d.name])),
    communities: new Map(COMMUNITIES.map((c) => [c.id, c.name])),
    meetings: new Map(Array.from({ length: MEETINGS }, (_, i) => [`meeting-${i}`, `第${i + 1}次报告会`])),
  };
  const states = ['assigned', 'in_progress', 'reopened'] as const;
  const cold = time(() => filterRows(rows, { text: QUERY[0], states }));

  const filter: number[] = [];
  const filterBase: number[] = [];
  let shown = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 1; k <= QUERY.length; k++) {
      const text = QUERY.slice(0, k);
      filter.push(time(() => (shown = filterRows(rows, { text, states }).length)));
      filterBase.push(time(() => rows.filter((row) => row.title.includes(text))));
    }
  }
  report({
    bench: 'follow.list.filter',
    rows: COUNT,
    keystrokes: filter.length,
    p50_ms: round(percentile(filter, 50)),
    p95_ms: round(percentile(filter, 95)),
    cold_ms: round(cold),
    baseline_p50_ms: round(percentile(filterBase, 50)),
    baseline_p95_ms: round(percentile(filterBase, 95)),
    last_shown: shown,
    goalMs: GOAL_MS,
    withinGoal: percentile(filter, 95) <= GOAL_MS,
  });

  const sort: number[] = [];
  const sortBase: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    sort.push(time(() => sortRows(rows, 'deadline', r % 2 === 0 ? 'asc' : 'desc', names)));
    sortBase.push(
      time(() =>
        [...rows].sort((a, b) =>
          (a.deadline ?? '9999') < (b.deadline ?? '9999') ? -1 : a.deadline === b.deadline ? 0 : 1,
        ),
      ),
    );
  }
  report({
    bench: 'follow.list.sort',
    rows: COUNT,
    runs: ROUNDS,
    p50_ms: round(percentile(sort, 50)),
    p95_ms: round(percentile(sort, 95)),
    baseline_p50_ms: round(percentile(sortBase, 50)),
    baseline_p95_ms: round(percentile(sortBase, 95)),
    goalMs: GOAL_MS,
    withinGoal: percentile(sort, 95) <= GOAL_MS,
  });

  const group: number[] = [];
  const groupBase: number[] = [];
  let groups = 0;
  for (let r = 0; r < ROUNDS; r++) {
    group.push(time(() => (groups = groupRows(rows, 'department', names, '2025-06-01').length)));
    groupBase.push(
      time(() => {
        const m = new Map<string | null, typeof rows>();
        for (const row of rows) {
          const g = m.get(row.leadDepartmentId);
          if (g) g.push(row);
          else m.set(row.leadDepartmentId, [row]);
        }
        return m;
      }),
    );
  }
  report({
    bench: 'follow.list.group',
    rows: COUNT,
    runs: ROUNDS,
    groups,
    p50_ms: round(percentile(group, 50)),
    p95_ms: round(percentile(group, 95)),
    baseline_p50_ms: round(percentile(groupBase, 50)),
    baseline_p95_ms: round(percentile(groupBase, 95)),
    goalMs: GOAL_MS,
    withinGoal: percentile(group, 95) <= GOAL_MS,
  });
  await Promise.resolve();
}
