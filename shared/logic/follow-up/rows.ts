import type { FollowUpItem, FollowUpRow, FollowUpSettings } from '../../domain';
import { addLocalDays, beijingDate } from './dates';
import { isEnded } from './workflow';

export interface RowContext {
  /** The day the figures are of (Beijing date). */
  asOf: string;
  /** The meeting's day (Beijing date). */
  meetingDate: string;
  settings: FollowUpSettings;
}

/**
 * Whether the latest reply is what the current state rests on: the item is replied or ended, and it
 * has not been reopened since that reply (a reopen means the work was not done after all). History
 * order decides, not timestamps, since two steps may share a second.
 */
function replyStands(item: FollowUpItem): boolean {
  if (item.replies.length === 0) return false;
  if (item.state !== 'replied' && !isEnded(item.state)) return false;
  for (let i = item.history.length - 1; i >= 0; i--) {
    const h = item.history[i]!;
    if (h.kind === 'replied') return true;
    if (h.to === 'reopened') return false;
  }
  // Imported without a history: the reply is all there is to go by.
  return true;
}

function earliestOpenMilestone(item: FollowUpItem): string | null {
  let next: string | null = null;
  for (const m of item.milestones) {
    if (m.doneOn === null && (next === null || m.dueDate < next)) next = m.dueDate;
  }
  return next;
}

/**
 * The list row of an item as of a date. Overdue: the deadline (or an open milestone's due date) is
 * before `asOf` and the item was not finished by then; finishing on the deadline day is on time.
 * An ended item finished late stays overdue (it was finished late); one closed without a reply is
 * measured by the day it was closed.
 */
export function toRow(item: FollowUpItem, c: RowContext): FollowUpRow {
  const lastReply = item.replies.length > 0 ? item.replies[item.replies.length - 1]! : null;
  const finishedOn = lastReply && replyStands(item) ? lastReply.date : null;
  const nextMilestone = earliestOpenMilestone(item);
  const due = item.deadline ?? (item.listType === 'ongoing' ? nextMilestone : null);
  const doneOn =
    finishedOn ?? (isEnded(item.state) && item.closedAt !== null ? beijingDate(item.closedAt) : null);
  const overdue = due !== null && due < c.asOf && (doneOn === null || doneOn > due);

  let callbackDue: string | null = null;
  let unanswered = 0;
  if (lastReply) {
    const since = Date.parse(lastReply.at);
    let answered = false;
    for (const cb of item.callbacks) {
      if (Date.parse(cb.at) < since) continue;
      if (cb.outcome === 'answered') answered = true;
      else unanswered++;
    }
    if (item.state === 'replied' && finishedOn !== null && !answered) {
      callbackDue = addLocalDays(finishedOn, c.settings.callbackDays[item.listType]);
    }
  }

  return {
    id: item.id,
    meetingId: item.meetingId,
    title: item.title,
    listType: item.listType,
    leadDepartmentId: item.leadDepartmentId,
    coDepartmentIds: item.coDepartmentIds,
    owner: item.owner,
    deadline: item.deadline,
    nextMilestone,
    communityId: item.communityId,
    sourceKind: item.source.kind,
    state: item.state,
    overdue,
    finishedOn,
    verdict: item.verdicts.length > 0 ? item.verdicts[item.verdicts.length - 1]!.verdict : null,
    callbackDue,
    unanswered,
    meetingDate: c.meetingDate,
    revision: item.revision,
  };
}
