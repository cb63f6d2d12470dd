import type { CardView, ReportView } from '../../shared/domain';

/** Where a card is drawn; the projector and the exports never animate. */
export type CardMode = 'projector' | 'preview' | 'print' | 'export';

export interface CardFrameProps {
  card: CardView;
  report: ReportView;
  /** On-screen width in CSS pixels; the card is laid out at its native size and scaled to fit. */
  width: number;
  mode: CardMode;
}

/**
 * The one card component: builder preview, console, projector and exports all draw a card with it,
 * so what the operator sees is what the hall sees. (First sketch: title only.)
 */
export function CardFrame({ card, report, width }: CardFrameProps) {
  const aspect = report.settings.layout === '4:3' ? 3 / 4 : 9 / 16;
  return (
    <div
      data-card-id={card.id}
      data-card-kind={card.kind}
      style={{ width, height: width * aspect, background: '#fff', color: '#1f1f1f', overflow: 'hidden' }}
    >
      <div style={{ fontSize: width / 24, padding: width / 40 }}>{card.title || card.kind}</div>
    </div>
  );
}
