/**
 * Masks the personal numbers a typed text may carry before it reaches a screen the hall can see: an
 * operator pastes "张女士 138 1234 5678 反映…" into a list item more often than one would think.
 * Names cannot be told from ordinary words, so they are kept out at the source instead (no view ever
 * reads an opinion's residentName or residentPhone).
 */

const MASK = '****';

/** 18-digit 居民身份证号: 6-digit region, birth date, 3-digit sequence, check digit (0–9 or X). */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])/g;
/** Landline with its area code: 010-12345678, (0571) 8765432, 0755 12345678. */
const LANDLINE = /(?<![0-9A-Za-z])(\(?0\d{2,3}\)?)[ -]?(\d{3,4})[ -]?(\d{4})(?![0-9A-Za-z])/g;
/** Mainland mobile, with or without +86, spaces or dashes between digits: 138 1234 5678. */
const MOBILE = /(?<![0-9A-Za-z])(?:\+?86[ -]?)?(1[3-9]\d)((?:[ -]?\d){4})((?:[ -]?\d){4})(?![0-9A-Za-z])/g;

const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * A Chinese input method in full-width mode types １３８－１２３４. Each such character narrows to
 * exactly one ASCII one, so numbers are found in a narrowed copy at the same positions, while the
 * text around them keeps its own （） and spaces.
 */
const WIDE_NUMBER_CHARS = /[\uFF10-\uFF19\uFF0D\uFF08\uFF09\uFF0B\u3000]/g;
const narrowNumbers = (text: string) => text.replace(WIDE_NUMBER_CHARS, (ch) => ch.normalize('NFKC'));

interface Aligned {
  text: string;
  narrow: string;
}

/** Replaces each match found in the narrowed copy, in both: a masked number is plain ASCII. */
function replaceAligned(
  { text, narrow }: Aligned,
  pattern: RegExp,
  mask: (match: string, groups: string[]) => string,
): Aligned {
  let out = '';
  let outNarrow = '';
  let last = 0;
  for (const m of narrow.matchAll(pattern)) {
    const at = m.index;
    const masked = mask(m[0], m.slice(1));
    const replaced = masked === m[0] ? text.slice(at, at + m[0].length) : masked;
    out += text.slice(last, at) + replaced;
    outNarrow += narrow.slice(last, at) + masked;
    last = at + m[0].length;
  }
  return { text: out + text.slice(last), narrow: outNarrow + narrow.slice(last) };
}

/** A birth date that could be one (19xx or 20xx, a real month and day): work-order numbers are not. */
function isBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * The text with mobiles as 138****5678, landlines as 010-****5678 and ID numbers as
 * 110101********1234. `keep` lists public numbers (the office's own hotline) left as written. A
 * number must stand apart from letters as well as digits, so a token or id holding such a run of
 * digits is left alone.
 */
export function redactPersonal(text: string, keep: readonly string[] = []): string {
  if (!/[\d\uFF10-\uFF19]/.test(text)) return text;
  const kept = new Set(keep.map(digitsOf).filter((d) => d.length > 0));
  const unlessKept = (match: string, masked: string) => (kept.has(digitsOf(match)) ? match : masked);
  let aligned: Aligned = { text, narrow: narrowNumbers(text) };
  aligned = replaceAligned(aligned, ID_NUMBER, (match, [region, birth, tail]) =>
    isBirthDate(birth!) ? `${region}********${tail!.slice(-4)}` : match,
  );
  aligned = replaceAligned(aligned, LANDLINE, (match, [area, , last]) =>
    unlessKept(match, `${area}-${MASK}${last}`),
  );
  aligned = replaceAligned(aligned, MOBILE, (match, [first, , last]) =>
    unlessKept(match, `${first}${MASK}${digitsOf(last!)}`),
  );
  return aligned.text;
}
