import { describe, expect, it } from 'vitest';
import type { Card, ReportSettings } from '../../../shared/domain';
import {
  MAX_HISTORY,
  record,
  redo,
  startHistory,
  undo,
  type Snapshot,
} from '../../../renderer/screens/report/card-history';
import {
  blankCard,
  duplicateCard,
  hasVisibleShortcoming,
  moveCard,
  removeCard,
} from '../../../renderer/screens/report/card-ops';

const settings: ReportSettings = {
  layout: '16:9',
  showHeader: true,
  showFooter: true,
  showClock: false,
  showLogo: true,
  footerText: '',
};
const card = (id: string, title = id): Card => blankCard('cover', id, title);
const snap = (...cards: Card[]): Snapshot => ({ cards, settings });

describe('the builder history', () => {
  it('undoes and redoes whole snapshots, and a new edit drops the redo steps', () => {
    const a = snap(card('a'));
    const b = snap(card('a'), card('b'));
    const c = snap(card('b'));
    let h = record(record(startHistory(a), b), c);
    h = undo(h);
    expect(h.present).toBe(b);
    h = undo(h);
    expect(h.present).toBe(a);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(b);
    h = record(h, a);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('keeps keystrokes in one field as one step, a different field or a one-off change as new ones', () => {
    const start = snap(card('a', ''));
    let h = startHistory(start);
    h = record(h, snap(card('a', '方')), 'a:title');
    h = record(h, snap(card('a', '方庄')), 'a:title');
    expect(h.past).toHaveLength(1);
    h = record(h, snap(card('a', '方庄')), 'a:notes');
    expect(h.past).toHaveLength(2);
    h = undo(undo(h));
    expect(h.present).toBe(start);
    // After an undo, typing again in the same field is a new step, not merged into an old one.
    h = record(h, snap(card('a', 'x')), 'a:title');
    h = record(h, snap(card('a', 'xy')), 'a:title');
    expect(h.past).toHaveLength(1);
  });

  it('forgets the oldest steps beyond its limit', () => {
    let h = startHistory(snap());
    for (let i = 0; i < MAX_HISTORY + 20; i++) h = record(h, snap(card(`c${i}`)));
    expect(h.past).toHaveLength(MAX_HISTORY);
  });
});

describe('card list operations', () => {
  const list = [card('a'), card('b'), card('c')];

  it('moves a card one place and leaves the list alone at the ends', () => {
    expect(moveCard(list, 'a', 1).map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(moveCard(list, 'c', -1).map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(moveCard(list, 'a', -1)).toBe(list);
    expect(moveCard(list, 'c', 1)).toBe(list);
  });

  it('duplicates right after the original with a new id, removes by id', () => {
    const copied = duplicateCard(list, 'b', 'b2');
    expect(copied.map((c) => c.id)).toEqual(['a', 'b', 'b2', 'c']);
    expect(copied[2]).toEqual({ ...list[1], id: 'b2' });
    expect(removeCard(list, 'b').map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('counts only a shown shortcoming card as 亮短板', () => {
    const shortcoming = blankCard('shortcoming', 's', '短板');
    expect(hasVisibleShortcoming(list)).toBe(false);
    expect(hasVisibleShortcoming([...list, shortcoming])).toBe(true);
    expect(hasVisibleShortcoming([...list, { ...shortcoming, hidden: true }])).toBe(false);
  });

  it('starts a blank figure as no value ("—"), never 0', () => {
    const figure = blankCard('figure', 'f', '数字');
    expect(figure.kind === 'figure' && figure.figure).toMatchObject({ source: 'manual', value: null });
  });
});
