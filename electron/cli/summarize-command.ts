import { DEFAULT_IMPORT_MAX_BYTES, type ImportResult } from '../../shared/domain/import';
import type { CountBucket, OpinionSummary } from '../../shared/domain/opinion-summary';
import { formatChange, formatRate } from '../../shared/logic/fraction';
import { formatTopShare, summarizeOpinions, yearOnYear } from '../../shared/logic/opinion-analysis';
import { SATISFACTION_LABELS } from '../../shared/logic/opinion-values';
import { importInWorker } from '../excel/run-import-worker';
import { EXIT, parseCommandArgs, type CliIo } from './cli-io';
import { readSpreadsheetFile } from './read-spreadsheet-file';

const USAGE = '用法：npm run cli -- summarize 文件 [--sheet 工作表名] [--json]';
/** Lists in the human summary stop here; --json always has everything. */
const SHOWN = 20;

/** The --json shape scripts read: one object, rates as unrounded fractions, lists sorted by count. */
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
  resolved: number;
  resolutionRate: number;
  byCategory: CountBucket[];
  byChannel: CountBucket[];
  byCommunity: CountBucket[];
  byMonth: Array<{ month: string; count: number; resolved: number }>;
  byYear: Array<{ year: number; count: number; resolved: number; byCategory: CountBucket[] }>;
  satisfaction: Record<'满意' | '基本满意' | '不满意' | '未评价', number>;
}

export function summarizeJson(file: string, result: ImportResult, summary: OpinionSummary): SummarizeJson {
  const skipped = [
    ...result.skipped,
    ...result.duplicates.map((d) => ({ row: d.row, reason: `与第 ${d.firstRow} 行的工单编号相同（${d.workOrderNo}），保留第一次出现的行` })),
  ].sort((a, b) => a.row - b.row);
  const counts = summary.satisfaction.counts;
  return {
    file,
    sheet: result.sheet,
    headerRow: result.headerRow,
    records: summary.total,
    duplicates: result.duplicates.length,
    skipped,
    warnings: result.warnings,
    resolved: summary.resolved,
    resolutionRate: summary.resolutionRate.value ?? 0,
    byCategory: summary.byCategory,
    byChannel: summary.byChannel.map(({ name, count, resolved }) => ({ name, count, resolved })),
    byCommunity: summary.byCommunity,
    byMonth: summary.byMonth,
    byYear: summary.byYear,
    satisfaction: {
      [SATISFACTION_LABELS.satisfied]: counts.satisfied,
      [SATISFACTION_LABELS.basicallySatisfied]: counts.basicallySatisfied,
      [SATISFACTION_LABELS.dissatisfied]: counts.dissatisfied,
      [SATISFACTION_LABELS.unrated]: counts.unrated,
    } as SummarizeJson['satisfaction'],
  };
}

function bucketLines(title: string, buckets: readonly { name: string; count: number; resolved: number }[]): string {
  const shown = buckets.slice(0, SHOWN).map((b) => `  ${b.name}  ${b.count} 件（已解决 ${b.resolved}）`);
  if (buckets.length > SHOWN) shown.push(`  ……另有 ${buckets.length - SHOWN} 项`);
  return `${title}\n${shown.join('\n')}\n`;
}

function rowLines(title: string, rows: readonly { row: number; reason: string }[]): string {
  if (rows.length === 0) return '';
  const shown = rows.slice(0, SHOWN).map((r) => `  第 ${r.row} 行：${r.reason}`);
  if (rows.length > SHOWN) shown.push(`  ……另有 ${rows.length - SHOWN} 行，完整列表请加 --json`);
  return `${title}\n${shown.join('\n')}\n`;
}

export function humanSummary(file: string, result: ImportResult, summary: OpinionSummary): string {
  const json = summarizeJson(file, result, summary);
  const s = summary.satisfaction;
  const parts = [
    `文件：${file}（工作表「${result.sheet}」，表头在第 ${result.headerRow} 行）\n`,
    `导入 ${summary.total} 条诉求；重复 ${result.duplicates.length} 条，跳过 ${result.skipped.length} 行，${result.warnings.length} 处值无法识别\n`,
    `已解决 ${summary.resolved} 条，解决率 ${formatRate(summary.resolutionRate)}（${summary.resolutionRate.num}/${summary.resolutionRate.den}）\n`,
    `主要问题：${formatTopShare(summary.topCategories)}\n`,
    `满意度：满意 ${s.counts.satisfied}，基本满意 ${s.counts.basicallySatisfied}，不满意 ${s.counts.dissatisfied}，未评价 ${s.counts.unrated}；` +
      `满意率 ${formatRate(s.satisfiedRateOfRated)}（不含未评价），${formatRate(s.satisfiedRateOfAll)}（含未评价）\n`,
    bucketLines('按分类：', summary.byCategory),
    bucketLines('按渠道：', summary.byChannel),
    bucketLines('按社区：', summary.byCommunity),
    bucketLines('按月份：', summary.byMonth.map((m) => ({ name: m.month, count: m.count, resolved: m.resolved }))),
  ];
  if (summary.undated > 0) parts.push(`另有 ${summary.undated} 条没有受理时间，未计入月份\n`);
  const yoy = yearOnYear(result.records);
  if (yoy && yoy.total.previous > 0) {
    const lines = yoy.byCategory
      .slice(0, SHOWN)
      .map((r) => `  ${r.name}  ${r.previous} → ${r.current}（${formatChange(r.change)}）`);
    parts.push(
      `同比（${yoy.previousYear} 与 ${yoy.year} 年的 ${yoy.from}—${yoy.through}）：合计 ${yoy.total.previous} → ${yoy.total.current}（${formatChange(yoy.total.change)}）\n${lines.join('\n')}\n`,
    );
  }
  parts.push(rowLines('跳过的行：', json.skipped), rowLines('无法识别的值（已导入，该值留空）：', result.warnings));
  return parts.join('');
}

/** `summarize FILE [--sheet NAME] [--json]`: the importer and the analysis on one file, nothing stored. */
export async function runSummarize(argv: string[], io: CliIo, maxBytes = DEFAULT_IMPORT_MAX_BYTES): Promise<number> {
  const parsed = parseCommandArgs(
    { args: argv, options: { sheet: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: true, strict: true },
    USAGE,
    io,
  );
  if (!parsed) return EXIT.refused;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr(`${positionals.length === 0 ? '缺少要汇总的文件' : '一次只能汇总一个文件'}。\n${USAGE}\n`);
    return EXIT.refused;
  }
  const file = positionals[0]!;

  const bytes = await readSpreadsheetFile(file, maxBytes, io);
  if (!bytes) return EXIT.refused;

  const outcome = await importInWorker(bytes, { options: { maxBytes, ...(values.sheet !== undefined ? { sheet: values.sheet } : {}) } });
  if (!outcome.ok) {
    io.stderr(`无法导入「${file}」：${outcome.refusal.message}\n`);
    return outcome.refusal.code === 'worker_failed' ? EXIT.failed : EXIT.refused;
  }
  const summary = summarizeOpinions(outcome.result.records);
  io.stdout(values.json ? `${JSON.stringify(summarizeJson(file, outcome.result, summary))}\n` : humanSummary(file, outcome.result, summary));
  return EXIT.ok;
}
