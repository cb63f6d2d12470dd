import { describe, expect, it } from 'vitest';
import {
  draftOf,
  parseHands,
  phoneVotes,
  sameDraft,
  scoreFigure,
} from '../../renderer/screens/live/wrap-up/score-figures';

const tally = (satisfied: number, basicallySatisfied: number, dissatisfied: number) => ({
  satisfied,
  basicallySatisfied,
  dissatisfied,
});

describe('parseHands', () => {
  it('takes three whole counts, zero included', () => {
    expect(parseHands({ satisfied: 40, basicallySatisfied: 0, dissatisfied: 3 })).toEqual({
      ok: true,
      tally: tally(40, 0, 3),
    });
  });

  it('refuses a blank level instead of reading it as 0', () => {
    expect(parseHands({ satisfied: 40, basicallySatisfied: null, dissatisfied: 3 })).toEqual({
      ok: false,
      problem: 'missing',
    });
    expect(parseHands({ satisfied: Number.NaN, basicallySatisfied: 1, dissatisfied: 3 })).toEqual({
      ok: false,
      problem: 'missing',
    });
  });

  it('refuses fractions and negative counts', () => {
    expect(parseHands({ satisfied: 3.5, basicallySatisfied: 1, dissatisfied: 0 })).toEqual({
      ok: false,
      problem: 'notWhole',
    });
    expect(parseHands({ satisfied: 3, basicallySatisfied: -1, dissatisfied: 0 })).toEqual({
      ok: false,
      problem: 'notWhole',
    });
  });

  it('refuses counts above what a hall can hold', () => {
    expect(parseHands({ satisfied: 100_000, basicallySatisfied: 0, dissatisfied: 0 }).ok).toBe(true);
    expect(parseHands({ satisfied: 100_001, basicallySatisfied: 0, dissatisfied: 0 })).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
  });
});

describe('drafts', () => {
  it('starts blank for a part without a show of hands and from the stored counts otherwise', () => {
    expect(draftOf(null)).toEqual({ satisfied: null, basicallySatisfied: null, dissatisfied: null });
    expect(draftOf(tally(1, 2, 3))).toEqual({ satisfied: 1, basicallySatisfied: 2, dissatisfied: 3 });
  });

  it('tells an edited row from the stored one', () => {
    expect(sameDraft(draftOf(tally(1, 2, 3)), draftOf(tally(1, 2, 3)))).toBe(true);
    expect(sameDraft(draftOf(tally(1, 2, 3)), { ...draftOf(tally(1, 2, 3)), dissatisfied: 4 })).toBe(false);
    expect(sameDraft(draftOf(null), draftOf(tally(0, 0, 0)))).toBe(false);
  });
});

describe('scoreFigure', () => {
  it('is null without a vote, never a 0 % rate', () => {
    expect(scoreFigure(null, 0)).toBeNull();
    expect(scoreFigure(tally(0, 0, 0), 0)).toBeNull();
  });

  it('states the count only below the rate denominator floor', () => {
    expect(scoreFigure(tally(5, 2, 2), 9)).toEqual({ positive: 7, votes: 9, rate: null });
    expect(scoreFigure(tally(10, 5, 4), 19)?.rate).toBeNull();
  });

  it('adds the rate from 20 votes up, rounded half away from zero', () => {
    expect(scoreFigure(tally(12, 4, 4), 20)).toEqual({
      positive: 16,
      votes: 20,
      rate: '80.0%',
    });
    expect(scoreFigure(tally(100, 2, 7), 109)?.rate).toBe('93.6%');
  });
});

describe('phoneVotes', () => {
  it('counts every level', () => {
    expect(phoneVotes({ phones: tally(0, 0, 0) })).toBe(0);
    expect(phoneVotes({ phones: tally(3, 2, 1) })).toBe(6);
  });
});
