import { z } from 'zod';
import { Id, ImportProgress } from '../domain';
import { StorageNotice } from './contract';

/** Push events, typed once and carried by both transports (IPC send, SSE). */
export const events = {
  'meetings.changed': z.object({ id: Id.nullable() }),
  'office.changed': z.object({}),
  'preferences.changed': z.object({}),
  'storage.notice': StorageNotice,
  'opinions.changed': z.object({ meetingId: Id }),
  'imports.progress': z.object({ jobId: Id, progress: ImportProgress }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export type AnyEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
