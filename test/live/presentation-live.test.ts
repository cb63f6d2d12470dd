import { describe, expect, it } from 'vitest';
import type { CardInput, PresentationAction, PresentationState } from '../../shared/domain';
import { DEFAULT_ANSWER_SECONDS, NO_OVERLAYS } from '../../shared/domain';
import { readCountdown } from '../../shared/logic/countdown';
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

const cards: CardInput[] = [
  { id: 'ccover', kind: 'cover', title: '封面' },
  { id: 'cpart1', kind: 'agenda', title: '第一部分：亮家底', plannedMinutes: 20 },
  { id: 'cfig', kind: 'figure', title: '解决率', figure: { source: 'data', metric: 'resolutionRate' } },
  { id: 'cclose', kind: 'closing', title: '谢谢' },
];

/** A clock moved by hand, in ms, so the countdown's arithmetic is exact and no wall clock is read. */
async function setUp() {
  // Off the whole second, as a real key press is.
  let t = Date.parse('2025-03-05T06:30:00.700Z');
  const app = await openAppServices({
    store: new MemoryDocumentStore(),
    dataDir: '/mem',
    version: 'test',
    now: () => new Date(t),
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
  return {
    act,
    events,
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('presentation: live overlays, panels and the countdown', () => {
  it('starts with nothing over the card and the default answer time, stopped', async () => {
    const { act } = await setUp();
    const state = await act({ kind: 'start', fromCurrent: false });
    expect(state.overlays).toEqual(NO_OVERLAYS);
    expect(state.panel).toBe('none');
    expect(state.countdown).toEqual({
      seconds: DEFAULT_ANSWER_SECONDS,
      runningSince: null,
      usedMs: 0,
      sound: false,
    });
    expect(state.commitmentId).toBeNull();
  });

  it('toggles each overlay on its own, several at once, and an explicit on/off is idempotent', async () => {
    const { act } = await setUp();
    await act({ kind: 'overlay', overlay: 'question' });
    const both = await act({ kind: 'overlay', overlay: 'join' });
    expect(both.overlays).toEqual({ question: true, countdown: false, commitment: false, join: true });
    const off = await act({ kind: 'overlay', overlay: 'question' });
    expect(off.overlays).toEqual({ question: false, countdown: false, commitment: false, join: true });
    expect((await act({ kind: 'overlay', overlay: 'countdown', on: true })).overlays.countdown).toBe(true);
    expect((await act({ kind: 'overlay', overlay: 'countdown', on: true })).overlays.countdown).toBe(true);
    expect((await act({ kind: 'overlay', overlay: 'countdown', on: false })).overlays.countdown).toBe(false);
  });

  it('shows one panel at a time: the same key goes back to the card, another switches, none clears', async () => {
    const { act } = await setUp();
    await act({ kind: 'start', fromCurrent: false });
    expect((await act({ kind: 'panel', panel: 'moderation' })).panel).toBe('moderation');
    expect((await act({ kind: 'panel', panel: 'scores' })).panel).toBe('scores');
    expect((await act({ kind: 'panel', panel: 'scores' })).panel).toBe('none');
    await act({ kind: 'panel', panel: 'summary' });
    expect((await act({ kind: 'panel', panel: 'none' })).panel).toBe('none');
  });

  it('leaves the card, blank and part timer alone on live actions', async () => {
    const { act, advance } = await setUp();
    await act({ kind: 'start', fromCurrent: false });
    const onFigure = await act({ kind: 'goToCard', cardId: 'cfig' });
    await act({ kind: 'blank', blank: 'black' });
    advance(60_000);
    for (const action of [
      { kind: 'overlay', overlay: 'question' },
      { kind: 'panel', panel: 'summary' },
      { kind: 'countdownStart' },
      { kind: 'countdownPause' },
      { kind: 'countdownSet', seconds: 120 },
      { kind: 'showCommitment', commitmentId: 'k1' },
    ] satisfies PresentationAction[]) {
      const state = await act(action);
      expect(state).toMatchObject({
        cardId: 'cfig',
        index: onFigure.index,
        blank: 'black',
        running: true,
        partStartedAt: onFigure.partStartedAt,
      });
    }
  });

  it('a move to another card closes a panel (the hall sees the card it moved to); blanking keeps it', async () => {
    const { act } = await setUp();
    await act({ kind: 'start', fromCurrent: false });
    await act({ kind: 'panel', panel: 'moderation' });
    expect((await act({ kind: 'blank', blank: 'black' })).panel).toBe('moderation');
    expect((await act({ kind: 'blank', blank: 'black' })).panel).toBe('moderation');
    const moved = await act({ kind: 'next' });
    expect(moved).toMatchObject({ panel: 'none', cardId: 'cpart1' });
    // Overlays are not in place of the card: they stay over the next one.
    await act({ kind: 'overlay', overlay: 'question' });
    expect((await act({ kind: 'next' })).overlays.question).toBe(true);
  });

  it('counts down from the stored times: start, pause keeps the time used, resume adds to it', async () => {
    const { act, advance, now } = await setUp();
    await act({ kind: 'countdownSet', seconds: 120 });
    const started = await act({ kind: 'countdownStart' });
    // Starting shows it: a countdown nobody sees paces nobody.
    expect(started.overlays.countdown).toBe(true);
    expect(Date.parse(started.countdown.runningSince ?? '')).toBe(now());
    expect(readCountdown(started.countdown, now()).remainingMs).toBe(120_000);
    advance(45_500);
    expect(readCountdown(started.countdown, now()).remainingMs).toBe(74_500);
    const paused = await act({ kind: 'countdownPause' });
    expect(paused.countdown).toMatchObject({ runningSince: null, usedMs: 45_500 });
    advance(600_000);
    // Paused, the time stands still however long the pause.
    expect(readCountdown(paused.countdown, now()).remainingMs).toBe(74_500);
    const resumed = await act({ kind: 'countdownStart' });
    advance(80_000);
    const reading = readCountdown(resumed.countdown, now());
    expect(reading).toEqual({ running: true, remainingMs: -5_500, phase: 'over' });
    // A second start while running changes nothing: the run keeps its start.
    expect((await act({ kind: 'countdownStart' })).countdown.runningSince).toBe(
      resumed.countdown.runningSince,
    );
  });

  it('a pause while paused changes nothing; reset goes back to the full time, stopped; set keeps or sets the sound', async () => {
    const { act, advance } = await setUp();
    await act({ kind: 'countdownStart' });
    advance(10_000);
    const paused = await act({ kind: 'countdownPause' });
    advance(10_000);
    expect((await act({ kind: 'countdownPause' })).countdown).toEqual(paused.countdown);
    await act({ kind: 'countdownStart' });
    advance(5_000);
    const reset = await act({ kind: 'countdownReset' });
    expect(reset.countdown).toEqual({ ...paused.countdown, usedMs: 0, runningSince: null });
    const loud = await act({ kind: 'countdownSet', seconds: 300, sound: true });
    expect(loud.countdown).toEqual({ seconds: 300, runningSince: null, usedMs: 0, sound: true });
    expect((await act({ kind: 'countdownSet', seconds: 60 })).countdown.sound).toBe(true);
  });

  it('refuses an answer time out of range and changes nothing', async () => {
    const { act, events } = await setUp();
    const before = events.length;
    await expect(act({ kind: 'countdownSet', seconds: 5 })).rejects.toThrow();
    await expect(act({ kind: 'countdownSet', seconds: 3601 })).rejects.toThrow();
    expect(events).toHaveLength(before);
  });

  it('showCommitment picks the commitment and shows its overlay; every live action is announced in order', async () => {
    const { act, events } = await setUp();
    const shown = await act({ kind: 'showCommitment', commitmentId: 'k-2' });
    expect(shown.commitmentId).toBe('k-2');
    expect(shown.overlays.commitment).toBe(true);
    const off = await act({ kind: 'overlay', overlay: 'commitment' });
    expect(off).toMatchObject({ commitmentId: 'k-2', overlays: { commitment: false } });
    expect(events.at(-1)).toEqual(off);
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
  });
});
