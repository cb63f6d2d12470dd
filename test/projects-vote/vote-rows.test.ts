import { describe, expect, it } from 'vitest';
import { voteRows } from '../../renderer/projector/live/vote-rows';
import type { PublicVote } from '../../shared/domain';
import { voteResult } from '../../shared/logic/projects/votes';
import { makeVote } from '../projects/pool-builder';

const NAMES: Record<string, string> = {
  'pj-a': '加装电梯',
  'pj-b': '路灯改造',
  'pj-c': '口袋公园',
  'pj-d': '共享停车',
};

function shown(votes: Record<string, number>, places: number): PublicVote {
  const ids = Object.keys(votes);
  const vote = makeVote({
    places,
    candidateIds: ids,
    tallies: ids.map((projectId) => ({ projectId, votes: votes[projectId] ?? 0 })),
    counters: ['张建华'],
    state: 'closed',
  });
  const result = voteResult(vote);
  return {
    id: vote.id,
    title: vote.title,
    batchName: '第二批',
    places,
    method: 'tally',
    state: 'closed',
    voters: 40,
    counters: vote.counters,
    candidates: ids.map((projectId) => ({
      projectId,
      name: NAMES[projectId] ?? projectId,
      category: 'living',
      town: '',
      votes: votes[projectId] ?? 0,
    })),
    result,
    closedAt: '2024-07-15T11:00:00+08:00',
  };
}

describe('the vote on the projector', () => {
  it('ranks by the count, 当选 marked, the margin kept', () => {
    const vote = shown({ 'pj-d': 8, 'pj-a': 30, 'pj-c': 12, 'pj-b': 25 }, 2);
    const rows = voteRows(vote);
    expect(rows.map((r) => [r.rank, r.name, r.votes, r.mark])).toEqual([
      [1, '加装电梯', 30, 'chosen'],
      [2, '路灯改造', 25, 'chosen'],
      [3, '口袋公园', 12, null],
      [4, '共享停车', 8, null],
    ]);
    expect(vote.result?.margin).toBe(13);
  });

  it('names the candidates tied across the last place: none chosen, their places open for a run-off', () => {
    const vote = shown({ 'pj-a': 30, 'pj-b': 20, 'pj-c': 20, 'pj-d': 5 }, 2);
    const rows = voteRows(vote);
    expect(rows.map((r) => [r.rank, r.name, r.mark])).toEqual([
      [1, '加装电梯', 'chosen'],
      [2, '路灯改造', 'tied'],
      [2, '口袋公园', 'tied'],
      [4, '共享停车', null],
    ]);
    expect(vote.result).toMatchObject({ placesOpen: 1, margin: null });
  });

  it('keeps the counts back while the vote runs: the candidates as listed, no rank', () => {
    const open = { ...shown({ 'pj-a': 3, 'pj-b': 1, 'pj-c': 0 }, 1), state: 'open' as const, result: null };
    expect(voteRows(open).map((r) => [r.name, r.rank, r.votes])).toEqual([
      ['加装电梯', null, null],
      ['路灯改造', null, null],
      ['口袋公园', null, null],
    ]);
  });
});
