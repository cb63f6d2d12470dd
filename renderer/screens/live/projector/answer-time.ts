/** The answer times offered as one-click presets, in seconds. */
export const ANSWER_PRESETS = [60, 120, 180, 300] as const;

const STEP = 30;
const MIN = 60;
const MAX = 300;
/** A question-and-answer part is planned for about this many answers. */
const ANSWERS_PER_PART = 5;

/**
 * A sensible time per answer from the agenda part: its planned time over about five answers, in
 * half-minute steps between one and five minutes, and never more than the part has left (while a
 * minute or more is left). Null when the part has no plan.
 */
export function suggestedAnswerSeconds(
  plannedMinutes: number | null,
  remainingMs: number | null,
): number | null {
  if (plannedMinutes === null) return null;
  const share = Math.floor((plannedMinutes * 60) / ANSWERS_PER_PART / STEP) * STEP;
  let seconds = Math.min(MAX, Math.max(MIN, share));
  if (remainingMs !== null && remainingMs >= MIN * 1000) {
    const left = Math.floor(remainingMs / 1000 / STEP) * STEP;
    seconds = Math.min(seconds, left);
  }
  return seconds;
}
