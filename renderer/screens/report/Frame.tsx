import { useEffect, useRef } from 'react';
import type { CardView, ReportView } from '../../../shared/domain';
import { CardFrame, type CardFrameProps } from '../../report/CardFrame';

/**
 * The card component with the washed-out projector simulation passed through. Typed here as well so
 * the builder compiles whether or not the card component declares the prop yet.
 */
export type FrameProps = CardFrameProps & { simulateWashedOut?: boolean };
export const Frame: (props: FrameProps) => ReturnType<typeof CardFrame> = CardFrame;

/** A card's size on the projector: 1920×1080, or 1440×1080 in 4:3. */
export function nativeWidth(report: ReportView): number {
  return report.settings.layout === '4:3' ? 1440 : 1920;
}

/**
 * One card drawn at its native size outside the window, for measuring (legibility) and exporting
 * (PNG): what is checked is exactly what the hall would see. `onReady` gets the card's element once
 * it has painted.
 */
export function NativeCard({
  card,
  report,
  mode,
  onReady,
}: {
  card: CardView;
  report: ReportView;
  /** 'projector' to measure what the hall sees; 'export' for an exact PNG. */
  mode: 'projector' | 'export';
  onReady: (element: HTMLElement) => void;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  });
  useEffect(() => {
    let cancelled = false;
    const cleanup = { second: 0 };
    // Two frames: the first lays the card out, the second lets canvases (charts) draw.
    const first = requestAnimationFrame(() => {
      const second = requestAnimationFrame(() => {
        const element = holder.current?.firstElementChild;
        if (!cancelled && element instanceof HTMLElement) ready.current(element);
      });
      cleanup.second = second;
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(first);
      cancelAnimationFrame(cleanup.second);
    };
  }, [card, report, mode]);
  return (
    <div
      ref={holder}
      aria-hidden
      style={{ position: 'fixed', left: -30000, top: 0, pointerEvents: 'none', contain: 'layout' }}
    >
      <Frame card={card} report={report} width={nativeWidth(report)} mode={mode} />
    </div>
  );
}
