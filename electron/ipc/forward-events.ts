import { IPC_EVENT_CHANNEL, type AnyEvent } from '../../shared/api';

export interface EventSource {
  subscribe(listener: (event: AnyEvent) => void): () => void;
}

/**
 * Sends every service event to one window. main.ts calls this per window with
 * `(channel, message) => webContents.send(channel, message)` and calls the returned function when
 * the window closes, so a closed window is never sent to.
 */
export function forwardEvents(
  events: EventSource,
  send: (channel: string, message: AnyEvent) => void,
): () => void {
  return events.subscribe((message) =>
    send(IPC_EVENT_CHANNEL, { event: message.event, payload: message.payload } as AnyEvent),
  );
}
