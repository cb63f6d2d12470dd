import type { FollowUpItem, FollowUpRow, ListType, PublicNotice } from '../../domain';
import { isEnded } from './workflow';

export interface NoticeInput {
  meeting: { id: string; title: string; date: string };
  publishedAt: string | null;
  officeName: string;
  asOf: string;
  items: readonly { item: FollowUpItem; row: FollowUpRow }[];
  departmentName: (id: string) => string | null;
  /** Masks personal data (names, phone numbers, ID numbers) in free text. */
  redact: (text: string) => string;
}

const LIST_ORDER: readonly ListType[] = ['immediate', 'deadline', 'ongoing'];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text with personal data masked: `redact` finds numbers, and the item's own resident is known,
 * so their name and phone are masked even where a pattern could not tell them from other words.
 */
function masker(item: FollowUpItem, redact: (text: string) => string): (text: string) => string {
  const name = item.resident.name.trim();
  const digits = item.resident.phone.replace(/\D/g, '');
  const phone =
    digits.length >= 7 ? new RegExp(digits.split('').map(escapeRegExp).join('[\\s-]?'), 'g') : null;
  return (text) => {
    let out = text;
    if (name.length > 0) out = out.split(name).join('***');
    if (phone) out = out.replace(phone, '****');
    return redact(out);
  };
}

/** 反馈公示: the meeting's items and their status, nothing personal, counts with their total. */
export function buildNotice(input: NoticeInput): PublicNotice {
  const counts = { total: 0, solved: 0, partlySolved: 0, closedUnsolved: 0, open: 0, overdue: 0 };
  const byList: Record<ListType, PublicNotice['items']> = { immediate: [], deadline: [], ongoing: [] };
  for (const { item, row } of input.items) {
    const mask = masker(item, input.redact);
    const lastReply = item.replies.length > 0 ? item.replies[item.replies.length - 1]! : null;
    const departmentIds = [item.leadDepartmentId, ...item.coDepartmentIds].filter(
      (id): id is string => id !== null,
    );
    const departments = departmentIds
      .map((id) => input.departmentName(id))
      .filter((n): n is string => n !== null && n !== '')
      .join('、');
    byList[item.listType].push({
      title: mask(item.title),
      listType: item.listType,
      departments,
      deadline: item.deadline,
      state: row.state,
      overdue: row.overdue,
      reply: lastReply ? mask(lastReply.text) : '',
      replyDate: lastReply ? lastReply.date : null,
    });
    counts.total++;
    if (row.state === 'solved') counts.solved++;
    else if (row.state === 'partly_solved') counts.partlySolved++;
    else if (row.state === 'closed_unsolved') counts.closedUnsolved++;
    if (!isEnded(row.state)) counts.open++;
    if (row.overdue) counts.overdue++;
  }
  return {
    meetingId: input.meeting.id,
    publishedAt: input.publishedAt,
    meetingTitle: input.meeting.title,
    meetingDate: input.meeting.date,
    officeName: input.officeName,
    asOf: input.asOf,
    items: LIST_ORDER.flatMap((t) => byList[t]),
    counts,
  };
}
