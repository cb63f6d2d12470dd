import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type RefObject } from 'react';
import { IDLE_COUNTDOWN, type PresentationState } from '../../../../shared/domain';
import { reportKeys } from '../../../data/report-queries';
import { deckKeyOf, usePresentationAct } from '../../../report/deck-keys';
import { cardKeyAction, liveKeyAction } from './live-switch-keys';

export interface LiveSwitchOptions {
  /** False while a dialog of the window has the keys. */
  enabled?: boolean;
  /** PageDown / PageUp move the card too (the 现场 tab; the console's deck keys already do). */
  cardKeys?: boolean;
  /** Keys count only while this element is shown (the 现场 tab stays mounted behind other tabs). */
  scope?: RefObject<HTMLElement | null>;
  onError?: (error: unknown) => void;
}

function shown(element: HTMLElement): boolean {
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility()
    : element.offsetParent !== null;
}

/**
 * The projector's live switches on the window's keys, with `act` for the buttons. Listens in the
 * capture phase and takes the key it uses, so no other listener of the window (the console's deck,
 * the question list) acts on the same press; every action goes through the deck's ordered queue.
 */
export function useLiveSwitches(meetingId: string, options: LiveSwitchOptions = {}) {
  const client = useQueryClient();
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  const act = usePresentationAct(meetingId, optionsRef);

  const enabled = options.enabled !== false;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const { scope, cardKeys } = optionsRef.current;
      if (scope && (!scope.current || !shown(scope.current))) return;
      const target = event.target;
      const key = {
        ...deckKeyOf(event),
        repeat: event.repeat,
        fromDialog: target instanceof Element && target.closest('[role="dialog"]') !== null,
      };
      const state = client.getQueryData<PresentationState>(reportKeys.presentation(meetingId));
      const action =
        liveKeyAction(key, state ?? { countdown: IDLE_COUNTDOWN }) ?? (cardKeys ? cardKeyAction(key) : null);
      if (!action) return;
      event.preventDefault();
      void act(action);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [act, client, enabled, meetingId]);

  return act;
}
