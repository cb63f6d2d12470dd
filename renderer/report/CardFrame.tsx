import { memo, type CSSProperties } from 'react';
import type { CardView, ReportView } from '../../shared/domain';
import { COLORS, CARD_FONT, nativeSize, WASHED_OUT_FILTER } from './card-style';
import { CardFooter, CardHeader, Clock } from './CardChrome';
import { AgendaCard } from './cards/AgendaCard';
import { CaseCard } from './cards/CaseCard';
import { ChartCard } from './cards/ChartCard';
import { ClosingCard } from './cards/ClosingCard';
import { CoverCard } from './cards/CoverCard';
import { FigureCard } from './cards/FigureCard';
import { ListCard } from './cards/ListCard';
import { PromisesCard } from './cards/PromisesCard';
import { ShortcomingCard } from './cards/ShortcomingCard';
import { WelcomeCard } from './cards/WelcomeCard';

export { WASHED_OUT_FILTER };

/** Where a card is drawn; the projector and the exports never animate. */
export type CardMode = 'projector' | 'preview' | 'print' | 'export';

export interface CardFrameProps {
  card: CardView;
  report: ReportView;
  /** On-screen width in CSS pixels; the card is laid out at its native size and scaled to fit. */
  width: number;
  mode: CardMode;
  /** The builder's preview of a washed-out projector: lamp light flattening the contrast. */
  simulateWashedOut?: boolean;
}

/** Cards that fill the screen on their own: a header or footer would only crowd them. */
const FULL_BLEED = new Set<CardView['kind']>(['cover', 'agenda']);

/**
 * Canvas pixels per native pixel. An exact PNG is 1:1; a print gets 2 so the PDF stays sharp; a
 * screen gets what its physical pixels need, so a chart is crisp on a 4K projector too.
 */
function chartPixelRatio(mode: CardMode, scale: number): number {
  if (mode === 'export') return 1;
  if (mode === 'print') return 2;
  const device = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return Math.max(1, Math.min(4, scale * device));
}

function pageOf(card: CardView, report: ReportView): { n: number; total: number } | null {
  const visible = report.cards.filter((c) => !c.hidden);
  const index = visible.findIndex((c) => c.id === card.id);
  return index < 0 ? null : { n: index + 1, total: visible.length };
}

function CardBody({ card, report, pixelRatio }: { card: CardView; report: ReportView; pixelRatio: number }) {
  switch (card.kind) {
    case 'cover':
      return <CoverCard card={card} officeName={report.officeName} />;
    case 'welcome':
      return <WelcomeCard card={card} meetingTitle={report.meetingTitle} />;
    case 'figure':
      return <FigureCard card={card} />;
    case 'chart':
      return <ChartCard card={card} pixelRatio={pixelRatio} />;
    case 'case':
      return <CaseCard card={card} meetingId={report.meetingId} />;
    case 'shortcoming':
      return <ShortcomingCard card={card} />;
    case 'promises':
      return <PromisesCard card={card} />;
    case 'list':
      return <ListCard card={card} />;
    case 'agenda':
      return <AgendaCard card={card} />;
    case 'closing':
      return <ClosingCard card={card} />;
  }
}

/**
 * The one card component: builder preview, console, projector and exports all draw a card with it,
 * so what the operator sees is what the hall sees. The card is laid out at its native size
 * (1920×1080 or 1440×1080) and scaled with a transform, so every screen shows the same line breaks.
 */
export const CardFrame = memo(function CardFrame({
  card,
  report,
  width,
  mode,
  simulateWashedOut = false,
}: CardFrameProps) {
  const native = nativeSize(report.settings.layout);
  const scale = width / native.width;
  const { settings } = report;
  const fullBleed = FULL_BLEED.has(card.kind);
  const divider = card.kind === 'agenda';
  // A clock belongs on a live screen, not in a file that is looked at later.
  const clock = settings.showClock && (mode === 'projector' || mode === 'preview');
  const header = settings.showHeader && !fullBleed;
  const footer = settings.showFooter && !fullBleed;
  const nativeStyle: CSSProperties = {
    width: native.width,
    height: native.height,
    transform: scale === 1 ? undefined : `scale(${scale})`,
    transformOrigin: '0 0',
    background: divider ? COLORS.divider : COLORS.background,
    color: divider ? COLORS.onDivider : COLORS.text,
    fontFamily: CARD_FONT,
    lineHeight: 1.45,
    display: 'flex',
    flexDirection: 'column',
    overflow: 'hidden',
    position: 'relative',
    boxSizing: 'border-box',
    filter: simulateWashedOut ? WASHED_OUT_FILTER : undefined,
  };
  return (
    <div
      data-card-frame
      style={{ width, height: native.height * scale, overflow: 'hidden', flex: 'none', position: 'relative' }}
    >
      <div
        data-card-id={card.id}
        data-card-kind={card.kind}
        data-card-native
        data-native-width={native.width}
        data-native-height={native.height}
        style={nativeStyle}
      >
        {header && <CardHeader report={report} showClock={clock} />}
        <div
          data-card-body
          style={{
            flex: '1 1 0',
            minHeight: 0,
            display: 'flex',
            flexDirection: 'column',
            padding: fullBleed ? '80px 120px' : '40px 64px 32px',
            boxSizing: 'border-box',
          }}
        >
          <CardBody card={card} report={report} pixelRatio={chartPixelRatio(mode, scale)} />
        </div>
        {footer && <CardFooter report={report} page={pageOf(card, report)} showClock={clock && !header} />}
        {clock && !header && !footer && (
          <div
            data-legibility="secondary"
            style={{
              position: 'absolute',
              top: 24,
              right: 40,
              fontSize: 40,
              color: divider ? COLORS.onDivider : COLORS.secondaryText,
            }}
          >
            <Clock />
          </div>
        )}
      </div>
    </div>
  );
});
