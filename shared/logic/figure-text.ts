import { MIN_RATE_DENOMINATOR, type CardViewOf, type Language, type MonthRange } from '../domain';
import { formatChange, formatRate, fraction } from './fraction';
import { groupDigits, nounWords, reportWords } from './report-words';

/** A figure card as words, in the meeting's language: what the card component writes. */
export interface FigureText {
  /** The big number: "93.6%", "7 / 9", "1,250", "—". */
  value: string;
  unit: string;
  /** What it is out of and when: "102 / 109 件工单 · 2025-01 至 2025-06". */
  detail: string;
  /** "较 2024 年同期 261 件" or "目标 95%"; null without a comparison. */
  comparison: string | null;
}

type FigureView = CardViewOf<'figure'>;
type ChartView = CardViewOf<'chart'>;

const zh = (language: Language) => language === 'zh-CN';
const joinParts = (parts: readonly string[]) => parts.filter(Boolean).join(' · ');
const joinWords = (parts: readonly string[]) => parts.filter(Boolean).join(' ');

export function periodText(period: MonthRange | null, fallback: string, language: Language): string {
  if (!period) return fallback;
  if (period.from === period.through) return period.from;
  return zh(language) ? `${period.from} 至 ${period.through}` : `${period.from} to ${period.through}`;
}

/** The true minus sign (U+2212): a hyphen reads as a dash from the back of a hall. */
export function signedChange(previous: number, current: number): string {
  return formatChange(fraction(current - previous, previous)).replace('-', '−');
}

function valueText(view: FigureView): string {
  const v = view.value;
  switch (v.kind) {
    case 'missing':
      return '—';
    case 'rate':
      return formatRate(fraction(v.num, v.den));
    case 'smallRate':
      return `${v.num} / ${v.den}`;
    case 'count':
      return groupDigits(v.value);
    case 'change':
      return v.previous === 0 ? groupDigits(v.current) : signedChange(v.previous, v.current);
    case 'manual':
      return groupDigits(v.value);
  }
}

/** "102 / 109 件工单" or "102 of 109 work orders". */
function outOf(num: number, den: number, noun: FigureView['noun'], language: Language): string {
  const [n, d] = [groupDigits(num), groupDigits(den)];
  if (noun === 'text') return `${n} / ${d}`;
  const words = nounWords(noun, language);
  return zh(language) ? `${n} / ${d} ${words}` : `${n} of ${d} ${words}`;
}

function smallSampleNote(language: Language): string {
  return zh(language)
    ? `样本不足 ${MIN_RATE_DENOMINATOR} 件，仅列件数`
    : `fewer than ${MIN_RATE_DENOMINATOR} cases, so the count only`;
}

export function handEnteredMark(language: Language): string {
  return zh(language) ? '人工填写' : 'Entered by hand';
}

function manualDetail(view: FigureView, language: Language): string {
  const period = view.periodText;
  if (!view.denominatorText) {
    const mark = zh(language) ? '人工填写，未注明分母' : 'Entered by hand; what it is out of is not given';
    return joinParts([mark, period]);
  }
  return joinParts([view.denominatorText, period, handEnteredMark(language)]);
}

function whatItCounts(view: FigureView, language: Language): string {
  const v = view.value;
  const noun = view.noun === 'text' ? view.denominatorText : nounWords(view.noun, language);
  switch (v.kind) {
    case 'rate':
      return outOf(v.num, v.den, view.noun, language);
    case 'smallRate':
      return joinParts([outOf(v.num, v.den, view.noun, language), smallSampleNote(language)]);
    case 'count':
      return zh(language) ? `共 ${groupDigits(v.value)} ${noun}` : `${groupDigits(v.value)} ${noun} in all`;
    case 'change':
      return `${groupDigits(v.previous)} → ${groupDigits(v.current)} ${noun}`;
    default:
      return zh(language) ? '暂无数据（不计为 0）' : 'No data for it (not 0)';
  }
}

/** The year compared with, from the period of a year-on-year figure. */
function previousYearOf(view: FigureView): number | null {
  return view.period ? Number(view.period.from.slice(0, 4)) - 1 : null;
}

function yearOnYearComparison(view: FigureView, language: Language): string | null {
  if (view.value.kind !== 'change') return null;
  const year = previousYearOf(view);
  const previous = groupDigits(view.value.previous);
  const unit = reportWords(language).unitWorkOrders;
  if (zh(language)) return year ? `较 ${year} 年同期 ${previous} ${unit}` : `较上年同期 ${previous} ${unit}`;
  return year ? `vs ${previous} in the same period of ${year}` : `vs ${previous} a year earlier`;
}

/** A typed comparison; a rate's value is in per cent ("目标 95%"), a count's in the card's unit. */
function typedComparison(view: FigureView, language: Language): string | null {
  const c = view.comparison;
  if (!c) return null;
  const isRate = view.value.kind === 'rate' || view.value.kind === 'smallRate';
  const amount = isRate ? `${groupDigits(c.value)}%` : joinWords([groupDigits(c.value), view.unit]);
  if (c.kind === 'target') return joinWords([c.label || (zh(language) ? '目标' : 'Target'), amount]);
  // "较 2024 年同期" keeps the space a number takes in Chinese typesetting; "较去年" has none.
  if (zh(language))
    return c.label ? `较${/^\d/.test(c.label) ? ' ' : ''}${c.label} ${amount}` : `较此前 ${amount}`;
  return c.label ? `vs ${amount} (${c.label})` : `vs ${amount} before`;
}

export function figureText(view: FigureView, language: Language): FigureText {
  const detail = view.manual
    ? manualDetail(view, language)
    : joinParts([whatItCounts(view, language), periodText(view.period, view.periodText, language)]);
  return {
    value: valueText(view),
    unit: view.unit,
    detail,
    comparison: typedComparison(view, language) ?? yearOnYearComparison(view, language),
  };
}

/** "共 1,250 件工单" / "1,250 work orders in all", or the typed denominator of a table. */
function chartTotal(view: ChartView, language: Language): string {
  if (view.noun === 'text' || view.total === null) {
    if (view.total === null || !view.denominatorText) return view.denominatorText;
    return zh(language)
      ? `共 ${groupDigits(view.total)} 项（${view.denominatorText}）`
      : `${groupDigits(view.total)} in all (${view.denominatorText})`;
  }
  const total = groupDigits(view.total);
  const noun = nounWords(view.noun, language);
  const yoy = view.yearOnYear;
  if (yoy) {
    const previous = groupDigits(yoy.previousTotal);
    return zh(language)
      ? `本期 ${total} ${noun}，${yoy.previousYear} 年同期 ${previous} 件`
      : `${total} ${noun}, against ${previous} in the same period of ${yoy.previousYear}`;
  }
  return zh(language) ? `共 ${total} ${noun}` : `${total} ${noun} in all`;
}

/** The caption under a chart: its total and period, or that there is no data behind it yet. */
export function chartCaption(view: ChartView, language: Language): string {
  if (view.empty) {
    const none = zh(language) ? '暂无数据' : 'No data yet';
    // A typed table keeps its typed words; a data chart has nothing more to say than that.
    return joinParts([none, view.total === null ? view.denominatorText : '', view.periodText]);
  }
  return joinParts([chartTotal(view, language), periodText(view.period, view.periodText, language)]);
}

/** "上次承诺 12 项，已解决 8 项（截至 2025-03-05）", or why the card has nothing to show. */
export function promisesSummary(view: CardViewOf<'promises'>, language: Language): string {
  if (!view.previous) {
    return zh(language)
      ? '没有上一次会议，暂无承诺可回顾'
      : 'No earlier meeting, so no promises to look back on';
  }
  if (view.total === 0) {
    return zh(language)
      ? `上次会议（${view.previous.title}）没有记录承诺事项`
      : `The last meeting (${view.previous.title}) recorded no promises`;
  }
  const hidden = view.total - view.items.length;
  const main = zh(language)
    ? `上次承诺 ${view.total} 项，已解决 ${view.done} 项（截至 ${view.asOf}）`
    : `${view.total} promised last time, ${view.done} solved (as of ${view.asOf})`;
  if (hidden <= 0) return main;
  return zh(language) ? `${main}（另有 ${hidden} 项未列出）` : `${main} (${hidden} more not shown)`;
}

export function promiseStatusText(
  status: CardViewOf<'promises'>['items'][number]['status'],
  language: Language,
): string {
  return reportWords(language).promiseStatus[status];
}

/** A shortcoming's deadline: "2025-06-30 前完成" / "by 2025-06-30", or that none is set yet. */
export function deadlineText(deadline: string | null, language: Language): string {
  if (deadline === null) return zh(language) ? '完成时限待定' : 'Deadline to be set';
  return zh(language) ? `${deadline} 前完成` : `by ${deadline}`;
}
