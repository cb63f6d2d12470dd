/** A piece of a question's text, flagged when it is one of the words the office's list matched. */
export interface TextSegment {
  text: string;
  flagged: boolean;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text cut around every occurrence of the flagged words (longest first, so 他妈的 wins over 他妈;
 * Latin letters in any case, as SB and sb), for the moderator to see what matched. The text itself
 * is unchanged: joining the segments gives it back.
 */
export function flagSegments(text: string, flags: readonly string[]): TextSegment[] {
  const words = [...new Set(flags.map((w) => w.trim()).filter((w) => w !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0 || text === '') return text === '' ? [] : [{ text, flagged: false }];
  const pattern = new RegExp(words.map(escape).join('|'), 'gi');
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > at) segments.push({ text: text.slice(at, start), flagged: false });
    segments.push({ text: match[0], flagged: true });
    at = start + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), flagged: false });
  return segments;
}
