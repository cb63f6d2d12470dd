import type { CardView, PresentationState } from '../../shared/domain';

/** The card the hall should see, or null for the neutral screen. */
export function shownCardIndex(
  cards: readonly CardView[],
  state: PresentationState | undefined,
): number | null {
  if (!state?.running || cards.length === 0) return null;
  const byId = state.cardId === null ? -1 : cards.findIndex((c) => c.id === state.cardId);
  if (byId >= 0) return byId;
  // The view may trail the presentation by one event (a card added or hidden): fall back on the position.
  return Math.min(state.index, cards.length - 1);
}

/** The cards kept mounted around the shown one, so a step to either side swaps, never lays out anew. */
export function mountedWindow<T>(cards: readonly T[], index: number | null): T[] {
  return index === null ? [] : cards.slice(Math.max(0, index - 1), index + 2);
}
