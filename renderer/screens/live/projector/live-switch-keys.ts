import type { OverlayKind, PresentationAction, PresentationState } from '../../../../shared/domain';
import type { DeckKey } from '../../../report/deck-keys';
import { COUNTDOWN_KEYS, OVERLAY_KEYS, PANEL_KEYS } from '../live-keys';

/** A key as the live switches read it: the deck's reading, plus whether it is held down (repeating). */
export interface LiveKey extends DeckKey {
  repeat?: boolean;
  /** Pressed inside a dialog, whose own keys must not reach the projector. */
  fromDialog?: boolean;
}

function ignored(key: LiveKey): boolean {
  return (
    key.ctrlKey ||
    key.altKey ||
    key.metaKey ||
    key.repeat === true ||
    key.isComposing === true ||
    key.fromEditable === true ||
    key.fromDialog === true
  );
}

const OVERLAY_BY_KEY = new Map<string, OverlayKind>(
  (Object.entries(OVERLAY_KEYS) as Array<[OverlayKind, string]>).map(([overlay, k]) => [k, overlay]),
);
const PANEL_BY_KEY = new Map<string, keyof typeof PANEL_KEYS>(
  (Object.entries(PANEL_KEYS) as Array<[keyof typeof PANEL_KEYS, string]>).map(([panel, k]) => [k, panel]),
);

/**
 * What a key does to the projector's live layer: the overlay keys switch an overlay, the panel keys a panel, the countdown key starts
 * or pauses it (from the state as it is now) and with Shift resets it (see live-keys). Letters in either case;
 * never with Ctrl/Alt/Meta, while typing, in a dialog, or as a held key repeats.
 */
export function liveKeyAction(
  key: LiveKey,
  state: Pick<PresentationState, 'countdown'>,
): PresentationAction | null {
  if (ignored(key) || key.key.length !== 1) return null;
  const letter = key.key.toLowerCase();
  if (letter === COUNTDOWN_KEYS.toggle) {
    if (key.shiftKey) return { kind: 'countdownReset' };
    return state.countdown.runningSince === null ? { kind: 'countdownStart' } : { kind: 'countdownPause' };
  }
  const overlay = OVERLAY_BY_KEY.get(letter);
  if (overlay) return { kind: 'overlay', overlay };
  const panel = PANEL_BY_KEY.get(letter);
  if (panel) return { kind: 'panel', panel };
  return null;
}

/**
 * A presenter remote's PageDown / PageUp in the 现场 tab: next or previous card. The arrows are left
 * to the question list.
 */
export function cardKeyAction(key: LiveKey): PresentationAction | null {
  if (ignored(key) || key.shiftKey) return null;
  if (key.key === 'PageDown') return { kind: 'next' };
  if (key.key === 'PageUp') return { kind: 'previous' };
  return null;
}

/** The key shown next to a switch: "Q", "Shift+O". */
export function keyLabel(key: string, shift = false): string {
  return `${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
}
