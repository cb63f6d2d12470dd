import { z } from 'zod';
import { Id, ImportProgress, PresentationState } from '../domain';

/** Push events, typed once and carried by both transports (IPC send, SSE). */
export const events = {
  /** `id: null`: any meeting may have changed. */
  'meetings.changed': z.object({ id: Id.nullable() }),
  'office.changed': z.object({}),
  'preferences.changed': z.object({}),
  /** The storage notices app.info lists changed (one was dismissed, in this window or another). */
  'notices.changed': z.object({}),
  /** `meetingId: null`: any meeting's opinions may have changed. */
  'opinions.changed': z.object({ meetingId: Id.nullable() }),
  'imports.progress': z.object({ jobId: Id, progress: ImportProgress }),
  /** `meetingId: null`: any meeting's report card may have changed. */
  'report.changed': z.object({ meetingId: Id.nullable() }),
  /**
   * The new state itself, so a projector shows the next card without another round trip; `state: null`
   * (after a reconnect) means "ask presentation.get".
   */
  'presentation.changed': z.object({ meetingId: Id.nullable(), state: PresentationState.nullable() }),
  /** Questions, commitments, scores, the close or the rehearsal of a meeting changed (`null`: any). */
  'live.changed': z.object({ meetingId: Id.nullable() }),
  /** A meeting's question box opened, closed, restarted or failed (`null`: any). */
  'gateway.changed': z.object({ meetingId: Id.nullable() }),
  /** A meeting's follow-up items or ratings changed (`null`: any), or the follow-up settings. */
  'followUps.changed': z.object({ meetingId: Id.nullable() }),
  /** The project pool changed: a project, batch, import or vote. */
  'projects.changed': z.object({}),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export type AnyEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}

/**
 * What a client that may have missed events (an event stream that reconnected) must assume changed,
 * for each event: the payload that means "reload everything this event covers", or null where a
 * missed event needs no replay. Typed over every event, so a new event cannot be left out.
 */
const resyncPayloads: { [E in EventName]: EventPayload<E> | null } = {
  'meetings.changed': { id: null },
  'office.changed': {},
  'preferences.changed': {},
  'notices.changed': {},
  'opinions.changed': { meetingId: null },
  // Only the window that started an import waits for its progress, and that call's own answer
  // carries the outcome; a missed progress step is superseded by the next one.
  'imports.progress': null,
  'report.changed': { meetingId: null },
  'presentation.changed': { meetingId: null, state: null },
  'live.changed': { meetingId: null },
  'gateway.changed': { meetingId: null },
  'followUps.changed': { meetingId: null },
  'projects.changed': {},
};

/** The events to deliver after a reconnect, in the contract's order. */
export function resyncEvents(): AnyEvent[] {
  return (Object.keys(events) as EventName[]).flatMap((event) => {
    const payload = resyncPayloads[event];
    return payload === null ? [] : [{ event, payload } as AnyEvent];
  });
}
