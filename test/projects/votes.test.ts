import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ballotProblem, voteCounts, voteResult, voteSetupProblem } from '../../shared/logic/projects/votes';
import { AT, makeVote } from './pool-builder';

const tallies = (votes: number[]) =>
  makeVote({
    places: 2,
    candidateIds: votes.map((_, i) => `c${i + 1}`),
    tallies: votes.map((v, i) => ({ projectId: `c${i + 1}`, votes: v })),
  });

describe('voteSetupProblem', () => {
  it('refuses as many candidates as places (差额 needs more), saying how to fix it', () => {
    expect(voteSetupProblem(3, ['a', 'b', 'c'])).toBe(
      '差额票决要求候选项目多于名额：现有 3 个候选、3 个名额，请再增加候选项目或减少名额',
    );
    expect(voteSetupProblem(3, ['a', 'b'])).toContain('现有 2 个候选、3 个名额');
  });
  it('refuses zero places and repeated candidates', () => {
    expect(voteSetupProblem(0, ['a', 'b'])).toMatch(/名额至少为 1/);
    expect(voteSetupProblem(1, ['a', 'a', 'b'])).toMatch(/重复/);
  });
  it('accepts more candidates than places', () => {
    expect(voteSetupProblem(3, ['a', 'b', 'c', 'd'])).toBeNull();
  });
});

describe('voteCounts', () => {
  it('gives tallies in candidate order, a missing one as 0', () => {
    const vote = makeVote({
      tallies: [
        { projectId: 'pj-c', votes: 7 },
        { projectId: 'pj-a', votes: 3 },
      ],
    });
    expect(voteCounts(vote)).toEqual([
      { projectId: 'pj-a', votes: 3 },
      { projectId: 'pj-b', votes: 0 },
      { projectId: 'pj-c', votes: 7 },
    ]);
  });
  it('counts the phones’ ballots per candidate', () => {
    const vote = makeVote({
      method: 'phones',
      phoneBallots: [
        { phoneId: 'ph1', projectIds: ['pj-a', 'pj-b'], at: AT },
        { phoneId: 'ph2', projectIds: ['pj-b'], at: AT },
        { phoneId: 'ph3', projectIds: ['pj-b', 'pj-c'], at: AT },
      ],
    });
    expect(voteCounts(vote).map((t) => t.votes)).toEqual([1, 3, 1]);
    expect(voteResult(vote).ballots).toBe(3);
  });
});

describe('ballotProblem', () => {
  const vote = makeVote({
    method: 'phones',
    phoneBallots: [{ phoneId: 'ph1', projectIds: ['pj-a'], at: AT }],
  });
  it('accepts a fresh phone choosing up to the places', () => {
    expect(ballotProblem(vote, { phoneId: 'ph2', projectIds: ['pj-a', 'pj-c'] })).toBeNull();
  });
  it('refuses a closed vote, a non-candidate, too many choices, a repeat and a second ballot', () => {
    expect(ballotProblem({ ...vote, state: 'closed' }, { phoneId: 'ph2', projectIds: ['pj-a'] })).toMatch(
      /已经结束/,
    );
    expect(ballotProblem(vote, { phoneId: 'ph2', projectIds: ['pj-x'] })).toMatch(/候选名单/);
    expect(ballotProblem(vote, { phoneId: 'ph2', projectIds: ['pj-a', 'pj-b', 'pj-c'] })).toMatch(
      /最多选 2 个项目，您选了 3 个/,
    );
    expect(ballotProblem(vote, { phoneId: 'ph2', projectIds: ['pj-a', 'pj-a'] })).toMatch(/只能投一票/);
    expect(ballotProblem(vote, { phoneId: 'ph1', projectIds: ['pj-b'] })).toMatch(/已经投过票/);
  });
  it('refuses a phone ballot on a vote counted by tallies', () => {
    expect(ballotProblem(makeVote(), { phoneId: 'ph2', projectIds: ['pj-a'] })).toMatch(/工作人员录入/);
  });
});

describe('voteResult', () => {
  it('ranks by votes, chooses the top places and keeps the margin', () => {
    const result = voteResult(tallies([12, 31, 20, 5]));
    expect(result.ranking.map((r) => [r.projectId, r.votes, r.rank, r.chosen])).toEqual([
      ['c2', 31, 1, true],
      ['c3', 20, 2, true],
      ['c1', 12, 3, false],
      ['c4', 5, 4, false],
    ]);
    expect(result.chosen).toEqual(['c2', 'c3']);
    expect(result.margin).toBe(8);
    expect(result.tiedAtCutoff).toEqual([]);
    expect(result.placesOpen).toBe(0);
    expect(result.ballots).toBe(0);
  });
  it('leaves a tie at the cutoff open: none of the tied chosen, their places open for a run-off', () => {
    const result = voteResult(tallies([30, 20, 20, 20, 4]));
    expect(result.chosen).toEqual(['c1']);
    expect(result.tiedAtCutoff).toEqual(['c2', 'c3', 'c4']);
    expect(result.placesOpen).toBe(1);
    expect(result.margin).toBeNull();
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 2, 2, 5]);
  });
  it('chooses both of a tie above the cutoff', () => {
    const result = voteResult(tallies([25, 25, 10]));
    expect(result.chosen).toEqual(['c1', 'c2']);
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 1, 3]);
    expect(result.margin).toBe(15);
    expect(result.placesOpen).toBe(0);
  });
  it('keeps candidate order among equal votes and takes the hall’s headcount for ballots', () => {
    const result = voteResult({ ...tallies([3, 9, 9, 9]), places: 3, voters: 43 });
    expect(result.chosen).toEqual(['c2', 'c3', 'c4']);
    expect(result.ranking.map((r) => r.projectId)).toEqual(['c2', 'c3', 'c4', 'c1']);
    expect(result.ballots).toBe(43);
  });

  it('fills every place or leaves it open, and never passes over a candidate for one with fewer votes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 1, max: 11 }),
        (votes, placesRaw) => {
          const places = Math.min(placesRaw, votes.length - 1);
          const result = voteResult({ ...tallies(votes), places });
          expect(result.chosen.length + result.placesOpen).toBe(places);
          const byId = new Map(result.ranking.map((r) => [r.projectId, r.votes]));
          const chosen = new Set(result.chosen);
          const minChosen = Math.min(...result.chosen.map((id) => byId.get(id)!));
          for (const r of result.ranking) {
            if (chosen.has(r.projectId)) continue;
            // Left out by the count: strictly fewer votes than every chosen one (a tie would be open).
            if (result.chosen.length > 0) expect(r.votes).toBeLessThan(minChosen);
          }
          for (const id of result.tiedAtCutoff) expect(chosen.has(id)).toBe(false);
        },
      ),
    );
  });
});
