import type { Fraction } from '../domain/opinion-summary';

export function fraction(num: number, den: number): Fraction {
  return { num, den, value: den === 0 ? null : num / den };
}

/** num/den × 10^digits+2 rounded half away from zero, in integers, so 102/109 is 93.6 on every machine. */
function scaledPercent(f: Fraction, digits: number): number {
  const scale = 100 * 10 ** digits;
  const sign = f.num < 0 ? -1 : 1;
  const abs = Math.abs(f.num) * scale;
  return (sign * Math.floor((2 * abs + f.den) / (2 * f.den))) / 10 ** digits;
}

/** "93.6%"; "—" when there is nothing to divide by. */
export function formatRate(f: Fraction | null, digits = 1): string {
  if (!f || f.den === 0) return '—';
  return `${scaledPercent(f, digits).toFixed(digits)}%`;
}

/** A change with its sign: "-47.1%", "+12.0%"; "—" when the base is zero. */
export function formatChange(f: Fraction | null, digits = 1): string {
  if (!f || f.den === 0) return '—';
  const p = scaledPercent(f, digits);
  return `${p > 0 ? '+' : ''}${p.toFixed(digits)}%`;
}
