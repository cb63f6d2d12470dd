import { randomBytes } from 'node:crypto';
import { toShanghaiIso } from '../../shared/logic/shanghai-time';
import type { Repository } from '../storage/repository';
import type { EventBus } from './event-bus';
import type { DisplayInfo, PresentationState } from '../../shared/domain';
import type { GatewayPort } from './gateway-port';
import type { ImportState } from './imports-service';
import type { FollowUpUndo } from './follow-up-bulk';

/**
 * What only the desktop shell can do with windows: put the projector on a display, print to PDF.
 * Host mode has none of it (the browser opens and prints its own windows), so the methods say so.
 */
export interface WindowPort {
  displays(): DisplayInfo[];
  /** False where windows cannot be opened by the services. */
  openProjector(meetingId: string, displayId: number | null): Promise<boolean>;
  /**
   * The page `view` of the meeting (the report card, or the 反馈公示) saved as a PDF: its path, null
   * when the user cancelled; undefined where printing is not offered.
   */
  exportPdf(meetingId: string, suggestedName: string, view: PrintView): Promise<string | null | undefined>;
}

/** The pages the desktop shell can print. */
export type PrintView = 'print' | 'notice';

export const NO_WINDOWS: WindowPort = {
  displays: () => [],
  openProjector: async () => false,
  exportPdf: async () => undefined,
};

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
  windows: WindowPort;
  /** The question box's gateway process (none in the CLI). */
  gateways: GatewayPort;
}

export interface SessionState {
  /** Meetings deleted during this run: meetings.undoDelete may bring them back without the trash. */
  deletedMeetings: Set<string>;
  /** Ids of the storage notices the user has dismissed. */
  dismissedNotices: Set<string>;
  imports: ImportState;
  /** Which card each meeting's projector shows. */
  presentations: Map<string, PresentationState>;
  /** The question boxes: what this run knows beyond the gate documents. */
  boxes: BoxSession;
  /** The latest bulk follow-up changes, each undoable once. */
  followUndo: FollowUpUndo;
}

export interface BoxSession {
  /** Opens, closes and renewals one after another, so two consoles cannot start two boxes. */
  queue: Promise<unknown>;
  /** Boxes being opened again after the app restarted. */
  resuming: Set<string>;
  /** Boxes whose meeting closed, queued to shut (once, however many events said so). */
  closing: Set<string>;
  /** Why a box that should be open is not. */
  failures: Map<string, string>;
}

export function newSession(): SessionState {
  return {
    deletedMeetings: new Set(),
    dismissedNotices: new Set(),
    imports: { previews: new Map(), jobs: new Map(), cancelled: new Set() },
    presentations: new Map(),
    boxes: { queue: Promise.resolve(), resuming: new Set(), closing: new Set(), failures: new Map() },
    followUndo: { records: new Map() },
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
