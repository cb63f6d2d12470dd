import type { PublicVote } from '../../../shared/domain';

export interface VoteRow {
  projectId: string;
  rank: number | null;
  name: string;
  town: string;
  votes: number | null;
  mark: 'chosen' | 'tied' | null;
}

/** Closed: in the order of the ranking; open: the candidates as listed, their counts kept back. */
export function voteRows(vote: PublicVote): VoteRow[] {
  const byId = new Map(vote.candidates.map((c) => [c.projectId, c]));
  if (vote.state !== 'closed' || !vote.result) {
    return vote.candidates.map((c) => ({
      projectId: c.projectId,
      rank: null,
      name: c.name,
      town: c.town,
      votes: null,
      mark: null,
    }));
  }
  const tied = new Set(vote.result.tiedAtCutoff);
  return vote.result.ranking.map((r) => ({
    projectId: r.projectId,
    rank: r.rank,
    name: byId.get(r.projectId)?.name ?? '—',
    town: byId.get(r.projectId)?.town ?? '',
    votes: r.votes,
    mark: r.chosen ? 'chosen' : tied.has(r.projectId) ? 'tied' : null,
  }));
}
