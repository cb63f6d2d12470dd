import type { Card, PartScore, ScoreSheet } from '../../domain';

/** The parts residents score: each agenda card in order, or one whole-report part when there is none. */
export function scoreParts(cards: readonly Card[]): { partId: string; title: string }[] {
  void cards;
  return []; // HELPER(logic): implement
}

/** Parts with their stored tallies, totals and 满意率 (null below one vote); stored parts no longer in the report stay, last. */
export function scoreSheet(cards: readonly Card[], stored: readonly PartScore[]): ScoreSheet {
  void cards;
  void stored;
  return { parts: [] }; // HELPER(logic): implement
}
