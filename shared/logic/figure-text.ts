import type { CardViewOf, Language, MonthRange } from '../domain';
import { formatRate } from './fraction';
import { fraction } from './fraction';

/** A figure card as words, in the meeting's language: what the card component writes. */
export interface FigureText {
  /** The big number: "93.6%", "7 / 9", "1,250", "—". */
  value: string;
  unit: string;
  /** What it is out of and when: "102 / 109 件工单 · 2025-01 至 2025-06". */
  detail: string;
  /** "较 2024 年同期 −47.1%" or "目标 95%"; null without a comparison. */
  comparison: string | null;
}

export function periodText(period: MonthRange | null, fallback: string, language: Language): string {
  if (!period) return fallback;
  if (period.from === period.through) return period.from;
  return language === 'zh-CN' ? `${period.from} 至 ${period.through}` : `${period.from} to ${period.through}`;
}

/** (Sketch: the full wording, with oracles, comes with the figure logic.) */
export function figureText(view: CardViewOf<'figure'>, language: Language): FigureText {
  const v = view.value;
  const value =
    v.kind === 'missing'
      ? '—'
      : v.kind === 'rate'
        ? formatRate(fraction(v.num, v.den))
        : v.kind === 'smallRate'
          ? `${v.num} / ${v.den}`
          : v.kind === 'count'
            ? v.value.toLocaleString(language)
            : v.kind === 'change'
              ? `${v.previous} → ${v.current}`
              : String(v.value);
  return {
    value,
    unit: view.unit,
    detail: [view.denominatorText, periodText(view.period, view.periodText, language)]
      .filter(Boolean)
      .join(' · '),
    comparison: null,
  };
}

/** The caption under a chart: its total and period. */
export function chartCaption(view: CardViewOf<'chart'>, language: Language): string {
  return [view.denominatorText, periodText(view.period, view.periodText, language)]
    .filter(Boolean)
    .join(' · ');
}
