import type { CSSProperties, ReactNode } from 'react';
import { COLORS, PRIMARY_MIN_PX, SECONDARY_MIN_PX } from '../card-style';
import { FitText } from '../FitText';

/** Title sizes, largest first; 54 px (1/20 of the height) is the floor a title may shrink to. */
export const TITLE_SIZES = [96, 88, 80, 72, 64, 58, PRIMARY_MIN_PX];
const TITLE_MAX_HEIGHT = 280;

export function CardTitle({ text, color = COLORS.text }: { text: string; color?: string }) {
  if (!text) return null;
  return (
    <FitText
      sizes={TITLE_SIZES}
      maxHeight={TITLE_MAX_HEIGHT}
      legibility="primary"
      testId="card-title"
      style={{ fontWeight: 700, color, flex: 'none', marginBottom: 32 }}
    >
      {text}
    </FitText>
  );
}

/** The card body under the title: fills the rest, children laid out in a column. */
export function Body({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <div style={{ flex: '1 1 0', minHeight: 0, display: 'flex', flexDirection: 'column', ...style }}>
      {children}
    </div>
  );
}

/**
 * A coloured tag with white text (every tag colour is ≥ 4.5:1 against white). `lineHeight` 'inherit'
 * sizes it with the text around it, as in the projector's live overlays.
 */
export function Chip({
  text,
  color,
  lineHeight = 1.45,
}: {
  text: string;
  color: string;
  lineHeight?: number | 'inherit';
}) {
  return (
    <span
      style={{
        display: 'inline-block',
        background: color,
        color: '#ffffff',
        borderRadius: '0.2em',
        padding: '0 0.3em',
        fontWeight: 700,
        whiteSpace: 'nowrap',
        lineHeight,
      }}
    >
      {text}
    </span>
  );
}

/** Secondary text at a fixed size, held to the lower floor by the legibility check. */
export function Secondary({
  children,
  size = 40,
  style,
}: {
  children: ReactNode;
  size?: number;
  style?: CSSProperties;
}) {
  return (
    <div
      data-legibility="secondary"
      style={{
        fontSize: Math.max(size, SECONDARY_MIN_PX),
        color: COLORS.secondaryText,
        lineHeight: 1.45,
        overflowWrap: 'anywhere',
        ...style,
      }}
    >
      {children}
    </div>
  );
}

/** A line of primary text at a fixed size (at least 1/20 of the height). */
export function Primary({
  children,
  size = PRIMARY_MIN_PX,
  style,
  testId,
}: {
  children: ReactNode;
  size?: number;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <div
      data-legibility="primary"
      data-testid={testId}
      style={{
        fontSize: Math.max(size, PRIMARY_MIN_PX),
        color: COLORS.text,
        lineHeight: 1.45,
        overflowWrap: 'anywhere',
        ...style,
      }}
    >
      {children}
    </div>
  );
}

/** A missing value is a dash, never 0 and never an empty gap. */
export function orDash(text: string | null | undefined): string {
  return text && text.trim() ? text : '—';
}
