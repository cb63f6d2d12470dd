import { DEFAULT_IMPORT_MAX_BYTES, type ImportResult } from '../../shared/domain/import';
import type { OpinionChannel, RateColumn } from '../../shared/domain/opinion';
import type { CountBucket, Fraction, OpinionSummary, TopShare } from '../../shared/domain/opinion-summary';
import { formatChange, formatRate } from '../../shared/logic/fraction';
import { summarizeOpinions, yearOnYear } from '../../shared/logic/opinion-analysis';
import { CHANNEL_LABELS, SATISFACTION_LABELS } from '../../shared/logic/opinion-values';
import { hasColumnsOfMapping, rateSources } from '../../shared/logic/rate-columns';
import { importInWorker } from '../excel/run-import-worker';
import { EXIT, parseSheetFileArgs, type CliIo } from './cli-io';
import { readSpreadsheetFile } from './read-spreadsheet-file';

const USAGE = '用法：npm run cli -- summarize 文件 [--sheet 工作表名] [--json]';
/** Lists in the human summary stop here; --json always has everything. */
const SHOWN = 20;
/** How the CLI names blanks: a category or community cell left empty, a row without a channel. */
const BLANK = '未填写';
const NO_CHANNEL = '未注明';

/**
 * The --json shape: one object, rates as unrounded fractions, lists sorted by count. A figure whose
 * column the sheet lacks is null (no column is not zero); a blank category or community is `name: null`.
 */
export interface SummarizeJson {
  file: string;
  sheet: string;
  headerRow: number;
  records: number;
  duplicates: number;
  /** Every row left out, duplicates included, in sheet order. */
  skipped: Array<{ row: number; reason: string }>;
  /** Rows imported with a value that could not be read (left empty). */
  warnings: Array<{ row: number; reason: string }>;
  /** Which header each rate is counted from; null where the sheet has no such column. */
  rateColumns: Record<RateColumn, string | null>;
  /** 是否解决 / 解决情况: resolved rows, and their share of all rows. */
  resolved: number | null;
  resolutionRate: number | null;
  /** 办理状态: 已办结 rows, and their share. */
  closed: number | null;
  closedRate: number | null;
  /** 已办结 but 未解决. */
  closedNotResolved: number | null;
  responded: number | null;
  responseRate: number | null;
  /** (满意 + 基本满意) / rows rated (未评价 left out). */
  satisfactionRate: number | null;
  /** Numerator and denominator behind each rate. */
  fractions: Record<
    'resolution' | 'closed' | 'response' | 'satisfaction',
    { num: number; den: number } | null
  >;
  byCategory: CountBucket[];
  byChannel: Array<{ channel: OpinionChannel | null; name: string; count: number; resolved: number }>;
  byCommunity: CountBucket[];
  byMonth: Array<{ month: string; count: number; resolved: number }>;
  byYear: Array<{ year: number; count: number; resolved: number; byCategory: CountBucket[] }>;
  satisfaction: Record<'满意' | '基本满意' | '不满意' | '未评价', number> | null;
}

const numDen = (f: Fraction | null) => (f ? { num: f.num, den: f.den } : null);

export function channelText(channel: OpinionChannel | null): string {
  return channel ? CHANNEL_LABELS[channel] : NO_CHANNEL;
}

export function formatTopShare(top: TopShare): string {
  return top.names.length === 0 ? '—' : `${top.names.join('、')}占 ${formatRate(top.share)}`;
}

export function summarizeJson(file: string, result: ImportResult, summary: OpinionSummary): SummarizeJson {
  const skipped = [
    ...result.skipped,
    ...result.duplicates.map((d) => ({
      row: d.row,
      reason: `与第 ${d.firstRow} 行的工单编号相同（${d.workOrderNo}），保留第一次出现的行`,
    })),
  ].sort((a, b) => a.row - b.row);
  const s = summary.satisfaction;
  return {
    file,
    sheet: result.sheet,
    headerRow: result.headerRow,
    records: summary.total,
    duplicates: result.duplicates.length,
    skipped,
    warnings: result.warnings,
    rateColumns: rateSources(result.mapping),
    resolved: summary.resolved,
    resolutionRate: summary.resolutionRate?.value ?? null,
    closed: summary.closed,
    closedRate: summary.closedRate?.value ?? null,
    closedNotResolved: summary.closedNotResolved,
    responded: summary.responded,
    responseRate: summary.responseRate?.value ?? null,
    satisfactionRate: s?.satisfiedRateOfRated.value ?? null,
    fractions: {
      resolution: numDen(summary.resolutionRate),
      closed: numDen(summary.closedRate),
      response: numDen(summary.responseRate),
      satisfaction: numDen(s?.satisfiedRateOfRated ?? null),
    },
    byCategory: summary.byCategory,
    byChannel: summary.byChannel.map(({ channel, count, resolved }) => ({
      channel,
      name: channelText(channel),
      count,
      resolved,
    })),
    byCommunity: summary.byCommunity,
    byMonth: summary.byMonth,
    byYear: summary.byYear,
    satisfaction: s
      ? ({
          [SATISFACTION_LABELS.satisfied]: s.counts.satisfied,
          [SATISFACTION_LABELS.basicallySatisfied]: s.counts.basicallySatisfied,
          [SATISFACTION_LABELS.dissatisfied]: s.counts.dissatisfied,
          [SATISFACTION_LABELS.unrated]: s.counts.unrated,
        } as Record<'满意' | '基本满意' | '不满意' | '未评价', number>)
      : null,
  };
}

function bucketLines(
  title: string,
  buckets: readonly { name: string | null; count: number; resolved: number }[],
  withResolved: boolean,
): string {
  const shown = buckets
    .slice(0, SHOWN)
    .map((b) => `  ${b.name ?? BLANK}  ${b.count} 件${withResolved ? `（已解决 ${b.resolved}）` : ''}`);
  if (buckets.length > SHOWN) shown.push(`  ……另有 ${buckets.length - SHOWN} 项`);
  return `${title}\n${shown.join('\n')}\n`;
}

function rowLines(title: string, rows: readonly { row: number; reason: string }[]): string {
  if (rows.length === 0) return '';
  const shown = rows.slice(0, SHOWN).map((r) => `  第 ${r.row} 行：${r.reason}`);
  if (rows.length > SHOWN) shown.push(`  ……另有 ${rows.length - SHOWN} 行，完整列表请加 --json`);
  return `${title}\n${shown.join('\n')}\n`;
}

function rateLine(
  label: string,
  header: string | null,
  counted: string,
  rate: Fraction | null,
  missing: string,
): string {
  if (!rate || !header) return `${label}：—（${missing}）\n`;
  return `${counted}，${label} ${formatRate(rate)}（${rate.num}/${rate.den}）；按「${header}」列\n`;
}

export function humanSummary(file: string, result: ImportResult, summary: OpinionSummary): string {
  const json = summarizeJson(file, result, summary);
  const columns = json.rateColumns;
  const s = summary.satisfaction;
  const withResolved = summary.resolutionRate !== null;
  const parts = [
    `文件：${file}（工作表「${result.sheet}」，表头在第 ${result.headerRow} 行）\n`,
    `导入 ${summary.total} 条诉求；重复 ${result.duplicates.length} 条，跳过 ${result.skipped.length} 行，${result.warnings.length} 处值无法识别\n`,
    rateLine(
      '解决率',
      columns.resolved,
      `已解决 ${summary.resolved} 条`,
      summary.resolutionRate,
      '表中没有“是否解决/解决情况”列',
    ),
    rateLine(
      '办结率',
      columns.closed,
      `已办结 ${summary.closed} 条`,
      summary.closedRate,
      '表中没有“办理状态”列',
    ),
    summary.closedNotResolved !== null ? `已办结但未解决 ${summary.closedNotResolved} 条\n` : '',
    rateLine(
      '响应率',
      columns.responded,
      `已响应 ${summary.responded} 条`,
      summary.responseRate,
      '表中没有“响应”列',
    ),
    `主要问题：${formatTopShare(summary.topCategories)}\n`,
    s
      ? `满意度：满意 ${s.counts.satisfied}，基本满意 ${s.counts.basicallySatisfied}，不满意 ${s.counts.dissatisfied}，未评价 ${s.counts.unrated}；` +
        `满意率 ${formatRate(s.satisfiedRateOfRated)}（满意与基本满意占已评价的比例，${s.satisfiedRateOfRated.num}/${s.satisfiedRateOfRated.den}），` +
        `${formatRate(s.satisfiedRateOfAll)}（含未评价）\n`
      : '满意率：—（表中没有满意度列）\n',
    bucketLines('按分类：', summary.byCategory, withResolved),
    bucketLines(
      '按渠道：',
      summary.byChannel.map((c) => ({ name: channelText(c.channel), count: c.count, resolved: c.resolved })),
      withResolved,
    ),
    bucketLines('按社区：', summary.byCommunity, withResolved),
    bucketLines(
      '按月份：',
      summary.byMonth.map((m) => ({ name: m.month, count: m.count, resolved: m.resolved })),
      withResolved,
    ),
  ];
  if (summary.undated > 0) parts.push(`另有 ${summary.undated} 条没有受理时间，未计入月份\n`);
  const yoy = yearOnYear(result.records);
  if (yoy && yoy.total.previous > 0) {
    const lines = yoy.byCategory
      .slice(0, SHOWN)
      .map((r) => `  ${r.name ?? BLANK}  ${r.previous} → ${r.current}（${formatChange(r.change)}）`);
    parts.push(
      `同比（${yoy.previousYear} 与 ${yoy.year} 年的 ${yoy.from}—${yoy.through}）：合计 ${yoy.total.previous} → ${yoy.total.current}（${formatChange(yoy.total.change)}）\n${lines.join('\n')}\n`,
    );
  }
  parts.push(
    rowLines('跳过的行：', json.skipped),
    rowLines('无法识别的值（已导入，该值留空）：', result.warnings),
  );
  return parts.join('');
}

/** `summarize FILE [--sheet NAME] [--json]`: the importer and the analysis on one file, nothing stored. */
export async function runSummarize(
  argv: string[],
  io: CliIo,
  maxBytes = DEFAULT_IMPORT_MAX_BYTES,
): Promise<number> {
  const args = parseSheetFileArgs(argv, USAGE, io, '缺少要汇总的文件');
  if (!args) return EXIT.refused;
  const { file } = args;

  const bytes = await readSpreadsheetFile(file, maxBytes, io);
  if (!bytes) return EXIT.refused;

  const outcome = await importInWorker(bytes, {
    options: { maxBytes, ...(args.sheet !== undefined ? { sheet: args.sheet } : {}) },
  });
  if (!outcome.ok) {
    io.stderr(`无法导入「${file}」：${outcome.refusal.message}\n`);
    return outcome.refusal.code === 'worker_failed' ? EXIT.failed : EXIT.refused;
  }
  const summary = summarizeOpinions(outcome.result.records, hasColumnsOfMapping(outcome.result.mapping));
  io.stdout(
    args.json
      ? `${JSON.stringify(summarizeJson(file, outcome.result, summary))}\n`
      : humanSummary(file, outcome.result, summary),
  );
  return EXIT.ok;
}
