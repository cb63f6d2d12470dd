import { MIN_RATE_DENOMINATOR, Tally, type PartScoreView } from '../../../../shared/domain';
import { formatRate, fraction } from '../../../../shared/logic/fraction';

/** The three levels in the order the operator types them (and the hall raises hands). */
export const TALLY_LEVELS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export type TallyLevel = (typeof TALLY_LEVELS)[number];

/** What the operator has typed for a row: a number per level, or nothing yet. */
export type HandsDraft = Record<TallyLevel, number | null>;

export type HandsProblem = 'missing' | 'notWhole' | 'tooLarge';

export type ParsedHands = { ok: true; tally: Tally } | { ok: false; problem: HandsProblem };

const MAX_HANDS = 100_000;

export function draftOf(hands: Tally | null): HandsDraft {
  return {
    satisfied: hands?.satisfied ?? null,
    basicallySatisfied: hands?.basicallySatisfied ?? null,
    dissatisfied: hands?.dissatisfied ?? null,
  };
}

/**
 * A row is saved whole or not at all: a blank level is not read as 0, since a forgotten field would
 * otherwise become "nobody was dissatisfied" on the projector.
 */
export function parseHands(draft: HandsDraft): ParsedHands {
  const values = TALLY_LEVELS.map((level) => draft[level]);
  if (values.some((v) => v === null || Number.isNaN(v))) return { ok: false, problem: 'missing' };
  const numbers = values as number[];
  if (numbers.some((v) => !Number.isInteger(v) || v < 0)) return { ok: false, problem: 'notWhole' };
  if (numbers.some((v) => v > MAX_HANDS)) return { ok: false, problem: 'tooLarge' };
  const [satisfied, basicallySatisfied, dissatisfied] = numbers as [number, number, number];
  return { ok: true, tally: Tally.parse({ satisfied, basicallySatisfied, dissatisfied }) };
}

export function sameDraft(a: HandsDraft, b: HandsDraft): boolean {
  return TALLY_LEVELS.every((level) => a[level] === b[level]);
}

/**
 * A part's total as the console states it: 满意 + 基本满意 over every vote, with the percentage
 * only from MIN_RATE_DENOMINATOR votes up; null when no vote came in (shown as "—", never 0 %).
 */
export interface ScoreFigure {
  positive: number;
  votes: number;
  rate: string | null;
}

/** One channel's figure (the show of hands or the phones, never their sum). */
export function scoreFigure(tally: Tally | null, votes: number): ScoreFigure | null {
  if (!tally || votes === 0) return null;
  const positive = tally.satisfied + tally.basicallySatisfied;
  const rate = votes >= MIN_RATE_DENOMINATOR ? formatRate(fraction(positive, votes)) : null;
  return { positive, votes, rate };
}

export function phoneVotes(part: Pick<PartScoreView, 'phones'>): number {
  return part.phones.satisfied + part.phones.basicallySatisfied + part.phones.dissatisfied;
}

export type ScoreChannel = 'hands' | 'phones';

/** Each channel's figure of a part, read from the view's own votes (never hands + phones). */
export function channelFigure(part: PartScoreView, channel: ScoreChannel): ScoreFigure | null {
  return channel === 'hands'
    ? scoreFigure(part.hands, part.handsVotes)
    : scoreFigure(part.phones, part.phoneVotes);
}
