import type { Output, ParsedInput } from '../../shared/api';
import type { FollowUpItem, Question } from '../../shared/domain';
import { buildNotice } from '../../shared/logic/follow-up/notice';
import { computeReminders } from '../../shared/logic/follow-up/reminders';
import { toRow } from '../../shared/logic/follow-up/rows';
import { computeScoreboard } from '../../shared/logic/follow-up/scoreboard';
import { buildTimeline } from '../../shared/logic/follow-up/timeline';
import { redactPersonal } from '../../shared/logic/redact-personal';
import { followDocName } from '../storage/documents';
import {
  findItem,
  followSettings,
  followToday,
  meetingDate,
  meetingsInScope,
  readFollowDoc,
  scopedItems,
} from './follow-up-store';
import { readRealLive } from './live-record';
import { getOffice } from './office-service';
import type { ServiceContext } from './service-context';

/** What the lists, the call-backs, the scoreboard, the reminders and the notice show. */

export async function listFollowUps(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.list'>,
): Promise<Output<'followUps.list'>> {
  const asOf = input.asOf ?? followToday(ctx);
  return { asOf, rows: scopedItems(ctx, input.meetingId, asOf).map((s) => s.row) };
}

/** The question the item answers, as the real record holds it (never a rehearsal's). */
function questionOf(ctx: ServiceContext, item: FollowUpItem): Question | null {
  const id =
    item.source.kind === 'commitment' || item.source.kind === 'referral' ? item.source.questionId : null;
  if (id === null) return null;
  return readRealLive(ctx, item.meetingId).questions.find((q) => q.id === id) ?? null;
}

export async function getFollowUp(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.get'>,
): Promise<Output<'followUps.get'>> {
  const asOf = input.asOf ?? followToday(ctx);
  const doc = readFollowDoc(ctx, input.meetingId);
  const item = findItem(doc, input.id);
  const [meeting] = meetingsInScope(ctx, input.meetingId);
  const row = toRow(item, { asOf, meetingDate: meetingDate(meeting!), settings: followSettings(ctx) });
  const question = questionOf(ctx, item);
  return {
    item,
    row,
    question: question
      ? {
          id: question.id,
          text: question.text,
          receivedAt: question.receivedAt,
          askerName: question.askerName,
        }
      : null,
    timeline: buildTimeline(item, question),
  };
}

export async function listCallbacks(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.callbacks'>,
): Promise<Output<'followUps.callbacks'>> {
  const asOf = input.asOf ?? followToday(ctx);
  const rows = scopedItems(ctx, input.meetingId, asOf)
    .filter(({ row }) => row.callbackDue !== null && row.callbackDue <= asOf)
    .sort((a, b) => (a.row.callbackDue ?? '').localeCompare(b.row.callbackDue ?? ''))
    .map(({ item, row }) => ({
      row,
      resident: item.resident,
      lastReply: item.replies.at(-1)?.text ?? '',
    }));
  return { asOf, rows };
}

export async function followUpScoreboard(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.scoreboard'>,
): Promise<Output<'followUps.scoreboard'>> {
  const asOf = input.asOf ?? followToday(ctx);
  const meetings = meetingsInScope(ctx, input.meetingId);
  const office = getOffice(ctx);
  const ratings = meetings.flatMap((m) => ctx.repo.get(followDocName(m.meeting.id))?.communityRatings ?? []);
  return computeScoreboard({
    rows: scopedItems(ctx, input.meetingId, asOf).map((s) => s.row),
    ratings,
    departments: office.departments.map((d) => ({ id: d.id, name: d.name })),
    meetingIds: meetings.map((m) => m.meeting.id),
    asOf,
    rankMinItems: office.followUp.rankMinItems,
  });
}

export async function followUpReminders(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.reminders'>,
): Promise<Output<'followUps.reminders'>> {
  const asOf = input.asOf ?? followToday(ctx);
  const closed = meetingsInScope(ctx, null).filter(
    (m) => m.meeting.status === 'closed' || m.closing !== null,
  );
  const ids = new Set(closed.map((m) => m.meeting.id));
  return computeReminders({
    asOf,
    settings: followSettings(ctx),
    meetings: closed.map((m) => ({
      id: m.meeting.id,
      date: meetingDate(m),
      closed: true,
      noticePublished: (ctx.repo.get(followDocName(m.meeting.id))?.noticePublishedAt ?? null) !== null,
    })),
    rows: scopedItems(ctx, null, asOf)
      .filter((s) => ids.has(s.meeting.meeting.id))
      .map((s) => s.row),
  });
}

export async function publicNotice(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.notice'>,
): Promise<Output<'followUps.notice'>> {
  const asOf = input.asOf ?? followToday(ctx);
  const [meeting] = meetingsInScope(ctx, input.meetingId);
  const office = getOffice(ctx);
  const names = new Map(office.departments.map((d) => [d.id, d.name]));
  // The office's own hotline is public; every other number is someone's.
  const keep = office.profile.phone ? [office.profile.phone] : [];
  const scoped = scopedItems(ctx, input.meetingId, asOf);
  // A reply may name the asker; the residents' own names are masked along with the numbers.
  const residents = [...new Set(scoped.map((s) => s.item.resident.name.trim()))]
    .filter((name) => name.length >= 2)
    .sort((a, b) => b.length - a.length);
  const redact = (text: string) =>
    residents.reduce(
      (out, name) => out.split(name).join(`${name.slice(0, 1)}某`),
      redactPersonal(text, keep),
    );
  return buildNotice({
    meeting: { id: meeting!.meeting.id, title: meeting!.meeting.title, date: meetingDate(meeting!) },
    publishedAt: readFollowDoc(ctx, input.meetingId).noticePublishedAt,
    officeName: office.profile.name,
    asOf,
    items: scoped.map(({ item, row }) => ({ item, row })),
    departmentName: (id) => names.get(id) ?? null,
    redact,
  });
}
