import {
  FOLLOW_UP_SCHEMA_VERSION,
  type FollowUpDocument,
  type FollowUpItem,
  type FollowUpRow,
  type FollowUpSettings,
  type MeetingDocument,
} from '../../shared/domain';
import type { ActContext } from '../../shared/logic/follow-up/workflow';
import { toRow } from '../../shared/logic/follow-up/rows';
import { shanghaiToday } from '../../shared/logic/live/deadline';
import { AppError, notFound } from '../api/app-error';
import { followDocName, meetingDocName } from '../storage/documents';
import { allMeetingDocs } from './meetings-service';
import { getOffice } from './office-service';
import { nowIso, type ServiceContext } from './service-context';

/**
 * A meeting's follow-up document (`follow-<meetingId>`): read, and written through one queued update
 * whose checks (meeting still there, revisions) run on what is stored at that moment.
 */

export function emptyFollowDoc(meetingId: string): FollowUpDocument {
  return {
    schemaVersion: FOLLOW_UP_SCHEMA_VERSION,
    meetingId,
    items: [],
    communityRatings: [],
    noticePublishedAt: null,
  };
}

/** The meeting, refused when missing or in the trash. */
export function liveMeetingDoc(ctx: ServiceContext, meetingId: string): MeetingDocument {
  const doc = ctx.repo.get(meetingDocName(meetingId));
  if (!doc || doc.deletedAt !== null) throw notFound('会议', meetingId);
  return doc;
}

export function readFollowDoc(ctx: ServiceContext, meetingId: string): FollowUpDocument {
  liveMeetingDoc(ctx, meetingId);
  return ctx.repo.get(followDocName(meetingId)) ?? emptyFollowDoc(meetingId);
}

/** Meetings whose items count: every one not in the trash, or the one asked for (refused if gone). */
export function meetingsInScope(ctx: ServiceContext, meetingId: string | null): MeetingDocument[] {
  if (meetingId !== null) return [liveMeetingDoc(ctx, meetingId)];
  return allMeetingDocs(ctx).filter((doc) => doc.deletedAt === null);
}

export function followToday(ctx: ServiceContext): string {
  return shanghaiToday(ctx.now());
}

export function meetingDate(doc: MeetingDocument): string {
  return shanghaiToday(new Date(doc.meeting.startsAt));
}

export function followSettings(ctx: ServiceContext): FollowUpSettings {
  return getOffice(ctx).followUp;
}

export function actContext(ctx: ServiceContext, by: string): ActContext {
  return { at: nowIso(ctx), by, newId: (prefix) => ctx.newId(prefix), today: followToday(ctx) };
}

export interface ScopedItem {
  meeting: MeetingDocument;
  item: FollowUpItem;
  row: FollowUpRow;
}

/** Every item of the meetings in scope with its row as of `asOf`, meetings in date order. */
export function scopedItems(ctx: ServiceContext, meetingId: string | null, asOf: string): ScopedItem[] {
  const settings = followSettings(ctx);
  const meetings = meetingsInScope(ctx, meetingId).sort((a, b) =>
    a.meeting.startsAt.localeCompare(b.meeting.startsAt),
  );
  return meetings.flatMap((meeting) => {
    const doc = ctx.repo.get(followDocName(meeting.meeting.id));
    if (!doc) return [];
    const c = { asOf, meetingDate: meetingDate(meeting), settings };
    return doc.items.map((item) => ({ meeting, item, row: toRow(item, c) }));
  });
}

export function findItem(doc: FollowUpDocument, id: string): FollowUpItem {
  const item = doc.items.find((i) => i.id === id);
  if (!item) throw notFound('跟踪事项', id);
  return item;
}

function excerpt(title: string): string {
  return title.length > 20 ? `${title.slice(0, 20)}…` : title;
}

export function staleMessage(item: FollowUpItem): string {
  return `事项“${excerpt(item.title)}”已在别处被修改（现为第 ${item.revision} 版），请刷新后再操作`;
}

export function checkRevision(item: FollowUpItem, expected: number): void {
  if (item.revision !== expected) throw new AppError('conflict', staleMessage(item));
}

/**
 * One write of a meeting's follow-up document, then 'followUps.changed'. Handing back the document
 * `change` was given writes nothing and sends no event; throwing from it writes nothing.
 */
export async function writeFollowDoc<R>(
  ctx: ServiceContext,
  meetingId: string,
  change: (doc: FollowUpDocument) => { next: FollowUpDocument; result: R },
): Promise<R> {
  let result: R | undefined;
  let changed = false;
  if (ctx.repo.get(followDocName(meetingId)) === undefined) {
    // The document is made by its first change: a no-change (generating with nothing to generate)
    // must not leave an empty one behind. A change that throws here is tried again in the queue.
    liveMeetingDoc(ctx, meetingId);
    const base = emptyFollowDoc(meetingId);
    try {
      const dry = change(base);
      if (dry.next === base) return dry.result;
    } catch {
      // Decided below, on what is stored when the change's turn comes.
    }
  }
  await ctx.repo.update(followDocName(meetingId), (current) => {
    // Checked inside the queue: the meeting may have been deleted while this write waited.
    liveMeetingDoc(ctx, meetingId);
    const base = current ?? emptyFollowDoc(meetingId);
    const outcome = change(base);
    result = outcome.result;
    changed = outcome.next !== base;
    if (!changed && current) return current;
    return outcome.next;
  });
  if (changed) ctx.events.emit('followUps.changed', { meetingId });
  return result as R;
}

export function replaceItem(doc: FollowUpDocument, item: FollowUpItem): FollowUpDocument {
  return { ...doc, items: doc.items.map((i) => (i.id === item.id ? item : i)) };
}
