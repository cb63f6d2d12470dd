/** The 敏感词 editor's text, one word per line (commas and 、 also split, as people paste lists). */
export function wordsOfText(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of text.split(/[\n\r,，、;；]+/)) {
    const word = raw.trim();
    if (word === '' || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

export function textOfWords(words: readonly string[]): string {
  return words.join('\n');
}
