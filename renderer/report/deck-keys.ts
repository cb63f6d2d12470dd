import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PresentationAction } from '../../shared/domain';
import { isEditableTarget } from '../components/is-editable-target';
import { call } from '../data/call';
import { applyPresentationState } from '../data/report-queries';

/**
 * Presenter keys as in PowerPoint and WPS, for the console and the projector window alike. Presenter
 * remotes send PgUp/PgDn/B/F5/Shift+F5/Esc, so a remote works in either window.
 */

/** The parts of a keydown the deck reads; `fromEditable` is true when the focus is in a text field. */
export interface DeckKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** An input method still composing: its keys belong to the text, not to the deck. */
  isComposing?: boolean;
  fromEditable?: boolean;
  /** A focused button or link: Enter and Space press it, as the browser does. */
  fromButton?: boolean;
}

/** The digits typed so far for number + Enter ("" when none). */
export interface DeckKeyState {
  typed: string;
}

export type DeckKeyResult = PresentationAction | 'leave' | null;

/** At most this many digits: no report has more than 200 cards. */
const MAX_TYPED = 3;

function ignored(event: DeckKey): boolean {
  return (
    event.ctrlKey ||
    event.altKey ||
    event.metaKey ||
    event.isComposing === true ||
    event.fromEditable === true ||
    (event.fromButton === true && (event.key === 'Enter' || event.key === ' '))
  );
}

function isDigit(key: string): boolean {
  return key.length === 1 && key >= '0' && key <= '9';
}

/** What a key does to the deck; digits and Esc over typed digits only change the typed number. */
export function keyToAction(event: DeckKey, state: DeckKeyState): DeckKeyResult {
  if (ignored(event)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
    case 'n':
      return { kind: 'next' };
    case 'Enter': {
      if (state.typed === '') return { kind: 'next' };
      const number = Number(state.typed);
      // "0" + Enter names no card; it only clears what was typed.
      return number >= 1 ? { kind: 'goTo', index: number - 1 } : null;
    }
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
      return { kind: 'previous' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'b':
    case '.':
      return { kind: 'blank', blank: 'black' };
    case 'w':
    case ',':
      return { kind: 'blank', blank: 'white' };
    case 'F5':
      return { kind: 'start', fromCurrent: event.shiftKey };
    case 'Escape':
      return state.typed === '' ? 'leave' : null;
    default:
      return null;
  }
}

/** The typed number after a key: digits add up, anything the deck acts on (or Esc) clears it. */
export function typedAfter(event: DeckKey, state: DeckKeyState): string {
  if (ignored(event)) return state.typed;
  if (isDigit(event.key)) return (state.typed + event.key).slice(-MAX_TYPED);
  if (event.key === 'Escape' || event.key === 'Enter') return '';
  return keyToAction(event, state) === null ? state.typed : '';
}

/** Whether the browser's own use of the key must be stopped (Space scrolls, F5 reloads, Backspace…). */
export function takesKey(event: DeckKey, state: DeckKeyState): boolean {
  return keyToAction(event, state) !== null || typedAfter(event, state) !== state.typed;
}

export function deckKeyOf(event: KeyboardEvent): DeckKey {
  const target = event.target;
  const fromButton =
    target instanceof HTMLElement && target.closest('button, a[href], [role="button"]') !== null;
  return {
    key: event.key,
    shiftKey: event.shiftKey,
    ctrlKey: event.ctrlKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
    isComposing: event.isComposing,
    fromEditable: isEditableTarget(target),
    fromButton,
  };
}

/*
 * One queue per meeting for the whole page: a fast remote's two presses reach the services in the
 * order pressed, since each call waits for the one before it.
 */
const queues = new Map<string, Promise<unknown>>();

/** Runs `job` after every job queued before it for the meeting, refused ones included. */
export function enqueue<T>(meetingId: string, job: () => Promise<T>): Promise<T> {
  const previous = queues.get(meetingId) ?? Promise.resolve();
  const next = previous.then(job, job);
  queues.set(
    meetingId,
    next.catch(() => undefined),
  );
  return next;
}

/** How long a typed number stays on screen without another key. */
export const TYPED_NUMBER_MS = 3_000;

export interface DeckKeysOptions {
  /** Esc: presenting has been stopped; the window goes where it belongs (the console to the 报告 tab). */
  onLeave?: () => void;
  /** False while a dialog is open, whose own keys (Esc, Enter) must not move the deck. */
  enabled?: boolean;
  /** A refused action (the services said no): shown by the window as it likes. */
  onError?: (error: unknown) => void;
}

export interface DeckKeys {
  /** The digits typed for number + Enter, to show briefly; "" when none. */
  typed: string;
  /** Sends an action through the same ordered queue as the keys (for buttons and the card list). */
  act: (action: PresentationAction) => Promise<void>;
}

/**
 * Sends a presentation action through the meeting's ordered queue and puts the new state in the
 * cache; a refusal goes to the current `onError`. Shared by the deck keys and the live switches, so
 * a key of either never overtakes the other's.
 */
export function usePresentationAct(
  meetingId: string,
  options: { current: { onError?: (error: unknown) => void } },
): (action: PresentationAction) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (action: PresentationAction) => {
      try {
        const state = await enqueue(meetingId, () => call('presentation.act', { meetingId, action }));
        applyPresentationState(client, state);
      } catch (error) {
        options.current.onError?.(error);
      }
    },
    [client, meetingId, options],
  );
}

/** Listens on the window for the presenter keys and sends each action in order. */
export function useDeckKeys(meetingId: string, options: DeckKeysOptions = {}): DeckKeys {
  const [typed, setTyped] = useState('');
  const typedRef = useRef('');
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  const act = usePresentationAct(meetingId, optionsRef);

  const enabled = options.enabled !== false;
  useEffect(() => {
    if (!enabled) return undefined;
    let clearTimer: ReturnType<typeof setTimeout> | undefined;
    const setTypedNumber = (value: string) => {
      typedRef.current = value;
      setTyped(value);
      clearTimeout(clearTimer);
      if (value !== '')
        clearTimer = setTimeout(() => {
          typedRef.current = '';
          setTyped('');
        }, TYPED_NUMBER_MS);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const key = deckKeyOf(event);
      const state = { typed: typedRef.current };
      if (!takesKey(key, state)) return;
      event.preventDefault();
      const action = keyToAction(key, state);
      setTypedNumber(typedAfter(key, state));
      if (action === 'leave') {
        void act({ kind: 'stop' }).then(() => optionsRef.current.onLeave?.());
      } else if (action !== null) {
        void act(action);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      clearTimeout(clearTimer);
    };
  }, [act, enabled]);

  return { typed: enabled ? typed : '', act };
}
