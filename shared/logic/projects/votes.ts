import type { PhoneBallot, ProjectVote, VoteRank, VoteResult, VoteTally } from '../../domain/project';

/** Why a vote cannot be held with these places and candidates (差额: more candidates than places), or null. */
export function voteSetupProblem(places: number, candidateIds: readonly string[]): string | null {
  if (!Number.isInteger(places) || places < 1) return '名额至少为 1 个，请填写一个正整数';
  if (new Set(candidateIds).size !== candidateIds.length) {
    return '候选项目有重复，同一个项目只能列为一个候选，请去掉重复的项目';
  }
  if (candidateIds.length <= places) {
    return `差额票决要求候选项目多于名额：现有 ${candidateIds.length} 个候选、${places} 个名额，请再增加候选项目或减少名额`;
  }
  return null;
}

/** Votes per candidate, in candidate order: the tallies (method tally) or the phones' ballots counted. */
export function voteCounts(vote: ProjectVote): VoteTally[] {
  if (vote.method === 'tally') {
    const byProject = new Map<string, number>();
    // A candidate entered twice keeps its last figure: the operator corrected it.
    for (const t of vote.tallies) byProject.set(t.projectId, t.votes);
    return vote.candidateIds.map((projectId) => ({ projectId, votes: byProject.get(projectId) ?? 0 }));
  }
  const counts = new Map<string, number>(vote.candidateIds.map((id) => [id, 0]));
  for (const ballot of vote.phoneBallots) {
    // A ballot names each candidate once (ballotProblem refuses repeats); a stray id counts for nobody.
    for (const id of new Set(ballot.projectIds)) {
      const n = counts.get(id);
      if (n !== undefined) counts.set(id, n + 1);
    }
  }
  return vote.candidateIds.map((projectId) => ({ projectId, votes: counts.get(projectId) ?? 0 }));
}

/** Why this phone ballot is refused (not open, not a candidate, more choices than places, twice), or null. */
export function ballotProblem(vote: ProjectVote, ballot: Omit<PhoneBallot, 'at'>): string | null {
  if (vote.state !== 'open') return '这次票决已经结束，不能再投票';
  if (vote.method !== 'phones') return '这次票决由工作人员录入票数，不接受手机投票';
  if (ballot.projectIds.length === 0) return '请至少选择一个项目再投票';
  const candidates = new Set(vote.candidateIds);
  if (ballot.projectIds.some((id) => !candidates.has(id))) {
    return '所选项目不在这次票决的候选名单中，请刷新后重新选择';
  }
  if (new Set(ballot.projectIds).size !== ballot.projectIds.length) {
    return '同一个项目只能投一票，请去掉重复的选择';
  }
  if (ballot.projectIds.length > vote.places) {
    return `这次票决共 ${vote.places} 个名额，最多选 ${vote.places} 个项目，您选了 ${ballot.projectIds.length} 个`;
  }
  if (vote.phoneBallots.some((b) => b.phoneId === ballot.phoneId)) {
    return '这部手机已经投过票了，每部手机只能投一次';
  }
  return null;
}

/**
 * Ranked by votes (competition ranking); the top `places` chosen, except candidates tied across the
 * last place: none of those is chosen and their places stay open for a run-off.
 *
 * Equal votes keep the candidates' listed order. `placesOpen` counts only places left for a run-off
 * (a tie across the cutoff); with no more candidates than places everyone is chosen and it is 0.
 * `ballots` is the headcount the hall gave (`voters`) when there is one, else the phones' ballots
 * counted (method phones) or 0 (tallies without a headcount: the tallies alone cannot say how many
 * voted, since each representative may vote for several).
 */
export function voteResult(vote: ProjectVote): VoteResult {
  const counts = voteCounts(vote);
  const order = new Map(vote.candidateIds.map((id, i) => [id, i]));
  const sorted = [...counts].sort(
    (a, b) => b.votes - a.votes || (order.get(a.projectId) ?? 0) - (order.get(b.projectId) ?? 0),
  );
  const places = vote.places;
  let chosenSet: Set<string>;
  let tiedAtCutoff: string[] = [];
  let placesOpen = 0;
  let margin: number | null = null;
  if (sorted.length <= places) {
    chosenSet = new Set(sorted.map((t) => t.projectId));
  } else {
    const last = sorted[places - 1]!;
    const firstOut = sorted[places]!;
    if (last.votes === firstOut.votes) {
      const cutoff = last.votes;
      chosenSet = new Set(sorted.filter((t) => t.votes > cutoff).map((t) => t.projectId));
      tiedAtCutoff = sorted.filter((t) => t.votes === cutoff).map((t) => t.projectId);
      placesOpen = places - chosenSet.size;
    } else {
      chosenSet = new Set(sorted.slice(0, places).map((t) => t.projectId));
      margin = last.votes - firstOut.votes;
    }
  }
  const ranking: VoteRank[] = [];
  sorted.forEach((t, i) => {
    const previous = ranking[i - 1];
    const rank = previous && previous.votes === t.votes ? previous.rank : i + 1;
    ranking.push({ projectId: t.projectId, votes: t.votes, rank, chosen: chosenSet.has(t.projectId) });
  });
  const ballots = vote.voters ?? (vote.method === 'phones' ? vote.phoneBallots.length : 0);
  return {
    ranking,
    chosen: ranking.filter((r) => r.chosen).map((r) => r.projectId),
    tiedAtCutoff,
    placesOpen,
    margin,
    ballots,
  };
}
