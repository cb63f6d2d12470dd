/**
 * Likely duplicates among Chinese questions, by character n-gram overlap: no cloud service, no
 * word segmentation. "停车难" / "车位不够" / "乱停车" should find each other; unrelated questions not.
 */

export interface SimilarQuestion {
  id: string;
  /** 0–1, higher is more alike. */
  score: number;
}

/** How alike two questions are, 0–1. */
export function questionSimilarity(a: string, b: string): number {
  void a;
  void b;
  return 0; // HELPER(logic): implement
}

/** The candidates most like `text`, best first, above the suggestion threshold, at most `limit`. */
export function similarQuestions(
  text: string,
  candidates: readonly { id: string; text: string }[],
  options: { limit?: number; threshold?: number } = {},
): SimilarQuestion[] {
  void text;
  void candidates;
  void options;
  return []; // HELPER(logic): implement
}
