import type { Card, LivePublicView, LiveRecord, Meeting, Office } from '../../domain';

export interface PublicViewInput {
  meeting: Meeting;
  office: Office;
  record: LiveRecord;
  rehearsal: boolean;
  /** The report's cards: the welcome card's Wi-Fi, the parts to score. */
  cards: readonly Card[];
  /** The commitment the presentation shows; null: the latest made. */
  commitmentId: string | null;
  date: string;
  joinUrl: string | null;
}

/**
 * What the hall may see: no asker name or phone, phone numbers in any text masked (the office's own
 * number excepted), departments and communities by name.
 */
export function publicLiveView(input: PublicViewInput): LivePublicView {
  void input;
  throw new Error('HELPER(logic): implement publicLiveView');
}
