import { describe, expect, it } from 'vitest';
import type { CardInput, PresentationAction, PresentationState } from '../../shared/domain';
import { openAppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { value } from '../contract/result-helpers';

const settings = {
  layout: '16:9' as const,
  showHeader: true,
  showFooter: true,
  showClock: false,
  showLogo: true,
  footerText: '',
};

/** A clock the test moves by hand, so part times differ without reading the wall clock. */
function steppingClock() {
  let t = Date.parse('2025-03-05T06:30:00Z');
  return {
    now: () => new Date(t),
    advance: (minutes: number) => {
      t += minutes * 60_000;
    },
  };
}

const cards: CardInput[] = [
  { id: 'ccover', kind: 'cover', title: '封面' },
  { id: 'cpart1', kind: 'agenda', title: '第一部分：亮家底', plannedMinutes: 20 },
  { id: 'cfig', kind: 'figure', title: '解决率', figure: { source: 'data', metric: 'resolutionRate' } },
  { id: 'chidden', kind: 'list', title: '隐藏的清单', hidden: true },
  { id: 'cpart2', kind: 'agenda', title: '第二部分：亮短板', plannedMinutes: 15 },
  { id: 'cshort', kind: 'shortcoming', title: '短板' },
  { id: 'cclose', kind: 'closing', title: '谢谢' },
];
/** The visible ones, in order: the hidden card is never counted. */
const visible = ['ccover', 'cpart1', 'cfig', 'cpart2', 'cshort', 'cclose'];

async function setUp() {
  const clock = steppingClock();
  const app = await openAppServices({
    store: new MemoryDocumentStore(),
    dataDir: '/mem',
    version: 'test',
    now: clock.now,
  });
  const m = value(
    await app.call('meetings.create', {
      title: '报告会',
      level: 'street',
      startsAt: '2025-03-05T14:30:00+08:00',
    }),
  );
  await app.call('report.save', { meetingId: m.id, cards, settings, expectedRevision: 0 });
  const events: PresentationState[] = [];
  app.events.subscribe((message) => {
    if (message.event === 'presentation.changed' && message.payload.state) events.push(message.payload.state);
  });
  const act = async (action: PresentationAction) =>
    value(await app.call('presentation.act', { meetingId: m.id, action }));
  return { app, meetingId: m.id, clock, act, events };
}

async function run(
  act: (a: PresentationAction) => Promise<PresentationState>,
  actions: PresentationAction[],
) {
  let last: PresentationState | null = null;
  for (const action of actions) last = await act(action);
  return last!;
}

describe('presentation service', () => {
  it('starts on the neutral screen before F5, on the first card', async () => {
    const { app, meetingId } = await setUp();
    const state = value(await app.call('presentation.get', { meetingId }));
    expect(state).toMatchObject({ running: false, cardId: 'ccover', index: 0, blank: 'none', seq: 0 });
  });

  it('steps over hidden cards and stays on the last card past the end', async () => {
    const { act } = await setUp();
    await act({ kind: 'start', fromCurrent: false });
    const seen: Array<string | null> = [];
    for (let i = 0; i < visible.length + 3; i++) seen.push((await act({ kind: 'next' })).cardId);
    expect(seen).toEqual([...visible.slice(1), 'cclose', 'cclose', 'cclose', 'cclose']);
    expect(seen).not.toContain('chidden');
    const back = await run(act, [{ kind: 'first' }, { kind: 'previous' }]);
    expect(back).toMatchObject({ index: 0, cardId: 'ccover' });
    expect((await act({ kind: 'last' })).cardId).toBe('cclose');
  });

  it('jumps by number, clamped to the last card', async () => {
    const { act } = await setUp();
    expect((await act({ kind: 'goTo', index: 2 })).cardId).toBe('cfig');
    expect(await act({ kind: 'goTo', index: 99 })).toMatchObject({
      index: visible.length - 1,
      cardId: 'cclose',
    });
    expect((await act({ kind: 'goToCard', cardId: 'cshort' })).index).toBe(4);
    // A hidden or unknown card leaves the screen where it is.
    expect((await act({ kind: 'goToCard', cardId: 'chidden' })).cardId).toBe('cshort');
  });

  it('toggles black and white: the same key twice goes back, another key switches, moving uncovers', async () => {
    const { act } = await setUp();
    await act({ kind: 'start', fromCurrent: false });
    expect((await act({ kind: 'blank', blank: 'black' })).blank).toBe('black');
    expect((await act({ kind: 'blank', blank: 'black' })).blank).toBe('none');
    expect((await act({ kind: 'blank', blank: 'white' })).blank).toBe('white');
    expect((await act({ kind: 'blank', blank: 'black' })).blank).toBe('black');
    const moved = await act({ kind: 'next' });
    expect(moved).toMatchObject({ blank: 'none', cardId: 'cpart1' });
    // Even where a key cannot move (the last card), it brings the card back.
    await act({ kind: 'last' });
    await act({ kind: 'blank', blank: 'black' });
    expect(await act({ kind: 'next' })).toMatchObject({ blank: 'none', cardId: 'cclose' });
  });

  it('starts from the beginning (F5) or the current card (Shift+F5), and stops', async () => {
    const { act, clock } = await setUp();
    await act({ kind: 'goTo', index: 2 });
    const fromCurrent = await act({ kind: 'start', fromCurrent: true });
    expect(fromCurrent).toMatchObject({ running: true, cardId: 'cfig' });
    expect(fromCurrent.startedAt).not.toBeNull();
    clock.advance(5);
    const stopped = await act({ kind: 'stop' });
    expect(stopped).toMatchObject({ running: false, cardId: 'cfig', blank: 'none' });
    const fresh = await act({ kind: 'start', fromCurrent: false });
    expect(fresh).toMatchObject({ running: true, cardId: 'ccover', index: 0 });
    expect(fresh.startedAt).not.toBe(fromCurrent.startedAt);
  });

  it('restarts the part timer when crossing an agenda divider, not within a part', async () => {
    const { act, clock } = await setUp();
    const started = await act({ kind: 'start', fromCurrent: false });
    clock.advance(1);
    const intoPart1 = await act({ kind: 'next' });
    expect(intoPart1.partStartedAt).not.toBe(started.partStartedAt);
    clock.advance(3);
    const withinPart1 = await act({ kind: 'next' });
    expect(withinPart1.cardId).toBe('cfig');
    expect(withinPart1.partStartedAt).toBe(intoPart1.partStartedAt);
    clock.advance(10);
    const intoPart2 = await act({ kind: 'next' });
    expect(intoPart2.cardId).toBe('cpart2');
    expect(intoPart2.partStartedAt).not.toBe(intoPart1.partStartedAt);
    clock.advance(2);
    // Back across the divider is another part too.
    const backToPart1 = await act({ kind: 'previous' });
    expect(backToPart1.partStartedAt).not.toBe(intoPart2.partStartedAt);
    // A blank screen is no part change.
    clock.advance(1);
    expect((await act({ kind: 'blank', blank: 'black' })).partStartedAt).toBe(backToPart1.partStartedAt);
  });

  it('re-anchors when the current card is deleted, and tells every window', async () => {
    const { app, meetingId, act, events } = await setUp();
    await act({ kind: 'start', fromCurrent: false });
    const onFigure = await act({ kind: 'goToCard', cardId: 'cfig' });
    expect(onFigure.index).toBe(2);
    const report = value(await app.call('report.get', { meetingId }));
    await app.call('report.save', {
      meetingId,
      cards: report.cards.filter((c) => c.id !== 'cfig'),
      settings,
      expectedRevision: report.revision,
    });
    const after = value(await app.call('presentation.get', { meetingId }));
    // The card that took its place; the index stays where the operator was.
    expect(after).toMatchObject({ index: 2, cardId: 'cpart2', running: true });
    const last = events.at(-1)!;
    expect(last).toMatchObject({ cardId: 'cpart2', index: 2 });
    expect(last.seq).toBeGreaterThan(onFigure.seq);
    // The next key moves on from there.
    expect((await act({ kind: 'next' })).cardId).toBe('cshort');
  });

  it('re-anchors on an empty report to no card', async () => {
    const { app, meetingId, act } = await setUp();
    await act({ kind: 'goTo', index: 4 });
    const report = value(await app.call('report.get', { meetingId }));
    await app.call('report.save', { meetingId, cards: [], settings, expectedRevision: report.revision });
    expect(value(await app.call('presentation.get', { meetingId }))).toMatchObject({
      cardId: null,
      index: 0,
    });
    expect(await act({ kind: 'next' })).toMatchObject({ cardId: null, index: 0 });
  });

  it('carries each new state in presentation.changed with an increasing seq', async () => {
    const { act, events, meetingId } = await setUp();
    const returned: PresentationState[] = [];
    for (const action of [
      { kind: 'start', fromCurrent: false },
      { kind: 'next' },
      { kind: 'blank', blank: 'black' },
      { kind: 'goTo', index: 4 },
      { kind: 'stop' },
    ] satisfies PresentationAction[]) {
      returned.push(await act(action));
    }
    expect(events).toEqual(returned);
    expect(events.every((s) => s.meetingId === meetingId)).toBe(true);
    const seqs = events.map((s) => s.seq);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]!).toBeGreaterThan(seqs[i - 1]!);
  });

  it('refuses a deleted meeting', async () => {
    const { app, meetingId } = await setUp();
    await app.call('meetings.delete', { id: meetingId });
    const result = await app.call('presentation.act', { meetingId, action: { kind: 'next' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
