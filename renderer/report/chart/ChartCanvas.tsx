import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
} from 'chart.js';
import { useLayoutEffect, useRef, useState } from 'react';
import type { CardViewOf } from '../../../shared/domain';
import { chartConfig } from './chart-config';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  PieController,
  ArcElement,
  CategoryScale,
  LinearScale,
);

export interface ChartCanvasProps {
  view: CardViewOf<'chart'>;
  /** Canvas pixels per native pixel: enough for the screen it is shown on, 1 for an exact PNG. */
  pixelRatio: number;
  language: string;
}

/**
 * A card's chart on a canvas the size of its box at native size. Drawn at once (no animation), so
 * the projector, the PNG and the print show the same finished chart.
 */
export function ChartCanvas({ view, pixelRatio, language }: ChartCanvasProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => {
      const width = Math.floor(box.clientWidth);
      const height = Math.floor(box.clientHeight);
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !size || size.width < 10 || size.height < 10) return;
    canvas.style.width = `${size.width}px`;
    canvas.style.height = `${size.height}px`;
    canvas.width = size.width;
    canvas.height = size.height;
    const chart = new Chart(canvas, chartConfig(view, { pixelRatio, language }));
    canvas.dataset.chartReady = '1';
    return () => {
      canvas.dataset.chartReady = '0';
      chart.destroy();
    };
  }, [view, pixelRatio, language, size]);

  return (
    <div ref={boxRef} style={{ flex: '1 1 0', minHeight: 0, minWidth: 0, position: 'relative' }}>
      <canvas
        ref={canvasRef}
        data-chart-ready="0"
        data-chart-palette={view.series.length > 0 ? 'card' : undefined}
        role="img"
        aria-label={view.title}
        style={{ position: 'absolute', left: 0, top: 0 }}
      />
    </div>
  );
}
