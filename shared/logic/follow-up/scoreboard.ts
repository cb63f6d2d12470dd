import type { CommunityRating, DepartmentScore, FollowUpRow, Scoreboard } from '../../domain';
import { addLocalDays } from './dates';

export interface ScoreboardInput {
  rows: readonly FollowUpRow[];
  ratings: readonly CommunityRating[];
  /** The office's departments in its order: names, and the order of ties. */
  departments: readonly { id: string; name: string }[];
  meetingIds: readonly string[];
  asOf: string;
  rankMinItems: number;
}

type Counts = Scoreboard['totals'];

/** Every count at zero: a department's start, and the totals'. */
export const emptyCounts = (): Counts => ({
  items: 0,
  onTime: 0,
  overdue: 0,
  solved: 0,
  partlySolved: 0,
  closedUnsolved: 0,
  solvedInWeek: 0,
  rated: 0,
  satisfied: 0,
  communityRated: 0,
  communitySatisfied: 0,
});

/** The meeting day + 7 per meeting day: 50,000 rows share a few dozen meeting days. */
function weekEnds(): (meetingDate: string) => string {
  const cache = new Map<string, string>();
  return (meetingDate) => {
    let end = cache.get(meetingDate);
    if (end === undefined) {
      end = addLocalDays(meetingDate, 7);
      cache.set(meetingDate, end);
    }
    return end;
  };
}

function countRow(c: Counts, row: FollowUpRow, weekEnd: string): void {
  c.items++;
  const finished = row.finishedOn;
  if (finished !== null && (row.deadline === null || finished <= row.deadline)) c.onTime++;
  if (row.overdue) c.overdue++;
  // Only 已解决 is solved: 部分解决 and 已办结未解决 have their own counts and never add to it.
  if (row.state === 'solved') {
    c.solved++;
    if (finished !== null && finished <= weekEnd) c.solvedInWeek++;
  } else if (row.state === 'partly_solved') c.partlySolved++;
  else if (row.state === 'closed_unsolved') c.closedUnsolved++;
  if (row.verdict !== null) {
    c.rated++;
    if (row.verdict !== 'dissatisfied') c.satisfied++;
  }
}

/**
 * For a descending sort: positive when c/d is the higher rate. Compared without division so equal
 * rates are exactly equal; no denominator ranks below any rate (a missing figure is not 0%, but it
 * is no merit either).
 */
function compareRates(a: number, b: number, c: number, d: number): number {
  if (b === 0 || d === 0) return (b === 0 ? 1 : 0) - (d === 0 ? 1 : 0);
  return c * b - a * d;
}

/**
 * Per lead department: counts with their denominators, one-week completion, satisfaction over the
 * rated items, community ratings; ranks only for departments with at least rankMinItems items.
 * A department leading no item is left out unless a community rated it.
 * Ranking is competition style (1, 1, 3): departments with the same solved and satisfaction rates
 * share a rank, listed in the office's order; the next rank skips the shared places.
 */
export function computeScoreboard(input: ScoreboardInput): Scoreboard {
  const byDept = new Map<string, Counts>();
  for (const d of input.departments) byDept.set(d.id, emptyCounts());
  const totals = emptyCounts();
  const weekEnd = weekEnds();
  let unassigned = 0;
  let from: string | null = null;
  for (const row of input.rows) {
    const end = weekEnd(row.meetingDate);
    if (from === null || row.meetingDate < from) from = row.meetingDate;
    countRow(totals, row, end);
    if (row.leadDepartmentId === null) {
      unassigned++;
      continue;
    }
    let c = byDept.get(row.leadDepartmentId);
    if (c === undefined) {
      // A department since removed from the office still keeps its items in the board.
      c = emptyCounts();
      byDept.set(row.leadDepartmentId, c);
    }
    countRow(c, row, end);
  }

  // A community's opinion of a department is its latest word: later ratings replace earlier ones.
  const latest = new Map<string, CommunityRating>();
  for (const r of input.ratings) {
    const key = `${r.communityId}\u0000${r.departmentId}`;
    const seen = latest.get(key);
    if (seen === undefined || Date.parse(r.at) >= Date.parse(seen.at)) latest.set(key, r);
  }
  for (const r of latest.values()) {
    const c = byDept.get(r.departmentId);
    if (c === undefined) continue;
    c.communityRated++;
    totals.communityRated++;
    if (r.verdict !== 'dissatisfied') {
      c.communitySatisfied++;
      totals.communitySatisfied++;
    }
  }

  const names = new Map(input.departments.map((d) => [d.id, d.name]));
  const departments: DepartmentScore[] = [];
  for (const [departmentId, c] of byDept) {
    // A department that leads nothing here is still listed when communities rated it (unranked).
    if (c.items === 0 && c.communityRated === 0) continue;
    departments.push({
      departmentId,
      name: names.get(departmentId) ?? departmentId,
      ...c,
      ranked: c.items >= input.rankMinItems,
      rank: null,
    });
  }

  const ranked = departments.filter((d) => d.ranked);
  const order = ranked
    .map((d, i) => ({ d, i }))
    .sort(
      (x, y) =>
        compareRates(x.d.solved, x.d.items, y.d.solved, y.d.items) ||
        compareRates(x.d.satisfied, x.d.rated, y.d.satisfied, y.d.rated) ||
        x.i - y.i,
    );
  order.forEach(({ d }, place) => {
    const prev = place > 0 ? order[place - 1]!.d : null;
    const tied =
      prev !== null &&
      compareRates(prev.solved, prev.items, d.solved, d.items) === 0 &&
      compareRates(prev.satisfied, prev.rated, d.satisfied, d.rated) === 0;
    d.rank = tied ? prev.rank : place + 1;
  });

  return {
    asOf: input.asOf,
    from,
    meetingIds: [...input.meetingIds],
    rankMinItems: input.rankMinItems,
    departments,
    unassigned,
    totals,
  };
}
