import type { PhoneBallot, ProjectVote, VoteResult, VoteTally } from '../../domain/project';

/** Why a vote cannot be held with these places and candidates (差额: more candidates than places), or null. */
export function voteSetupProblem(places: number, candidateIds: readonly string[]): string | null {
  void places;
  void candidateIds;
  throw new Error('not implemented');
}

/** Votes per candidate, in candidate order: the tallies (method tally) or the phones' ballots counted. */
export function voteCounts(vote: ProjectVote): VoteTally[] {
  void vote;
  throw new Error('not implemented');
}

/** Why this phone ballot is refused (not open, not a candidate, more choices than places, twice), or null. */
export function ballotProblem(vote: ProjectVote, ballot: Omit<PhoneBallot, 'at'>): string | null {
  void vote;
  void ballot;
  throw new Error('not implemented');
}

/**
 * Ranked by votes (competition ranking); the top `places` chosen, except candidates tied across the
 * last place: none of those is chosen and their places stay open for a run-off.
 */
export function voteResult(vote: ProjectVote): VoteResult {
  void vote;
  throw new Error('not implemented');
}
