import {
  REHEARSAL_SCHEMA_VERSION,
  type LiveRecord,
  type Meeting,
  type RehearsalInfo,
} from '../../shared/domain';
import { AppError, notFound } from '../api/app-error';
import { meetingDocName, rehearsalDocName } from '../storage/documents';
import { nowIso, type ServiceContext } from './service-context';

/**
 * Where a meeting's live record is: in the meeting document, or in its rehearsal document while a
 * 彩排 runs. Every questions.* / commitments.* / scores.* service reads and writes through here, so
 * none of them can write a rehearsal's test data into the real record.
 */

export const REHEARSAL_RUNNING = '彩排已在进行中，请先结束（清除）当前彩排，再开始新的彩排';

export interface LiveRead {
  meeting: Meeting;
  record: LiveRecord;
  rehearsal: RehearsalInfo;
}

function pick(doc: LiveRecord): LiveRecord {
  return {
    questions: doc.questions,
    commitments: doc.commitments,
    scores: doc.scores,
    closing: doc.closing,
    phoneVotes: doc.phoneVotes,
    phoneScores: doc.phoneScores,
  };
}

export function readLive(ctx: ServiceContext, meetingId: string): LiveRead {
  const doc = ctx.repo.get(meetingDocName(meetingId));
  if (!doc || doc.deletedAt !== null) throw notFound('会议', meetingId);
  const rehearsal = ctx.repo.get(rehearsalDocName(meetingId));
  return rehearsal
    ? { meeting: doc.meeting, record: pick(rehearsal), rehearsal: { startedAt: rehearsal.startedAt } }
    : { meeting: doc.meeting, record: pick(doc), rehearsal: null };
}

/** Only the real record: the counts of `meetings.list`, the archive. */
export function readRealLive(ctx: ServiceContext, meetingId: string): LiveRecord {
  const doc = ctx.repo.get(meetingDocName(meetingId));
  if (!doc) throw notFound('会议', meetingId);
  return pick(doc);
}

export interface LiveChange<T> {
  /**
   * The record to store. Handing back the very record `change` was given (and no `meeting` change)
   * means "nothing changed": nothing is written and no event is sent, so a phone retrying in a
   * burst costs no fsync.
   */
  record: LiveRecord;
  result: T;
  /** Changes to the meeting itself (the close sets its status); applied to the real meeting only. */
  meeting?: (meeting: Meeting) => Meeting;
}

/**
 * One write of the live record, computed inside the document's queue from what is stored then (so
 * a revision check in `change` sees the latest), then 'live.changed'. Throwing from `change` writes
 * nothing; so does a change that hands back the record it was given (see LiveChange).
 */
export async function updateLive<T>(
  ctx: ServiceContext,
  meetingId: string,
  change: (read: LiveRead) => LiveChange<T>,
): Promise<T> {
  let result: T | undefined;
  let changed = false;
  /** The change's outcome; null when it handed back the record it was given (nothing to store). */
  const apply = (read: LiveRead): LiveChange<T> | null => {
    const out = change(read);
    result = out.result;
    changed = out.record !== read.record || out.meeting !== undefined;
    return changed ? out : null;
  };
  const rehearsing = ctx.repo.get(rehearsalDocName(meetingId)) !== undefined;
  if (rehearsing) {
    await ctx.repo.update(rehearsalDocName(meetingId), (current) => {
      const doc = ctx.repo.get(meetingDocName(meetingId));
      if (!doc || doc.deletedAt !== null) throw notFound('会议', meetingId);
      if (!current) throw notFound('彩排', meetingId);
      const out = apply({
        meeting: doc.meeting,
        record: pick(current),
        rehearsal: { startedAt: current.startedAt },
      });
      // The document itself, unchanged: the repository writes nothing for it.
      return out ? { ...current, ...out.record } : current;
    });
  } else {
    await ctx.repo.update(meetingDocName(meetingId), (doc) => {
      if (!doc || doc.deletedAt !== null) throw notFound('会议', meetingId);
      const out = apply({ meeting: doc.meeting, record: pick(doc), rehearsal: null });
      if (!out) return doc;
      const meeting = out.meeting ? out.meeting(doc.meeting) : doc.meeting;
      return { ...doc, ...out.record, meeting };
    });
  }
  if (!changed) return result as T;
  if (!rehearsing) ctx.events.emit('meetings.changed', { id: meetingId });
  ctx.events.emit('live.changed', { meetingId });
  return result as T;
}

/**
 * Starts a rehearsal: an empty (or test-filled) record of its own. Refused inside the document's
 * queue when one runs, so two consoles starting at once cannot replace each other's rehearsal.
 */
export async function createRehearsal(
  ctx: ServiceContext,
  meetingId: string,
  record: LiveRecord,
): Promise<{ startedAt: string }> {
  const startedAt = nowIso(ctx);
  await ctx.repo.update(rehearsalDocName(meetingId), (current) => {
    if (current) throw new AppError('conflict', REHEARSAL_RUNNING);
    return {
      schemaVersion: REHEARSAL_SCHEMA_VERSION,
      meetingId,
      startedAt,
      ...record,
    };
  });
  ctx.events.emit('live.changed', { meetingId });
  return { startedAt };
}
