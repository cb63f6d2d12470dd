import { describe, expect, it } from 'vitest';
import type { LiveSummary, PartScoreView, PublicCommitment } from '../../shared/domain';
import { IDLE_COUNTDOWN } from '../../shared/domain';
import {
  commitmentsByDepartment,
  countText,
  dateParts,
  moderationCounts,
  scoreRow,
} from '../../renderer/projector/live/live-figures';
import { COUNTDOWN_KEYS } from '../../renderer/screens/live/live-keys';
import { suggestedAnswerSeconds } from '../../renderer/screens/live/projector/answer-time';
import {
  cardKeyAction,
  liveKeyAction,
  type LiveKey,
} from '../../renderer/screens/live/projector/live-switch-keys';

const key = (k: string, patch: Partial<LiveKey> = {}): LiveKey => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...patch,
});
const stopped = { countdown: IDLE_COUNTDOWN };
const running = { countdown: { ...IDLE_COUNTDOWN, runningSince: '2025-07-10T14:30:00.000+08:00' } };

describe('live switch keys', () => {
  it('Q T K J switch the overlays, L G Z the panels, in either case', () => {
    expect(liveKeyAction(key('q'), stopped)).toEqual({ kind: 'overlay', overlay: 'question' });
    expect(liveKeyAction(key('T', { shiftKey: true }), stopped)).toEqual({
      kind: 'overlay',
      overlay: 'countdown',
    });
    expect(liveKeyAction(key('k'), stopped)).toEqual({ kind: 'overlay', overlay: 'commitment' });
    expect(liveKeyAction(key('j'), stopped)).toEqual({ kind: 'overlay', overlay: 'join' });
    expect(liveKeyAction(key('l'), stopped)).toEqual({ kind: 'panel', panel: 'moderation' });
    expect(liveKeyAction(key('g'), stopped)).toEqual({ kind: 'panel', panel: 'scores' });
    expect(liveKeyAction(key('Z'), stopped)).toEqual({ kind: 'panel', panel: 'summary' });
  });

  it('the countdown key starts a stopped countdown and pauses a running one; with Shift it resets either', () => {
    const lower = COUNTDOWN_KEYS.toggle;
    const upper = lower.toUpperCase();
    expect(liveKeyAction(key(lower), stopped)).toEqual({ kind: 'countdownStart' });
    expect(liveKeyAction(key(lower), running)).toEqual({ kind: 'countdownPause' });
    expect(liveKeyAction(key(upper, { shiftKey: true }), running)).toEqual({ kind: 'countdownReset' });
    expect(liveKeyAction(key(upper, { shiftKey: true }), stopped)).toEqual({ kind: 'countdownReset' });
  });

  it('leaves alone modified keys, typing, dialogs, held keys, IME composition and other keys', () => {
    for (const patch of [
      { ctrlKey: true },
      { altKey: true },
      { metaKey: true },
      { fromEditable: true },
      { fromDialog: true },
      { repeat: true },
      { isComposing: true },
    ])
      expect(liveKeyAction(key('q', patch), stopped), JSON.stringify(patch)).toBeNull();
    for (const other of ['s', 'a', 'n', 'p', 'ArrowDown', 'ArrowUp', 'Enter', ' ', 'F5', 'b'])
      expect(liveKeyAction(key(other), stopped), other).toBeNull();
  });

  it('PageDown / PageUp step the cards; the arrows stay with the question list', () => {
    expect(cardKeyAction(key('PageDown'))).toEqual({ kind: 'next' });
    expect(cardKeyAction(key('PageUp'))).toEqual({ kind: 'previous' });
    expect(cardKeyAction(key('ArrowDown'))).toBeNull();
    expect(cardKeyAction(key('ArrowRight'))).toBeNull();
    expect(cardKeyAction(key('PageDown', { fromEditable: true }))).toBeNull();
    expect(cardKeyAction(key('PageDown', { ctrlKey: true }))).toBeNull();
  });
});

describe('answer time from the agenda part', () => {
  it('is the part over about five answers, in half minutes between one and five minutes', () => {
    expect(suggestedAnswerSeconds(15, null)).toBe(180);
    expect(suggestedAnswerSeconds(10, null)).toBe(120);
    expect(suggestedAnswerSeconds(12, null)).toBe(120);
    expect(suggestedAnswerSeconds(3, null)).toBe(60);
    expect(suggestedAnswerSeconds(120, null)).toBe(300);
  });

  it('never more than the part has left, while a minute or more is left', () => {
    expect(suggestedAnswerSeconds(15, 100_000)).toBe(90);
    expect(suggestedAnswerSeconds(15, 61_000)).toBe(60);
    expect(suggestedAnswerSeconds(15, 20_000)).toBe(180);
    expect(suggestedAnswerSeconds(15, -5_000)).toBe(180);
  });

  it('suggests nothing for a part without a plan', () => {
    expect(suggestedAnswerSeconds(null, 600_000)).toBeNull();
  });
});

describe('live figures', () => {
  const summary: LiveSummary = {
    received: 12,
    byState: { waiting: 2, onScreen: 1, answered: 3, committed: 2, referred: 1, declined: 1, merged: 2 },
    mergedGroups: 1,
    commitments: 2,
    byListType: { immediate: 1, deadline: 1, ongoing: 0 },
    byDepartment: [],
  };

  it('every question received ends in exactly one count', () => {
    const counts = moderationCounts(summary);
    expect(counts).toEqual({
      received: 12,
      answered: 3,
      committed: 2,
      referred: 1,
      declined: 1,
      merged: 2,
      open: 3,
    });
    const { received, ...outcomes } = counts;
    expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(received);
  });

  it('counts commitments by lead department, most first, ties by name', () => {
    const c = (lead: string) => ({ leadDepartmentName: lead }) as PublicCommitment;
    expect(commitmentsByDepartment([c('城管科'), c('交通科'), c('城管科'), c(''), c('安全科')])).toEqual([
      { name: '城管科', count: 2 },
      { name: '—', count: 1 },
      { name: '安全科', count: 1 },
      { name: '交通科', count: 1 },
    ]);
  });

  it('a part without votes reads "—" everywhere, never 0; with votes, the content share is counts over votes', () => {
    const empty: PartScoreView = {
      partId: 'p1',
      title: '亮家底',
      hands: null,
      phones: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
      handsVotes: 0,
      phoneVotes: 0,
      handsRate: null,
      phoneRate: null,
    };
    const row = scoreRow(empty);
    expect([row.satisfied, row.basicallySatisfied, row.dissatisfied, row.content, row.votes]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(countText(row.satisfied)).toBe('—');
    const voted = scoreRow({
      ...empty,
      hands: { satisfied: 30, basicallySatisfied: 11, dissatisfied: 11 },
      handsVotes: 52,
      handsRate: 41 / 52,
    });
    expect(voted).toMatchObject({
      satisfied: 30,
      basicallySatisfied: 11,
      dissatisfied: 11,
      content: 41,
      votes: 52,
    });
    expect(countText(0)).toBe('0');
  });

  it('reads a date as its numbers, nothing for anything else', () => {
    expect(dateParts('2025-07-10')).toEqual({ year: 2025, month: 7, day: 10 });
    expect(dateParts('2025-7-10')).toBeNull();
    expect(dateParts('')).toBeNull();
  });
});
