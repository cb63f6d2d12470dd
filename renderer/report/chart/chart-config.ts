import type { ChartConfiguration } from 'chart.js';
import type { CardViewOf } from '../../../shared/domain';
import { CARD_FONT, CHART_PALETTE, COLORS, PRIMARY_MIN_PX } from '../card-style';
import { valueLabelsPlugin, type ValueLabelMode } from './value-labels';

/** Ticks and values at the 1/20 rule: the canvas text is as large as the DOM's primary text. */
export const CHART_FONT_PX = PRIMARY_MIN_PX;
/** Category names break into lines of at most this many characters instead of being cut. */
const LABEL_LINE_CHARS = 8;

export function wrapLabel(label: string, perLine = LABEL_LINE_CHARS): string[] {
  const chars = Array.from(label);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  return lines.length > 0 ? lines : [''];
}

export function seriesColor(index: number): string {
  return CHART_PALETTE[index % CHART_PALETTE.length] ?? COLORS.accent;
}

export function formatChartValue(value: number, language: string): string {
  return value.toLocaleString(language, { maximumFractionDigits: 1 });
}

export interface ChartConfigOptions {
  pixelRatio: number;
  language: string;
}

/** Width the longest written value needs past a bar's end, so it is never clipped. */
function valueRoom(view: CardViewOf<'chart'>, language: string): number {
  const stacked = view.chartType === 'stacked';
  const values = stacked
    ? view.labels.map((_, i) => view.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))
    : view.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const longest = Math.max(1, ...values.map((v) => formatChartValue(v, language).length));
  return Math.ceil(longest * CHART_FONT_PX * 0.62 + CHART_FONT_PX * 0.5);
}

export function chartConfig(
  view: CardViewOf<'chart'>,
  options: ChartConfigOptions,
): ChartConfiguration<'bar' | 'line' | 'pie'> {
  const font = { family: CARD_FONT, size: CHART_FONT_PX, weight: 'bold' as const };
  const mode: ValueLabelMode = view.chartType;
  const plugin = valueLabelsPlugin({
    mode,
    fontPx: CHART_FONT_PX,
    fontFamily: CARD_FONT,
    format: (v) => formatChartValue(v, options.language),
  });
  const common = {
    responsive: false,
    animation: false as const,
    devicePixelRatio: options.pixelRatio,
    events: [],
    plugins: { legend: { display: false }, tooltip: { enabled: false } },
  };
  const labels = view.labels.map((l) => wrapLabel(l));

  if (view.chartType === 'pie') {
    const first = view.series[0];
    return {
      type: 'pie',
      data: {
        labels,
        datasets: [
          {
            data: (first?.values ?? []).map((v) => v ?? 0),
            backgroundColor: view.labels.map((_, i) => seriesColor(i)),
            borderColor: COLORS.background,
            borderWidth: 6,
          },
        ],
      },
      options: { ...common, layout: { padding: 8 } },
      plugins: [plugin],
    };
  }

  if (view.chartType === 'line') {
    return {
      type: 'line',
      data: {
        labels,
        datasets: view.series.map((s, i) => ({
          label: s.name,
          data: s.values,
          borderColor: seriesColor(i),
          backgroundColor: seriesColor(i),
          borderWidth: 8,
          pointRadius: 12,
          pointHoverRadius: 12,
          spanGaps: false,
        })),
      },
      options: {
        ...common,
        layout: { padding: { top: CHART_FONT_PX * 1.6, left: CHART_FONT_PX, right: CHART_FONT_PX } },
        scales: {
          x: {
            ticks: { color: COLORS.text, font, autoSkip: true, maxRotation: 0 },
            grid: { display: false },
            border: { color: COLORS.text, width: 3 },
          },
          y: { display: false, beginAtZero: true, grace: '10%' },
        },
      },
      plugins: [plugin],
    };
  }

  const stacked = view.chartType === 'stacked';
  return {
    type: 'bar',
    data: {
      labels,
      datasets: view.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        backgroundColor: seriesColor(i),
        borderWidth: 0,
        barPercentage: 0.8,
        categoryPercentage: 0.85,
      })),
    },
    options: {
      ...common,
      indexAxis: 'y',
      layout: { padding: { right: valueRoom(view, options.language) } },
      scales: {
        x: { display: false, stacked, beginAtZero: true },
        y: {
          stacked,
          ticks: { color: COLORS.text, font, autoSkip: false },
          grid: { display: false },
          border: { color: COLORS.text, width: 3 },
        },
      },
    },
    plugins: [plugin],
  };
}
