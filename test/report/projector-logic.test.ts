import { describe, expect, it } from 'vitest';
import { IDLE_COUNTDOWN, NO_OVERLAYS, type CardView, type PresentationState } from '../../shared/domain';
import { mountedWindow, shownCardIndex } from '../../renderer/projector/shown-card';
import { fittedCardWidth } from '../../renderer/projector/use-window-size';
import { viewAddress, viewRoute } from '../../renderer/projector/view-route';
import { MAX_ZOOM, MIN_ZOOM, zoomAfterKey } from '../../renderer/projector/projector-zoom';
import { nativeSize } from '../../renderer/report/card-style';

const card = (id: string): CardView => ({
  id,
  kind: 'agenda',
  title: id,
  hidden: false,
  notes: '',
  part: 0,
  plannedMinutes: null,
});
const state = (patch: Partial<PresentationState>): PresentationState => ({
  meetingId: 'm1',
  running: true,
  cardId: null,
  index: 0,
  blank: 'none',
  startedAt: null,
  partStartedAt: null,
  seq: 1,
  overlays: NO_OVERLAYS,
  panel: 'none',
  countdown: IDLE_COUNTDOWN,
  commitmentId: null,
  voteId: null,
  ...patch,
});

describe('which card the projector shows', () => {
  const cards = [card('a'), card('b'), card('c'), card('d')];
  it('shows none before the start, after Esc and while the state is unknown', () => {
    expect(shownCardIndex(cards, undefined)).toBeNull();
    expect(shownCardIndex(cards, state({ running: false, cardId: 'b', index: 1 }))).toBeNull();
    expect(shownCardIndex([], state({ index: 0 }))).toBeNull();
  });
  it('finds the card by id, and by position when the view does not have it yet', () => {
    expect(shownCardIndex(cards, state({ cardId: 'c', index: 0 }))).toBe(2);
    expect(shownCardIndex(cards, state({ cardId: 'zz', index: 9 }))).toBe(3);
  });
  it('keeps the neighbours mounted, and only them', () => {
    expect(mountedWindow(cards, 0).map((c) => c.id)).toEqual(['a', 'b']);
    expect(mountedWindow(cards, 2).map((c) => c.id)).toEqual(['b', 'c', 'd']);
    expect(mountedWindow(cards, null)).toEqual([]);
  });
});

describe('fitting a card on the screen', () => {
  it('letterboxes 16:9 and 4:3 keeping the aspect ratio', () => {
    expect(fittedCardWidth({ width: 1920, height: 1080 }, nativeSize('16:9'), 1)).toBe(1920);
    expect(fittedCardWidth({ width: 1024, height: 768 }, nativeSize('16:9'), 1)).toBe(1024);
    expect(fittedCardWidth({ width: 1920, height: 1080 }, nativeSize('4:3'), 1)).toBe(1440);
    expect(fittedCardWidth({ width: 1024, height: 768 }, nativeSize('4:3'), 1)).toBe(1024);
    expect(fittedCardWidth({ width: 1920, height: 1080 }, nativeSize('16:9'), 0.9)).toBe(1728);
  });
});

describe('projector zoom keys', () => {
  const key = (k: string, ctrlKey = true) => ({ key: k, ctrlKey, metaKey: false });
  it('steps by 5%, resets with 0, and ignores keys without Ctrl', () => {
    expect(zoomAfterKey(1, key('='))).toBe(1.05);
    expect(zoomAfterKey(1, key('+'))).toBe(1.05);
    expect(zoomAfterKey(1, key('-'))).toBe(0.95);
    expect(zoomAfterKey(1.3, key('0'))).toBe(1);
    expect(zoomAfterKey(1, key('=', false))).toBeNull();
    expect(zoomAfterKey(1, key('b'))).toBeNull();
  });
  it('stays within its bounds', () => {
    expect(zoomAfterKey(MAX_ZOOM, key('='))).toBe(MAX_ZOOM);
    expect(zoomAfterKey(MIN_ZOOM, key('-'))).toBe(MIN_ZOOM);
  });
});

describe('projector and print addresses', () => {
  it('picks the view from the query and nothing else', () => {
    expect(viewRoute(new URLSearchParams('view=projector&meeting=m1'))).toEqual({
      view: 'projector',
      meetingId: 'm1',
    });
    expect(viewRoute(new URLSearchParams('view=print&meeting=m1'))).toEqual({
      view: 'print',
      meetingId: 'm1',
    });
    expect(viewRoute(new URLSearchParams('view=projector'))).toBeNull();
    expect(viewRoute(new URLSearchParams('view=admin&meeting=m1'))).toBeNull();
    expect(viewRoute(new URLSearchParams(''))).toBeNull();
  });
  it('keeps the token after # so it never reaches a server log, and round-trips', () => {
    const address = viewAddress(
      { origin: 'http://127.0.0.1:5173', pathname: '/' },
      { view: 'projector', meetingId: 'm 1' },
      'tok_en',
    );
    expect(address).toBe('http://127.0.0.1:5173/?view=projector&meeting=m+1#token=tok_en');
    const url = new URL(address);
    expect(viewRoute(url.searchParams)).toEqual({ view: 'projector', meetingId: 'm 1' });
    expect(url.search).not.toContain('tok_en');
  });
});
