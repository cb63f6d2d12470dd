import { describe, expect, it } from 'vitest';
import { CHART_PALETTE, COLORS, PRIMARY_MIN_PX, SECONDARY_MIN_PX } from '../../renderer/report/card-style';
import {
  composite,
  contrastOf,
  contrastRatio,
  parseColor,
  relativeLuminance,
} from '../../renderer/report/contrast';
import { MIN_MARK_CONTRAST, MIN_TEXT_CONTRAST, textFloor } from '../../renderer/report/legibility';

const WHITE = { r: 255, g: 255, b: 255, a: 1 };
const BLACK = { r: 0, g: 0, b: 0, a: 1 };

describe('contrast maths (WCAG 2)', () => {
  it('reads the colour forms getComputedStyle returns', () => {
    expect(parseColor('#fff')).toEqual(WHITE);
    expect(parseColor('#1e3a8a')).toEqual({ r: 30, g: 58, b: 138, a: 1 });
    expect(parseColor('rgb(17, 24, 39)')).toEqual({ r: 17, g: 24, b: 39, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgba(0, 0, 0, 0)')?.a).toBe(0);
    expect(parseColor('transparent')?.a).toBe(0);
    expect(parseColor('not a colour')).toBeNull();
  });

  it('gives white luminance 1 and black 0', () => {
    expect(relativeLuminance(WHITE)).toBeCloseTo(1, 6);
    expect(relativeLuminance(BLACK)).toBe(0);
  });

  it('black on white is 21:1 and a colour on itself 1:1', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 6);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 6);
    expect(contrastOf('#1d4ed8', '#1d4ed8')).toBeCloseTo(1, 6);
  });

  it('#767676 on white is 4.54:1, the lightest grey that passes AA', () => {
    expect(contrastOf('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastOf('#777777', '#ffffff')!).toBeLessThan(MIN_TEXT_CONTRAST);
  });

  it('composites a translucent colour over what is below', () => {
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, WHITE)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    // Half-transparent black text on white reads as mid grey: about 4:1, not 21:1.
    expect(contrastOf('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(3.95, 1);
  });
});

describe('the card colours meet the rules they are checked against', () => {
  it('text on the card and on a divider is at least 4.5:1', () => {
    expect(contrastOf(COLORS.text, COLORS.background)!).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastOf(COLORS.secondaryText, COLORS.background)!).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastOf(COLORS.onDivider, COLORS.divider)!).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastOf(COLORS.shortcoming, COLORS.shortcomingTint)!).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('every chart colour is a 3:1 mark on white and carries a white value at 4.5:1', () => {
    for (const color of CHART_PALETTE) {
      expect(contrastOf(color, COLORS.background)!).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
      expect(contrastOf('#ffffff', color)!).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });
});

describe('text floors', () => {
  it('holds figures and labels to 1/20 of the 1080 px height, other text to 1/30', () => {
    expect(PRIMARY_MIN_PX).toBe(54);
    expect(textFloor('primary')).toBe(54);
    expect(textFloor('secondary')).toBe(SECONDARY_MIN_PX);
    expect(textFloor(null)).toBe(36);
  });
});
