import type { ReactNode } from 'react';
import { PRIMARY_MIN_PX } from '../../report/card-style';
import { LIVE_COLORS } from './live-style';

/**
 * A full-screen live panel in place of the card: its title, the period and denominator its figures
 * are of, then its body. Dark on white like the cards.
 */
export function PanelFrame({
  testId,
  title,
  period,
  children,
}: {
  testId: string;
  title: string;
  period: string;
  children: ReactNode;
}) {
  return (
    <section
      data-testid={testId}
      style={{
        position: 'absolute',
        inset: 0,
        background: LIVE_COLORS.panelBackground,
        color: LIVE_COLORS.onLight,
        padding: '40px 64px 40px',
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        gap: 28,
      }}
    >
      <header style={{ flex: 'none', borderBottom: `4px solid ${LIVE_COLORS.accent}`, paddingBottom: 12 }}>
        <div data-legibility="primary" style={{ fontSize: 80, fontWeight: 800 }}>
          {title}
        </div>
        <div
          data-legibility="secondary"
          data-testid="live-panel-period"
          style={{ fontSize: 40, color: LIVE_COLORS.onLightSecondary, overflowWrap: 'anywhere' }}
        >
          {period}
        </div>
      </header>
      <div style={{ flex: '1 1 0', minHeight: 0, display: 'flex', flexDirection: 'column', gap: 28 }}>
        {children}
      </div>
    </section>
  );
}

/** One figure with its label, on one line where it fits: the count large, label and unit at the 1/20 floor. */
export function Tile({
  label,
  value,
  unit,
  testId,
}: {
  label: string;
  value: string;
  unit: string;
  testId?: string;
}) {
  return (
    <div
      data-testid={testId}
      data-legibility="primary"
      style={{
        background: LIVE_COLORS.tile,
        borderRadius: 12,
        padding: '4px 20px',
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'baseline',
        columnGap: 16,
        minWidth: 0,
        fontSize: PRIMARY_MIN_PX,
      }}
    >
      <span style={{ color: LIVE_COLORS.onLightSecondary }}>{label}</span>
      <span style={{ whiteSpace: 'nowrap' }}>
        <span style={{ fontSize: 88, fontWeight: 800, color: LIVE_COLORS.accent }}>{value}</span>
        {value === '—' ? '' : ` ${unit}`}
      </span>
    </div>
  );
}

/** Tiles in as many columns as fit: four across 16:9, three across 4:3. */
export function TileGrid({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(400px, 1fr))',
        gap: 16,
        flex: 'none',
      }}
    >
      {children}
    </div>
  );
}
