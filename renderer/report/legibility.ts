/** One rule a rendered card breaks, for the builder's legibility check. */
export interface LegibilityIssue {
  rule: 'textHeight' | 'contrast' | 'markContrast' | 'overflow' | 'tooManyRows';
  /** Measured value and the limit, for the message. */
  measured: number;
  limit: number;
  /** A short excerpt of the offending text, if any. */
  text: string;
}

/**
 * Checks a card as rendered at its native size (1920×1080 or 1440×1080). (Sketch: the card's part
 * fills in the measurements.)
 */
export function checkCardLegibility(_root: HTMLElement): LegibilityIssue[] {
  return [];
}
