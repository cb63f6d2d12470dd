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
  if (!/\d/.test(text)) return text;
  const kept = new Set(keep.map(digitsOf).filter((d) => d.length > 0));
  const unlessKept = (match: string, masked: string) => (kept.has(digitsOf(match)) ? match : masked);
  return text
    .replace(ID_NUMBER, (match, region: string, birth: string, tail: string) =>
      isBirthDate(birth) ? `${region}********${tail.slice(-4)}` : match,
    )
    .replace(LANDLINE, (match, area: string, _head: string, last: string) =>
      unlessKept(match, `${area}-${MASK}${last}`),
    )
    .replace(MOBILE, (match, first: string, _middle: string, last: string) =>
      unlessKept(match, `${first}${MASK}${digitsOf(last)}`),
    );
}
