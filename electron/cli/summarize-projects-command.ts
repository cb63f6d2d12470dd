import { DEFAULT_IMPORT_MAX_BYTES } from '../../shared/domain/import';
import { formatRate, fraction } from '../../shared/logic/fraction';
import { summarizeProjectSheet, type ProjectSummaryJson } from '../../shared/logic/projects/sheet-summary';
import { ImportRefused } from '../excel/import-refusal';
import { readProjectFile } from '../excel/read-project-sheet';
import { EXIT, parseSheetFileArgs, type CliIo } from './cli-io';
import { readSpreadsheetFile } from './read-spreadsheet-file';

export const SUMMARIZE_PROJECTS_USAGE =
  '用法：npm run cli -- summarize-projects 文件 [--sheet 工作表名] [--json]';
/** Lists in the human summary stop here; --json always has everything. */
const SHOWN = 30;
const BLANK_TOWN = '未填写街镇';

/** "341/355，96.06%": the count, its denominator and the rate; "—" when the sheet has no completion column. */
function completionText(completed: number | null, planned: number): string {
  if (completed === null) return `${planned} 个，完成情况 —`;
  return `${planned} 个，完成 ${completed} 个（${completed}/${planned}，${formatRate(fraction(completed, planned), 2)}）`;
}

export function humanProjectSummary(json: ProjectSummaryJson, warnings: number): string {
  const lines: string[] = [
    `文件：${json.file}（工作表「${json.sheet}」，表头在第 ${json.headerRow} 行）`,
    `读取 ${json.records} 个项目；${json.skipped.length} 行未能作为项目读取，${warnings} 处值无法识别（已留空）`,
    json.completed === null
      ? '完成率：—（表中没有“是否完成/完成情况/进度”列）'
      : `完成 ${json.completed} 个，完成率 ${formatRate(fraction(json.completed, json.records), 2)}（${json.completed}/${json.records}，按本表全部项目计）`,
    '按类别：',
    ...json.byCategory.map((c) => `  ${c.name}  ${completionText(c.completed, c.planned)}`),
    '按街镇：',
    ...json.byTown
      .slice(0, SHOWN)
      .map((t) => `  ${t.name ?? BLANK_TOWN}  ${completionText(t.completed, t.planned)}`),
  ];
  if (json.byTown.length > SHOWN) lines.push(`  ……另有 ${json.byTown.length - SHOWN} 个街镇`);
  if (json.completed !== null && json.unfinished.length > 0) {
    const shown = json.unfinished.slice(0, SHOWN).join('、');
    lines.push(
      `未完成（${json.unfinished.length} 个）：${shown}${json.unfinished.length > SHOWN ? ` 等，完整列表请加 --json` : ''}`,
    );
  }
  if (json.skipped.length > 0) {
    lines.push('未能读取的行：');
    for (const s of json.skipped.slice(0, SHOWN)) lines.push(`  第 ${s.row} 行：${s.reason}`);
    if (json.skipped.length > SHOWN)
      lines.push(`  ……另有 ${json.skipped.length - SHOWN} 行，完整列表请加 --json`);
  }
  return `${lines.join('\n')}\n`;
}

/** `summarize-projects FILE [--sheet NAME] [--json]`: the project-sheet reader and its counts, nothing stored. */
export async function runSummarizeProjects(
  argv: string[],
  io: CliIo,
  maxBytes = DEFAULT_IMPORT_MAX_BYTES,
): Promise<number> {
  const args = parseSheetFileArgs(argv, SUMMARIZE_PROJECTS_USAGE, io, '缺少要汇总的项目清单文件');
  if (!args) return EXIT.refused;
  const { file } = args;
  const bytes = await readSpreadsheetFile(file, maxBytes, io);
  if (!bytes) return EXIT.refused;

  let sheet;
  try {
    sheet = readProjectFile(bytes, args.sheet);
  } catch (error) {
    if (error instanceof ImportRefused) {
      io.stderr(`无法读取项目清单「${file}」：${error.refusal.message}\n`);
      return EXIT.refused;
    }
    throw error;
  }
  const json = summarizeProjectSheet(file, sheet);
  io.stdout(args.json ? `${JSON.stringify(json)}\n` : humanProjectSummary(json, sheet.warnings.length));
  return EXIT.ok;
}
