import type { ParsedInput } from '../../shared/api';
import {
  IDLE_COUNTDOWN,
  NO_OVERLAYS,
  type Card,
  type PresentationAction,
  type PresentationState,
} from '../../shared/domain';
import { countdownInstant, countdownUsedMs } from '../../shared/logic/countdown';
import { getReport } from './report-service';
import { nowIso, type ServiceContext } from './service-context';

/**
 * Which card the hall sees, kept for the run of the services (a restart starts from the neutral
 * screen). Every key press, from the console or the projector window, goes through here, so both
 * always agree; 'presentation.changed' carries the new state to every window.
 */

function initial(meetingId: string): PresentationState {
  return {
    meetingId,
    running: false,
    cardId: null,
    index: 0,
    blank: 'none',
    startedAt: null,
    partStartedAt: null,
    seq: 0,
    overlays: NO_OVERLAYS,
    panel: 'none',
    countdown: IDLE_COUNTDOWN,
    commitmentId: null,
    voteId: null,
  };
}

/** The live actions: overlays, panels and the countdown; they leave the card where it is. */
const LIVE_ACTIONS = new Set<PresentationAction['kind']>([
  'overlay',
  'panel',
  'countdownStart',
  'countdownPause',
  'countdownReset',
  'countdownSet',
  'showCommitment',
  'showVote',
]);

/** The state after a live action; the card, blank and running flags stay as they are. */
function applyLiveAction(
  state: PresentationState,
  action: PresentationAction,
  now: number,
): PresentationState {
  const countdown = state.countdown;
  switch (action.kind) {
    case 'overlay':
      return {
        ...state,
        overlays: { ...state.overlays, [action.overlay]: action.on ?? !state.overlays[action.overlay] },
      };
    case 'panel':
      return { ...state, panel: state.panel === action.panel ? 'none' : action.panel };
    case 'countdownStart':
      return countdown.runningSince !== null
        ? state
        : {
            ...state,
            // Starting shows it: a countdown nobody can see paces nobody.
            overlays: { ...state.overlays, countdown: true },
            countdown: { ...countdown, runningSince: countdownInstant(now) },
          };
    case 'countdownPause':
      return {
        ...state,
        countdown: { ...countdown, usedMs: countdownUsedMs(countdown, now), runningSince: null },
      };
    case 'countdownReset':
      return { ...state, countdown: { ...countdown, usedMs: 0, runningSince: null } };
    case 'countdownSet':
      return {
        ...state,
        countdown: {
          ...countdown,
          seconds: action.seconds,
          sound: action.sound ?? countdown.sound,
          usedMs: 0,
          runningSince: null,
        },
      };
    case 'showCommitment':
      return {
        ...state,
        commitmentId: action.commitmentId,
        overlays: { ...state.overlays, commitment: true },
      };
    case 'showVote':
      return action.voteId === null
        ? { ...state, voteId: null, panel: state.panel === 'vote' ? 'none' : state.panel }
        : { ...state, voteId: action.voteId, panel: 'vote' };
    default:
      return state;
  }
}

function visibleCards(ctx: ServiceContext, meetingId: string): Card[] {
  return getReport(ctx, meetingId).cards.filter((c) => !c.hidden);
}

/** The state re-anchored on the current cards: a card deleted or hidden meanwhile moves the index. */
export function getPresentation(ctx: ServiceContext, meetingId: string): PresentationState {
  const state = ctx.session.presentations.get(meetingId) ?? initial(meetingId);
  const cards = visibleCards(ctx, meetingId);
  const byId = state.cardId === null ? -1 : cards.findIndex((c) => c.id === state.cardId);
  const index = byId >= 0 ? byId : Math.min(state.index, Math.max(0, cards.length - 1));
  return { ...state, index, cardId: cards[index]?.id ?? null };
}

function targetIndex(action: PresentationAction, index: number, cards: readonly Card[]): number {
  const last = Math.max(0, cards.length - 1);
  switch (action.kind) {
    case 'next':
      return Math.min(index + 1, last);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'goTo':
      return Math.min(action.index, last);
    case 'goToCard': {
      const found = cards.findIndex((c) => c.id === action.cardId);
      return found >= 0 ? found : index;
    }
    case 'start':
      return action.fromCurrent ? index : 0;
    case 'blank':
    case 'stop':
    case 'overlay':
    case 'panel':
    case 'countdownStart':
    case 'countdownPause':
    case 'countdownReset':
    case 'countdownSet':
    case 'showCommitment':
    case 'showVote':
      return index;
  }
}

/** The agenda part a card is in: the index of the last divider at or before it, or -1. */
function partOf(cards: readonly Card[], index: number): number {
  for (let i = index; i >= 0; i -= 1) if (cards[i]?.kind === 'agenda') return i;
  return -1;
}

export function actOnPresentation(
  ctx: ServiceContext,
  input: ParsedInput<'presentation.act'>,
): PresentationState {
  const { meetingId, action } = input;
  const current = getPresentation(ctx, meetingId);
  if (LIVE_ACTIONS.has(action.kind)) {
    const next = { ...applyLiveAction(current, action, ctx.now().getTime()), seq: current.seq + 1 };
    ctx.session.presentations.set(meetingId, next);
    ctx.events.emit('presentation.changed', { meetingId, state: next });
    return next;
  }
  const cards = visibleCards(ctx, meetingId);
  const index = targetIndex(action, current.index, cards);
  const at = nowIso(ctx);
  let next: PresentationState = {
    ...current,
    index,
    cardId: cards[index]?.id ?? null,
    seq: current.seq + 1,
    // Any key that moves uncovers the screen, as in PowerPoint: → on the last card while it is black
    // brings the card back rather than doing nothing the operator can see.
    blank: 'none',
    // A panel stands in place of the card: a move must show the card it moved to, or the operator
    // steps through cards the hall never sees.
    panel: action.kind === 'blank' ? current.panel : 'none',
  };
  if (action.kind === 'blank') {
    next.blank = current.blank === action.blank ? 'none' : action.blank;
  } else if (action.kind === 'start') {
    next = { ...next, running: true, blank: 'none', startedAt: at, partStartedAt: at };
  } else if (action.kind === 'stop') {
    next = { ...next, running: false, blank: 'none' };
  }
  if (next.running && action.kind !== 'start' && partOf(cards, index) !== partOf(cards, current.index)) {
    next.partStartedAt = at;
  }
  ctx.session.presentations.set(meetingId, next);
  ctx.events.emit('presentation.changed', { meetingId, state: next });
  return next;
}

/**
 * After the cards changed (a save from the builder): if the shown card was deleted, hidden or moved,
 * the stored state follows it and every window hears, so the projector never points at a card that
 * is gone. Nothing happens for a meeting nobody is presenting.
 */
export function reanchorPresentation(ctx: ServiceContext, meetingId: string): void {
  const stored = ctx.session.presentations.get(meetingId);
  if (!stored) return;
  const anchored = getPresentation(ctx, meetingId);
  if (anchored.cardId === stored.cardId && anchored.index === stored.index) return;
  const next = { ...anchored, seq: stored.seq + 1 };
  ctx.session.presentations.set(meetingId, next);
  ctx.events.emit('presentation.changed', { meetingId, state: next });
}
