/**
 * Spreadsheets from other systems mix full-width and half-width forms (１２３４５, ＡＢ, the ideographic
 * space). Identifiers, dates and header names are compared after full NFKC; residents' own words keep
 * their Chinese punctuation (，：（）) and only lose full-width digits, letters and spaces.
 */

const WIDE_ALPHANUMERIC_OR_SPACE = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000\u00A0]/g;
const HORIZONTAL_SPACE_RUN = /[ \t\u00A0\u3000\u2002-\u200A\u202F\u205F]+/g;

/** For identifiers, codes and enum-like values: NFKC, runs of space collapsed, trimmed. */
export function normalizeKey(value: string): string {
  return value.normalize('NFKC').replace(HORIZONTAL_SPACE_RUN, ' ').trim();
}

/** For free text: full-width digits, letters and spaces made ordinary; punctuation and line breaks kept. */
export function normalizeText(value: string): string {
  return value
    .replace(WIDE_ALPHANUMERIC_OR_SPACE, (ch) => ch.normalize('NFKC'))
    .replace(/\r\n?/g, '\n')
    .replace(HORIZONTAL_SPACE_RUN, ' ')
    .trim();
}

/** For numbers people type with spaces or dashes inside (phones, work-order numbers). */
export function normalizeCode(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '');
}

/** Headers compare without spaces, markers of required columns and trailing colons. */
export function normalizeHeader(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s*※★:：]/g, '')
    .toLowerCase();
}
