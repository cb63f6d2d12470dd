import type { LiveSummary, PartScoreView, PublicCommitment } from '../../../shared/domain';

/** The moderation record's counts: every question received ends in exactly one of the others. */
export interface ModerationCounts {
  received: number;
  answered: number;
  committed: number;
  referred: number;
  declined: number;
  merged: number;
  /** Waiting or on screen: not answered yet. */
  open: number;
}

export function moderationCounts(summary: LiveSummary): ModerationCounts {
  const s = summary.byState;
  return {
    received: summary.received,
    answered: s.answered ?? 0,
    committed: s.committed ?? 0,
    referred: s.referred ?? 0,
    declined: s.declined ?? 0,
    merged: s.merged ?? 0,
    open: (s.waiting ?? 0) + (s.onScreen ?? 0),
  };
}

/** Commitments per lead department, most first (ties by name), for the summary panel. */
export function commitmentsByDepartment(
  commitments: readonly PublicCommitment[],
): Array<{ name: string; count: number }> {
  const counts = new Map<string, number>();
  for (const c of commitments) {
    const name = c.leadDepartmentName.trim() || '—';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

/** One part's row of 群众打分; every count null (shown "—") when the part has no vote yet. */
export interface ScoreRow {
  partId: string;
  title: string;
  satisfied: number | null;
  basicallySatisfied: number | null;
  dissatisfied: number | null;
  /** 满意 + 基本满意, over `votes`; both null without a vote. */
  content: number | null;
  votes: number | null;
}

/** One channel of a part (the show of hands or the phones): the two are shown apart, never summed. */
export function scoreRow(part: PartScoreView, channel: 'hands' | 'phones' = 'hands'): ScoreRow {
  const tally = channel === 'hands' ? part.hands : part.phones;
  const votes = channel === 'hands' ? part.handsVotes : part.phoneVotes;
  if (tally === null || votes === 0)
    return {
      partId: part.partId,
      title: part.title,
      satisfied: null,
      basicallySatisfied: null,
      dissatisfied: null,
      content: null,
      votes: null,
    };
  return {
    partId: part.partId,
    title: part.title,
    satisfied: tally.satisfied,
    basicallySatisfied: tally.basicallySatisfied,
    dissatisfied: tally.dissatisfied,
    content: tally.satisfied + tally.basicallySatisfied,
    votes,
  };
}

/** A count as shown: "—" when it is missing, never 0. */
export function countText(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : String(n);
}

/** YYYY-MM-DD as its numbers, for the language's own date pattern. */
export function dateParts(localDate: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
