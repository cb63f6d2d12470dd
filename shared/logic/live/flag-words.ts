/**
 * 敏感词: which of the office's flag words a question contains. Flagging only marks the question for
 * the moderator; nothing is ever dropped because of it, so a false hit costs a glance, a miss costs
 * an insult on the projector. Hence the generous matching: full-width letters narrowed (ＳＢ is SB),
 * case ignored, and spaces or dots typed between the characters to dodge a filter ("傻 逼") skipped.
 */

/** Characters people put between the letters of a word to get it past a filter. */
const FILLER = /[\s.\u00B7\u3002\uFF0E\u30FB*_\-~]/g;

/** The form both sides are compared in. */
export function flagForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(FILLER, '');
}

/**
 * The words of `words` found in `text`, as the list spells them, each once, in the list's order.
 * Words that normalise to nothing (only spaces or dots) never match.
 */
export function findFlaggedWords(text: string, words: readonly string[]): string[] {
  const plain = flagForm(text);
  if (plain === '') return [];
  const found: string[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    const form = flagForm(word);
    if (form === '' || seen.has(form)) continue;
    if (plain.includes(form)) {
      seen.add(form);
      found.push(word.trim());
    }
  }
  return found;
}

/**
 * The list as the moderator saved it: trimmed, blanks dropped, and a word that is another's repeat
 * once normalised (SB, ｓｂ) kept once, in its first spelling.
 */
export function tidyFlaggedWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.trim();
    const form = flagForm(word);
    if (form === '' || seen.has(form)) continue;
    seen.add(form);
    out.push(word);
  }
  return out;
}
