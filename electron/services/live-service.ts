import type { LiveStatus, ParsedInput } from '../../shared/api';
import { emptyLiveRecord, type LivePublicView, type LiveRecord } from '../../shared/domain';
import { closeBlockers, summarizeLive } from '../../shared/logic/live/live-counts';
import { AppError } from '../api/app-error';
import { rehearsalDocName } from '../storage/documents';
import { rehearsalRecord } from '../sample/sample-questions';
import { formatShanghai } from '../../shared/logic/shanghai-time';
import { publicLiveView } from '../../shared/logic/live/live-public';
import { STATE_LABEL } from './live-refusals';
import { REHEARSAL_RUNNING, createRehearsal, readLive, updateLive, type LiveRead } from './live-record';
import { boxForHall } from './gateway-service';
import { generateFollowUps } from './follow-up-sources';
import { getOffice } from './office-service';
import { getPresentation } from './presentation-service';
import { REFER_REST_NOTE } from './questions-service';
import { getReport } from './report-service';
import { nowIso, type ServiceContext } from './service-context';

/** The hall's view of the live record, the end-of-meeting status and close, and 彩排. */

export function livePublic(ctx: ServiceContext, meetingId: string): LivePublicView {
  const { meeting, record, rehearsal } = readLive(ctx, meetingId);
  const box = boxForHall(ctx, meetingId);
  return publicLiveView({
    meeting,
    office: getOffice(ctx),
    record,
    rehearsal: rehearsal !== null,
    cards: getReport(ctx, meetingId).cards,
    commitmentId: getPresentation(ctx, meetingId).commitmentId,
    // The figures are the meeting's: a held meeting's record shown later still says the day it was held.
    date: formatShanghai(meeting.startsAt, 'YYYY-MM-DD'),
    joinUrl: box.joinUrl,
    boxWifi: box.wifi,
  });
}

function statusOf({ record, rehearsal }: Pick<LiveRead, 'record' | 'rehearsal'>): LiveStatus {
  return {
    summary: summarizeLive(record),
    blockers: closeBlockers(record.questions),
    closing: record.closing,
    rehearsal,
  };
}

export function liveStatus(ctx: ServiceContext, meetingId: string): LiveStatus {
  return statusOf(readLive(ctx, meetingId));
}

/** The date the rest was referred "会后统一书面答复" by, if the operator used it: the latest such. */
function writtenBy(record: LiveRecord): string | null {
  const dates = record.questions
    .filter((q) => q.state === 'referred' && q.referral !== null)
    .filter((q) => q.history.at(-1)?.note.includes(REFER_REST_NOTE) === true)
    .map((q) => q.referral?.dueDate ?? '')
    .sort();
  return dates.at(-1) ?? null;
}

export async function closeMeeting(
  ctx: ServiceContext,
  input: ParsedInput<'live.close'>,
): Promise<LiveStatus> {
  const { meetingId, by } = input;
  const status = await updateLive(ctx, meetingId, (read) => {
    const closed = read.record.closing;
    if (closed !== null) {
      throw new AppError(
        'invalid_input',
        `会议已于 ${formatShanghai(closed.closedAt)} 由“${closed.closedBy}”结束，无需再次结束`,
      );
    }
    const blockers = closeBlockers(read.record.questions);
    if (blockers.length > 0) {
      const named = blockers.map((b) => `“${b.excerpt}”（${STATE_LABEL[b.state]}）`).join('、');
      throw new AppError(
        'invalid_input',
        `还有 ${blockers.length} 个问题尚未处理：${named}。请逐条处理，或选择“其余问题会后书面答复”。`,
        blockers.map((b) => ({
          path: `questions.${b.questionId}`,
          message: `${STATE_LABEL[b.state]}：${b.excerpt}`,
        })),
      );
    }
    const at = nowIso(ctx);
    const record = {
      ...read.record,
      closing: { closedAt: at, closedBy: by, writtenBy: writtenBy(read.record) },
    };
    return {
      record,
      result: statusOf({ record, rehearsal: read.rehearsal }),
      // A rehearsal's close is part of the rehearsal: the real meeting stays as it was.
      meeting: (m) => ({ ...m, status: 'closed', revision: m.revision + 1, updatedAt: at }),
    };
  });
  // A rehearsal's close is rehearsed too: its commitments never become follow-up items.
  if (status.rehearsal === null) await generateAfterClose(ctx, meetingId, by);
  return status;
}

/**
 * The close stands whatever happens here: a failed second write leaves the items to the 跟踪 tab's
 * 生成 button, which adds exactly what is missing.
 */
async function generateAfterClose(ctx: ServiceContext, meetingId: string, by: string): Promise<void> {
  try {
    await generateFollowUps(ctx, { meetingId, by });
  } catch (error) {
    // Only what went wrong, never the record's content: it holds residents' names and phones.
    const code = error instanceof AppError ? error.code : 'internal';
    console.warn(`[跟踪] 会议 ${meetingId} 结束后未能生成跟踪事项（${code}），可在跟踪页点击“生成”补齐`);
  }
}

export async function reopenMeeting(
  ctx: ServiceContext,
  input: ParsedInput<'live.reopen'>,
): Promise<LiveStatus> {
  const { meetingId } = input;
  return updateLive(ctx, meetingId, (read) => {
    if (read.record.closing === null) throw new AppError('invalid_input', '会议尚未结束，无需重新开启');
    const record = { ...read.record, closing: null };
    return {
      record,
      result: statusOf({ record, rehearsal: read.rehearsal }),
      meeting: (m) => ({ ...m, status: 'live', revision: m.revision + 1, updatedAt: nowIso(ctx) }),
    };
  });
}

export async function startRehearsal(
  ctx: ServiceContext,
  input: ParsedInput<'rehearsal.start'>,
): Promise<{ startedAt: string }> {
  const { meetingId, withTestData } = input;
  const { rehearsal } = readLive(ctx, meetingId);
  if (rehearsal !== null) throw new AppError('conflict', REHEARSAL_RUNNING);
  const record: LiveRecord = withTestData ? rehearsalRecord(ctx) : emptyLiveRecord();
  return createRehearsal(ctx, meetingId, record);
}

/** The projector must not keep pointing at a commitment that was only rehearsed. */
function forgetRehearsedCommitment(ctx: ServiceContext, meetingId: string, record: LiveRecord): void {
  const stored = ctx.session.presentations.get(meetingId);
  if (!stored?.commitmentId || !record.commitments.some((c) => c.id === stored.commitmentId)) return;
  const next = {
    ...stored,
    commitmentId: null,
    overlays: { ...stored.overlays, commitment: false },
    seq: stored.seq + 1,
  };
  ctx.session.presentations.set(meetingId, next);
  ctx.events.emit('presentation.changed', { meetingId, state: next });
}

export async function wipeRehearsal(
  ctx: ServiceContext,
  meetingId: string,
): Promise<{ questions: number; commitments: number }> {
  const { record, rehearsal } = readLive(ctx, meetingId);
  if (rehearsal === null) throw new AppError('invalid_input', '当前没有进行中的彩排，无需清除');
  await ctx.repo.remove(rehearsalDocName(meetingId));
  forgetRehearsedCommitment(ctx, meetingId, record);
  ctx.events.emit('live.changed', { meetingId });
  return { questions: record.questions.length, commitments: record.commitments.length };
}
