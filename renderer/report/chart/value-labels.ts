import type { Chart, Plugin } from 'chart.js';
import { ArcElement } from 'chart.js';
import { CHART_VALUE_ON_MARK, COLORS } from '../card-style';

export type ValueLabelMode = 'bar' | 'stacked' | 'line' | 'pie';

export interface ValueLabelOptions {
  mode: ValueLabelMode;
  fontPx: number;
  fontFamily: string;
  format: (value: number) => string;
}

/** Slices narrower than this (radians) carry no text of their own; the legend beside the pie has it. */
const MIN_LABELLED_SLICE = 0.35;

function valueAt(chart: Chart, datasetIndex: number, index: number): number | null {
  const raw = chart.data.datasets[datasetIndex]?.data[index];
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
}

/**
 * Writes each value on its bar, point or slice, so the hall reads the numbers and never has to match
 * colours against a legend. Drawn with the chart (no animation), so a PNG or a print has them too.
 */
export function valueLabelsPlugin(options: ValueLabelOptions): Plugin {
  return {
    id: 'cardValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `700 ${options.fontPx}px ${options.fontFamily}`;
      ctx.textBaseline = 'middle';
      const gap = options.fontPx * 0.25;
      const totals = new Map<number, { x: number; y: number; sum: number }>();
      chart.data.datasets.forEach((_dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        meta.data.forEach((element, index) => {
          const value = valueAt(chart, datasetIndex, index);
          if (value === null) return;
          const text = options.format(value);
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          if (options.mode === 'bar') {
            ctx.fillStyle = COLORS.text;
            ctx.textAlign = 'left';
            ctx.fillText(text, x + gap, y);
          } else if (options.mode === 'stacked') {
            const { base } = element.getProps(['base'], true) as { base: number };
            const width = Math.abs(x - base);
            if (ctx.measureText(text).width + gap * 2 <= width) {
              ctx.fillStyle = CHART_VALUE_ON_MARK;
              ctx.textAlign = 'center';
              ctx.fillText(text, (x + base) / 2, y);
            }
            const total = totals.get(index) ?? { x, y, sum: 0 };
            totals.set(index, { x: Math.max(total.x, x), y, sum: total.sum + value });
          } else if (options.mode === 'line') {
            ctx.fillStyle = COLORS.text;
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(text, x, y - gap);
            ctx.textBaseline = 'middle';
          } else if (element instanceof ArcElement) {
            const { startAngle, endAngle } = element.getProps(['startAngle', 'endAngle'], true) as {
              startAngle: number;
              endAngle: number;
            };
            if (endAngle - startAngle < MIN_LABELLED_SLICE) return;
            const point = element.tooltipPosition(true);
            ctx.fillStyle = CHART_VALUE_ON_MARK;
            ctx.textAlign = 'center';
            ctx.fillText(text, point.x, point.y);
          }
        });
      });
      // A stacked bar also says its whole, at its end.
      ctx.fillStyle = COLORS.text;
      ctx.textAlign = 'left';
      for (const total of totals.values()) ctx.fillText(options.format(total.sum), total.x + gap, total.y);
      ctx.restore();
    },
  };
}
