import { MAX_CARD_ROWS } from '../../shared/domain';
import { CHART_PALETTE, PRIMARY_MIN_PX, SECONDARY_MIN_PX } from './card-style';
import { composite, contrastRatio, parseColor, type Rgba } from './contrast';

export { WASHED_OUT_FILTER } from './card-style';

/** One rule a rendered card breaks, for the builder's legibility check. */
export interface LegibilityIssue {
  rule: 'textHeight' | 'contrast' | 'markContrast' | 'overflow' | 'tooManyRows';
  /** Measured value and the limit, for the message. */
  measured: number;
  limit: number;
  /** A short excerpt of the offending text, if any. */
  text: string;
}

/** Contrast for text: WCAG AA, because a projector already loses most of the screen's contrast. */
export const MIN_TEXT_CONTRAST = 4.5;
/** Contrast for chart marks (bars, lines, slices) against the card. */
export const MIN_MARK_CONTRAST = 3;

export type TextRole = 'primary' | 'secondary';

/** The smallest font size (native px) text of a role may have. Unmarked text is held to the lower floor. */
export function textFloor(role: TextRole | null): number {
  return role === 'primary' ? PRIMARY_MIN_PX : SECONDARY_MIN_PX;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** The colour behind an element as seen: its own and its ancestors' backgrounds, composited. */
export function effectiveBackground(el: Element, view: Window = window): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const color = parseColor(view.getComputedStyle(node).backgroundColor);
    if (!color || color.a === 0) continue;
    layers.push(color);
    if (color.a >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => composite(layer, below), WHITE);
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) text += node.textContent ?? '';
  return text.trim();
}

function nativeRoot(root: HTMLElement): HTMLElement {
  if (root.hasAttribute('data-card-native')) return root;
  return root.querySelector<HTMLElement>('[data-card-native]') ?? root;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Checks a card as rendered at its native size (1920×1080 or 1440×1080): text height per role,
 * text contrast against what is really behind it, content outside the card or overflowing its box,
 * more rows than the hall can read, and chart colours against the card.
 */
export function checkCardLegibility(root: HTMLElement): LegibilityIssue[] {
  const card = nativeRoot(root);
  const view = card.ownerDocument.defaultView ?? window;
  const issues: LegibilityIssue[] = [];
  const cardBox = card.getBoundingClientRect();
  // Boxes are measured on screen, where the card may be scaled; overflow is reported in native px.
  const scale = card.offsetWidth > 0 ? cardBox.width / card.offsetWidth : 1;
  let overflowPx = 0;
  let overflowText = '';

  for (const el of [card, ...Array.from(card.querySelectorAll('*'))]) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && el !== card) {
      const beyond = Math.max(
        cardBox.left - box.left,
        box.right - cardBox.right,
        cardBox.top - box.top,
        box.bottom - cardBox.bottom,
      );
      if (beyond / scale > 1 && beyond / scale > overflowPx) {
        overflowPx = beyond / scale;
        overflowText = excerpt(el.textContent ?? '');
      }
    }
    if (
      el instanceof HTMLElement &&
      (el.dataset.fitSize !== undefined || el.hasAttribute('data-card-body'))
    ) {
      const over = Math.max(el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth);
      if (over > 1 && over > overflowPx) {
        overflowPx = over;
        overflowText = excerpt(el.textContent ?? '');
      }
    }
    const text = ownText(el);
    if (!text) continue;
    const role = (el.closest('[data-legibility]')?.getAttribute('data-legibility') ??
      null) as TextRole | null;
    const size = parseFloat(style.fontSize);
    const floor = textFloor(role);
    if (size + 0.01 < floor)
      issues.push({ rule: 'textHeight', measured: round(size), limit: floor, text: excerpt(text) });
    const color = parseColor(style.color);
    if (color) {
      const background = effectiveBackground(el, view);
      const ratio = contrastRatio(composite(color, background), background);
      if (ratio < MIN_TEXT_CONTRAST)
        issues.push({
          rule: 'contrast',
          measured: round(ratio, 2),
          limit: MIN_TEXT_CONTRAST,
          text: excerpt(text),
        });
    }
  }
  if (overflowPx > 0)
    issues.push({ rule: 'overflow', measured: Math.round(overflowPx), limit: 0, text: overflowText });

  const rows = Math.max(
    card.querySelectorAll('[data-card-row]').length,
    ...Array.from(card.querySelectorAll<HTMLElement>('[data-row-count]')).map(
      (el) => Number(el.dataset.rowCount) || 0,
    ),
  );
  if (rows > MAX_CARD_ROWS)
    issues.push({ rule: 'tooManyRows', measured: rows, limit: MAX_CARD_ROWS, text: '' });

  const marks = new Set<string>();
  if (card.querySelector('canvas[data-chart-palette]')) for (const color of CHART_PALETTE) marks.add(color);
  for (const swatch of Array.from(card.querySelectorAll<HTMLElement>('[data-chart-mark]')))
    if (swatch.dataset.chartMark) marks.add(swatch.dataset.chartMark);
  const background = effectiveBackground(card.querySelector('[data-card-body]') ?? card, view);
  let worst = Infinity;
  for (const mark of marks) {
    const color = parseColor(mark);
    if (color) worst = Math.min(worst, contrastRatio(composite(color, background), background));
  }
  if (worst < MIN_MARK_CONTRAST)
    issues.push({ rule: 'markContrast', measured: round(worst, 2), limit: MIN_MARK_CONTRAST, text: '' });
  // Fifteen rows shrunk to the same size are one problem to fix, not fifteen.
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.rule}|${issue.measured}|${issue.limit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
