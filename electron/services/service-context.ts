import { randomBytes } from 'node:crypto';
import { toShanghaiIso } from '../../shared/logic/shanghai-time';
import type { Repository } from '../storage/repository';
import type { EventBus } from './event-bus';
import type { ImportState } from './imports-service';

export interface ServiceContext {
  repo: Repository;
  events: EventBus;
  /** Injected so tests can move time, e.g. to age the trash. */
  now: () => Date;
  newId: (prefix: string) => string;
  version: string;
  dataDir: string;
  /** What lasts only as long as this run of the services; gone with them, never stored. */
  session: SessionState;
}

export interface SessionState {
  /** Meetings deleted during this run: meetings.undoDelete may bring them back without the trash. */
  deletedMeetings: Set<string>;
  /** Ids of the storage notices the user has dismissed. */
  dismissedNotices: Set<string>;
  imports: ImportState;
}

export function newSession(): SessionState {
  return {
    deletedMeetings: new Set(),
    dismissedNotices: new Set(),
    imports: { previews: new Map(), jobs: new Map(), cancelled: new Set() },
  };
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Short, lower-case ids (they become file names): prefix + 12 random base-36 characters. */
export function randomId(prefix: string): string {
  const bytes = randomBytes(12);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}${out}`;
}

export function nowIso(ctx: ServiceContext): string {
  return toShanghaiIso(ctx.now());
}
