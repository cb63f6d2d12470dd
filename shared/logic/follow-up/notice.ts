import type { FollowUpItem, FollowUpRow, PublicNotice } from '../../domain';

export interface NoticeInput {
  meeting: { id: string; title: string; date: string };
  officeName: string;
  asOf: string;
  items: readonly { item: FollowUpItem; row: FollowUpRow }[];
  departmentName: (id: string) => string | null;
  /** Masks personal data (names, phone numbers, ID numbers) in free text. */
  redact: (text: string) => string;
}

/** 反馈公示: the meeting's items and their status, nothing personal, counts with their total. */
export function buildNotice(_input: NoticeInput): PublicNotice {
  throw new Error('not implemented');
}
