import type { Card, CardKind } from '../../../shared/domain';

/** A card id made here, for a card added or duplicated in the builder (the services check uniqueness). */
export function newCardId(): string {
  return `c${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}

/** Moves a card by `delta` places; the list is unchanged when it would leave the ends. */
export function moveCard(cards: readonly Card[], id: string, delta: number): readonly Card[] {
  const from = cards.findIndex((c) => c.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= cards.length) return cards;
  return moveCardTo(cards, from, to);
}

export function moveCardTo(cards: readonly Card[], from: number, to: number): readonly Card[] {
  if (from === to) return cards;
  const next = [...cards];
  const [card] = next.splice(from, 1);
  if (!card) return cards;
  next.splice(to, 0, card);
  return next;
}

export function replaceCard(cards: readonly Card[], card: Card): readonly Card[] {
  return cards.map((c) => (c.id === card.id ? card : c));
}

/** A copy right after the original, with a new id. */
export function duplicateCard(cards: readonly Card[], id: string, newId: string): readonly Card[] {
  const index = cards.findIndex((c) => c.id === id);
  const card = cards[index];
  if (!card) return cards;
  const next = [...cards];
  next.splice(index + 1, 0, { ...structuredClone(card), id: newId });
  return next;
}

export function insertCard(cards: readonly Card[], card: Card, afterId: string | null): readonly Card[] {
  const index = afterId === null ? -1 : cards.findIndex((c) => c.id === afterId);
  if (index < 0) return [...cards, card];
  const next = [...cards];
  next.splice(index + 1, 0, card);
  return next;
}

export function removeCard(cards: readonly Card[], id: string): readonly Card[] {
  return cards.filter((c) => c.id !== id);
}

/** Whether the hall would see at least one 亮短板 card; a report of achievements only gets a warning. */
export function hasVisibleShortcoming(cards: readonly Card[]): boolean {
  return cards.some((c) => c.kind === 'shortcoming' && !c.hidden);
}

/** A blank card of a kind, ready to fill in; figures start as "—" (no value), never 0. */
export function blankCard(kind: CardKind, id: string, title: string): Card {
  const base = { id, title, hidden: false, notes: '' };
  switch (kind) {
    case 'cover':
      return { ...base, kind, subtitle: '', dateText: '' };
    case 'welcome':
      return { ...base, kind, timeText: '', agenda: [], wifi: '', showJoinQr: true };
    case 'figure':
      return {
        ...base,
        kind,
        label: '',
        figure: { source: 'manual', value: null, unit: '', denominator: '', period: '' },
        comparison: { kind: 'none', value: null, label: '' },
        sourceNote: '',
      };
    case 'chart':
      return { ...base, kind, chartType: 'bar', data: { source: 'data', series: 'byCategory', limit: 7 } };
    case 'case':
      return {
        ...base,
        kind,
        body: '',
        before: { mediaId: null, caption: '' },
        after: { mediaId: null, caption: '' },
      };
    case 'shortcoming':
      return {
        ...base,
        kind,
        problem: '',
        cause: '',
        measure: '',
        departmentId: null,
        deadline: null,
        groupId: null,
      };
    case 'promises':
      return { ...base, kind, previousMeetingId: null };
    case 'list':
      return { ...base, kind, items: [] };
    case 'agenda':
      return { ...base, kind, plannedMinutes: null };
    case 'closing':
      return { ...base, kind, contact: '', nextMeeting: '', qrText: '' };
  }
}
