import {
  EMPTY_TALLY,
  WHOLE_REPORT_PART,
  type Card,
  type PartScore,
  type PartScoreView,
  type ScoreSheet,
  type Tally,
} from '../../domain';

/** The one part scored when the report has no agenda dividers. */
const WHOLE_REPORT_TITLE = '整体工作';

/** The parts residents score: each agenda card in order, or one whole-report part when there is none. */
export function scoreParts(cards: readonly Card[]): { partId: string; title: string }[] {
  const parts = cards
    .filter((card) => card.kind === 'agenda' && !card.hidden)
    // An untitled divider still opens a part; residents are asked about it by its place.
    .map((card, i) => ({ partId: card.id, title: card.title.trim() || `第${i + 1}部分` }));
  return parts.length > 0 ? parts : [{ partId: WHOLE_REPORT_PART, title: WHOLE_REPORT_TITLE }];
}

const votesOf = (t: Tally) => t.satisfied + t.basicallySatisfied + t.dissatisfied;

const rateOf = (t: Tally, votes: number) => (votes > 0 ? (t.satisfied + t.basicallySatisfied) / votes : null);

function viewOf(partId: string, title: string, stored: PartScore | undefined): PartScoreView {
  const hands = stored?.hands ?? null;
  const phones = stored?.phones ?? EMPTY_TALLY;
  const handsVotes = hands ? votesOf(hands) : 0;
  const phoneVotes = votesOf(phones);
  return {
    partId,
    title,
    hands,
    phones,
    handsVotes,
    phoneVotes,
    handsRate: hands ? rateOf(hands, handsVotes) : null,
    phoneRate: rateOf(phones, phoneVotes),
  };
}

/** Parts with their stored tallies and each channel's 满意率 (null below one vote); stored parts no longer in the report stay, last. */
export function scoreSheet(cards: readonly Card[], stored: readonly PartScore[]): ScoreSheet {
  const byPart = new Map(stored.map((s) => [s.partId, s]));
  const parts = scoreParts(cards);
  const current = new Set(parts.map((p) => p.partId));
  return {
    parts: [
      // Once scored, a part keeps the title it was scored under: renaming the card later does not
      // rewrite what the room was asked.
      ...parts.map((p) => viewOf(p.partId, byPart.get(p.partId)?.title ?? p.title, byPart.get(p.partId))),
      ...stored.filter((s) => !current.has(s.partId)).map((s) => viewOf(s.partId, s.title, s)),
    ],
  };
}
