import type { PresentationState } from '../../../shared/domain';

/**
 * HELPER(projector): what the hall sees of the live record over the card: overlays (question,
 * countdown, commitment, join) and full-screen panels (moderation record, scores, summary). Draws
 * only from live.public, which carries nothing personal.
 */
export function LiveLayer({ meetingId, state }: { meetingId: string; state: PresentationState }) {
  void meetingId;
  void state;
  return null;
}
