import type { ParsedInput } from '../../shared/api';
import {
  DEFAULT_REPORT_SETTINGS,
  REPORT_SCHEMA_VERSION,
  type Card,
  type Meeting,
  type OpinionSetDocument,
  type ReportCardDocument,
  type ReportView,
} from '../../shared/domain';
import { hasColumnsOfSet } from '../../shared/logic/rate-columns';
import { draftCards } from '../../shared/logic/report-draft';
import { unresolvedItemIds } from '../../shared/logic/unresolved-groups';
import { buildReportView } from '../../shared/logic/report-view';
import { templateCards } from '../../shared/logic/report-templates';
import { formatShanghai } from '../../shared/logic/shanghai-time';
import { AppError } from '../api/app-error';
import { followDocName, reportDocName } from '../storage/documents';
import { getPreferences } from './app-service';
import { allMeetingDocs, getMeeting } from './meetings-service';
import { getOffice } from './office-service';
import { analyseOpinions } from './opinions-service';
import { readOpinionSet } from './opinion-sets';
import { reanchorPresentation } from './presentation-service';
import { nowIso, type ServiceContext } from './service-context';

/** The 数字成绩单 of a meeting: stored cards, drafts from the data, and the resolved view. */

export function emptyReport(meetingId: string): ReportCardDocument {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    meetingId,
    cards: [],
    settings: DEFAULT_REPORT_SETTINGS,
    revision: 0,
    updatedAt: null,
  };
}

export function getReport(ctx: ServiceContext, meetingId: string): ReportCardDocument {
  getMeeting(ctx, meetingId);
  return ctx.repo.get(reportDocName(meetingId)) ?? emptyReport(meetingId);
}

export async function saveReport(
  ctx: ServiceContext,
  input: ParsedInput<'report.save'>,
): Promise<ReportCardDocument> {
  const ids = new Set<string>();
  for (const card of input.cards) {
    if (ids.has(card.id)) throw new AppError('invalid_input', `卡片编号重复（${card.id}），请刷新后再保存`);
    ids.add(card.id);
  }
  const saved = await ctx.repo.update(reportDocName(input.meetingId), (current) => {
    // Checked inside the queue: the meeting may have been deleted while this write waited.
    getMeeting(ctx, input.meetingId);
    const stored = current ?? emptyReport(input.meetingId);
    if (stored.revision !== input.expectedRevision) {
      throw new AppError('conflict', '成绩单已在另一个窗口被修改，请刷新后再编辑');
    }
    return {
      ...stored,
      cards: input.cards,
      settings: input.settings,
      revision: stored.revision + 1,
      updatedAt: nowIso(ctx),
    };
  });
  ctx.events.emit('report.changed', { meetingId: input.meetingId });
  reanchorPresentation(ctx, input.meetingId);
  return saved;
}

/** Same cards with fresh ids, so a copy never shares an id with where it came from. */
export function withNewIds(ctx: ServiceContext, cards: readonly Card[]): Card[] {
  return cards.map((card) => ({ ...card, id: ctx.newId('c') }));
}

/**
 * The meeting a "last time we promised" card looks back to: the latest earlier live meeting that
 * shares a community with this one (any earlier meeting when either names no community).
 */
export function previousMeetingOf(ctx: ServiceContext, meeting: Meeting): Meeting | null {
  const mine = new Set(meeting.communityIds);
  const candidates = allMeetingDocs(ctx)
    .filter((doc) => doc.deletedAt === null && doc.meeting.id !== meeting.id)
    .map((doc) => doc.meeting)
    .filter((m) => Date.parse(m.startsAt) < Date.parse(meeting.startsAt))
    .filter(
      (m) => mine.size === 0 || m.communityIds.length === 0 || m.communityIds.some((id) => mine.has(id)),
    )
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return candidates[0] ?? null;
}

function commitmentsOf(ctx: ServiceContext, meetingId: string) {
  return allMeetingDocs(ctx).find((doc) => doc.meeting.id === meetingId)?.commitments ?? [];
}

export function viewReport(ctx: ServiceContext, meetingId: string): ReportView {
  const meeting = getMeeting(ctx, meetingId);
  const report = getReport(ctx, meetingId);
  const set = readOpinionSet(ctx, meetingId);
  const analysis = set.opinions.length > 0 ? analyseOpinions(ctx, meetingId) : null;
  // The promises card may name its meeting; otherwise the latest earlier one is used.
  const named = report.cards.find((c) => c.kind === 'promises' && c.previousMeetingId !== null);
  const previousMeeting =
    named?.kind === 'promises' && named.previousMeetingId
      ? (allMeetingDocs(ctx).find((d) => d.meeting.id === named.previousMeetingId && d.deletedAt === null)
          ?.meeting ?? null)
      : previousMeetingOf(ctx, meeting);
  return buildReportView({
    meeting,
    office: getOffice(ctx),
    report,
    summary: analysis?.summary ?? null,
    yearOnYear: analysis?.yearOnYear ?? null,
    groups: set.groups,
    previous: previousMeeting
      ? {
          meeting: previousMeeting,
          commitments: commitmentsOf(ctx, previousMeeting.id),
          followUps: ctx.repo.get(followDocName(previousMeeting.id))?.items ?? [],
        }
      : null,
    today: formatShanghai(ctx.now(), 'YYYY-MM-DD'),
    language: getPreferences(ctx).language,
    joinUrl: null,
  });
}

export function startReportFrom(
  ctx: ServiceContext,
  input: ParsedInput<'report.startFrom'>,
): { cards: Card[] } {
  getMeeting(ctx, input.meetingId);
  if (input.from.kind === 'meeting') {
    if (input.from.meetingId === input.meetingId) {
      throw new AppError('invalid_input', '不能从本场会议自己的成绩单开始，请选择另一场会议或从模板开始');
    }
    const source = getReport(ctx, input.from.meetingId);
    if (source.cards.length === 0) {
      throw new AppError('invalid_input', '所选会议还没有成绩单卡片，请换一个会议或从模板开始');
    }
    return { cards: withNewIds(ctx, source.cards) };
  }
  return {
    cards: templateCards(
      input.from.template,
      {
        meeting: getMeeting(ctx, input.meetingId),
        office: getOffice(ctx),
        language: getPreferences(ctx).language,
      },
      () => ctx.newId('c'),
    ),
  };
}

/**
 * The 重大事项 still open, each of which the draft turns into a shortcoming card: the shared rule
 * (an item with an opinion not shown resolved), told which rows come from a sheet that had a
 * 解决情况 column at all.
 */
export function unresolvedItemGroupIds(
  set: Pick<OpinionSetDocument, 'opinions' | 'groups' | 'imports'>,
): string[] {
  return unresolvedItemIds(set.groups, set.opinions, hasColumnsOfSet(set));
}

export function draftReport(ctx: ServiceContext, meetingId: string): { cards: Card[] } {
  const meeting = getMeeting(ctx, meetingId);
  const set = readOpinionSet(ctx, meetingId);
  const analysis = set.opinions.length > 0 ? analyseOpinions(ctx, meetingId) : null;
  return {
    cards: draftCards(
      {
        meeting,
        office: getOffice(ctx),
        summary: analysis?.summary ?? null,
        yearOnYear: analysis?.yearOnYear ?? null,
        groups: set.groups,
        hasPrevious: previousMeetingOf(ctx, meeting) !== null,
        language: getPreferences(ctx).language,
        unresolvedGroupIds: unresolvedItemGroupIds(set),
      },
      () => ctx.newId('c'),
    ),
  };
}
