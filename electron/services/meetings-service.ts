import {
  MEETING_SCHEMA_VERSION,
  emptyLiveRecord,
  type Meeting,
  type MeetingDocument,
} from '../../shared/domain';
import type { MeetingSummary, ParsedInput, TrashedMeeting } from '../../shared/api';
import { addDays } from '../../shared/logic/shanghai-time';
import { AppError, notFound } from '../api/app-error';
import {
  MEETING_PREFIX,
  meetingDocName,
  opinionsDocName,
  rehearsalDocName,
  gateDocName,
  followDocName,
  reportDocName,
} from '../storage/documents';
import { nowIso, type ServiceContext } from './service-context';
import { definedOnly } from './defined-fields';
import { copyMediaFiles, removeMediaFolder } from './media-files';
import { commitmentCounts, questionCounts } from '../../shared/logic/live/live-counts';

export const TRASH_DAYS = 30;

export function allMeetingDocs(ctx: ServiceContext): MeetingDocument[] {
  return ctx.repo
    .names(MEETING_PREFIX)
    .map((name) => ctx.repo.get(name))
    .filter((doc): doc is MeetingDocument => doc !== undefined);
}

function liveDoc(ctx: ServiceContext, id: string): MeetingDocument {
  const doc = ctx.repo.get(meetingDocName(id));
  if (!doc || doc.deletedAt !== null) throw notFound('会议', id);
  return doc;
}

function summary(doc: MeetingDocument): MeetingSummary {
  const { id, title, level, startsAt, venue, status, communityIds, updatedAt, revision, sample } =
    doc.meeting;
  return {
    // The real record's: a rehearsal lives in a document of its own.
    questions: questionCounts(doc.questions),
    commitments: commitmentCounts(doc.commitments),
    id,
    title,
    level,
    startsAt,
    venue,
    status,
    communityIds,
    updatedAt,
    revision,
    ...(sample ? { sample } : {}),
  };
}

export function listMeetings(ctx: ServiceContext, input: ParsedInput<'meetings.list'>): MeetingSummary[] {
  const query = input.query?.trim().toLowerCase() ?? '';
  return allMeetingDocs(ctx)
    .filter((doc) => doc.deletedAt === null)
    .filter(({ meeting: m }) => (input.level ? m.level === input.level : true))
    .filter(({ meeting: m }) => (input.status ? m.status === input.status : true))
    .filter(
      ({ meeting: m }) =>
        !query || m.title.toLowerCase().includes(query) || m.venue.toLowerCase().includes(query),
    )
    .sort(
      ({ meeting: a }, { meeting: b }) =>
        b.startsAt.localeCompare(a.startsAt) || a.title.localeCompare(b.title, 'zh-CN'),
    )
    .map(summary);
}

export function getMeeting(ctx: ServiceContext, id: string): Meeting {
  return liveDoc(ctx, id).meeting;
}

async function saveMeeting(ctx: ServiceContext, doc: MeetingDocument): Promise<Meeting> {
  await ctx.repo.update(meetingDocName(doc.meeting.id), () => doc);
  ctx.events.emit('meetings.changed', { id: doc.meeting.id });
  return doc.meeting;
}

/** `origin.sample` is set only by the sample office, which removes such meetings again. */
export function createMeeting(
  ctx: ServiceContext,
  draft: ParsedInput<'meetings.create'>,
  origin: { sample?: true } = {},
): Promise<Meeting> {
  const at = nowIso(ctx);
  const meeting: Meeting = {
    ...draft,
    ...origin,
    id: ctx.newId('m'),
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
  return saveMeeting(ctx, {
    schemaVersion: MEETING_SCHEMA_VERSION,
    meeting,
    ...emptyLiveRecord(),
    deletedAt: null,
  });
}

export async function updateMeeting(
  ctx: ServiceContext,
  input: ParsedInput<'meetings.update'>,
): Promise<Meeting> {
  const name = meetingDocName(input.id);
  const saved = await ctx.repo.update(name, (doc) => {
    if (!doc || doc.deletedAt !== null) throw notFound('会议', input.id);
    if (input.expectedRevision !== undefined && input.expectedRevision !== doc.meeting.revision) {
      throw new AppError('conflict', '该会议已在别处被修改，请刷新后再保存');
    }
    const patch = definedOnly(input.patch);
    return {
      ...doc,
      meeting: { ...doc.meeting, ...patch, updatedAt: nowIso(ctx), revision: doc.meeting.revision + 1 },
    };
  });
  ctx.events.emit('meetings.changed', { id: input.id });
  return saved.meeting;
}

/**
 * A copy for the next session of the same kind: same report card (new card ids, the same photos),
 * fresh questions and commitments.
 */
export async function duplicateMeeting(ctx: ServiceContext, id: string): Promise<Meeting> {
  const source = liveDoc(ctx, id);
  const at = nowIso(ctx);
  // A copy is the user's own meeting, even of a sample one: removing the sample keeps it.
  const { sample: _sample, ...copied } = source.meeting;
  const meeting: Meeting = {
    ...copied,
    id: ctx.newId('m'),
    title: `${source.meeting.title}（副本）`.slice(0, 200),
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
  // Photos and report card before the meeting: a crash in between leaves files no meeting names, never
  // a meeting whose card points at photos that are not there.
  copyMediaFiles(ctx, id, meeting.id);
  const report = ctx.repo.get(reportDocName(id));
  if (report && report.cards.length > 0) {
    await ctx.repo.update(reportDocName(meeting.id), () => ({
      ...report,
      meetingId: meeting.id,
      cards: report.cards.map((card) => ({ ...card, id: ctx.newId('c') })),
      revision: 1,
      updatedAt: at,
    }));
  }
  return saveMeeting(ctx, {
    ...source,
    meeting,
    ...emptyLiveRecord(),
    deletedAt: null,
  });
}

/**
 * Removes a meeting and everything stored with it, dependents first: a crash in between leaves a
 * meeting (removed again next time), never a follow-up record, opinion set, report card or photo whose
 * meeting is gone.
 */
export async function removeMeetingForGood(ctx: ServiceContext, id: string): Promise<void> {
  if (ctx.repo.get(followDocName(id)) !== undefined) await ctx.repo.remove(followDocName(id));
  if (ctx.repo.get(opinionsDocName(id)) !== undefined) await ctx.repo.remove(opinionsDocName(id));
  if (ctx.repo.get(reportDocName(id)) !== undefined) await ctx.repo.remove(reportDocName(id));
  if (ctx.repo.get(rehearsalDocName(id)) !== undefined) await ctx.repo.remove(rehearsalDocName(id));
  if (ctx.repo.get(gateDocName(id)) !== undefined) await ctx.repo.remove(gateDocName(id));
  removeMediaFolder(ctx, id);
  ctx.session.presentations.delete(id);
  await ctx.repo.remove(meetingDocName(id));
}

export async function deleteMeeting(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  await ctx.repo.update(meetingDocName(id), (doc) => {
    if (!doc || doc.deletedAt !== null) throw notFound('会议', id);
    return { ...doc, deletedAt: nowIso(ctx) };
  });
  ctx.session.deletedMeetings.add(id);
  ctx.events.emit('meetings.changed', { id });
  return { id };
}

async function restore(ctx: ServiceContext, id: string): Promise<Meeting> {
  const saved = await ctx.repo.update(meetingDocName(id), (doc) => {
    if (!doc || doc.deletedAt === null) throw notFound('已删除的会议', id);
    return { ...doc, deletedAt: null };
  });
  ctx.session.deletedMeetings.delete(id);
  ctx.events.emit('meetings.changed', { id });
  return saved.meeting;
}

export function undoDeleteMeeting(ctx: ServiceContext, id: string): Promise<Meeting> {
  if (!ctx.session.deletedMeetings.has(id)) {
    throw new AppError('not_found', '只能撤销本次运行中删除的会议；更早删除的会议请到回收站恢复');
  }
  return restore(ctx, id);
}

export function restoreMeeting(ctx: ServiceContext, id: string): Promise<Meeting> {
  return restore(ctx, id);
}

export function listTrash(ctx: ServiceContext): TrashedMeeting[] {
  return allMeetingDocs(ctx)
    .filter((doc): doc is MeetingDocument & { deletedAt: string } => doc.deletedAt !== null)
    .map((doc) => ({
      meeting: summary(doc),
      deletedAt: doc.deletedAt,
      purgeAfter: addDays(doc.deletedAt, TRASH_DAYS),
    }))
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/** Removes for good what has been in the trash longer than 30 days; run at start. */
export async function purgeTrash(ctx: ServiceContext): Promise<number> {
  const now = ctx.now().getTime();
  let purged = 0;
  for (const item of listTrash(ctx)) {
    if (new Date(item.purgeAfter).getTime() <= now) {
      await removeMeetingForGood(ctx, item.meeting.id);
      purged += 1;
    }
  }
  return purged;
}
