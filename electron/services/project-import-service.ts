import { PROJECT_PREVIEW_ROWS, type Output, type ParsedInput } from '../../shared/api';
import {
  PROJECT_CATEGORIES,
  ProjectDraft,
  type Project,
  type ProjectImportRecord,
  type ProjectSheetRecord,
} from '../../shared/domain';
import { CATEGORY_LABELS } from '../../shared/logic/projects/categories';
import { newProject } from '../../shared/logic/projects/project-edits';
import { AppError, notFound } from '../api/app-error';
import { ImportRefused } from '../excel/import-refusal';
import { readProjectFile, type ProjectSheetRead } from '../excel/read-project-sheet';
import { refusalToAppError } from '../excel/refusal-to-app-error';
import { decodeBase64File } from './imports-service';
import { writePool } from './project-pool-store';
import { editContext, openBatchOf } from './projects-service';
import type { ServiceContext, SessionState } from './service-context';

/** Project-list sheets: preview (nothing stored), confirm all at once, undo. */

/** Parsed sheets wait here between preview and confirm; a 20,000-row sheet is a few MB, so keep few. */
export const MAX_PROJECT_PREVIEWS = 4;
export const PROJECT_PREVIEW_TTL_MS = 30 * 60 * 1000;

interface PendingProjectPreview {
  fileName: string;
  read: ProjectSheetRead;
  createdAt: number;
}

/*
 * Kept beside the session rather than in it: the previews last exactly as long as that session object
 * (one run of the services), and nothing else needs to see them.
 */
const previewsBySession = new WeakMap<SessionState, Map<string, PendingProjectPreview>>();

function previewsOf(ctx: ServiceContext): Map<string, PendingProjectPreview> {
  let previews = previewsBySession.get(ctx.session);
  if (!previews) {
    previews = new Map();
    previewsBySession.set(ctx.session, previews);
  }
  const now = ctx.now().getTime();
  for (const [id, preview] of previews) {
    if (now - preview.createdAt > PROJECT_PREVIEW_TTL_MS) previews.delete(id);
  }
  return previews;
}

/**
 * The day a row was finished. A sheet that says 已完成 without a date is taken as finished today (the
 * day it was imported): the batch's open day would claim a finish nobody dated, and a figure counts
 * only projects with a finish day. A row marked not finished has none, whatever else it says.
 */
function finishedOn(record: ProjectSheetRecord, today: string): string | null {
  if (record.completed === false) return null;
  if (record.completedOn !== null) return record.completedOn;
  return record.completed === true ? today : null;
}

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join('、');
  return rows.length > 10 ? `${shown} 等 ${rows.length} 行` : shown;
}

export async function previewProjectImport(
  ctx: ServiceContext,
  input: ParsedInput<'projects.importPreview'>,
): Promise<Output<'projects.importPreview'>> {
  const bytes = decodeBase64File(input.dataBase64);
  let read: ProjectSheetRead;
  try {
    // In the owner process: even a 20,000-row sheet reads in well under a second.
    read = readProjectFile(bytes, input.sheet);
  } catch (error) {
    if (error instanceof ImportRefused) throw refusalToAppError(error.refusal);
    throw error;
  }
  if (read.records.length === 0) {
    const first = read.refused.slice(0, 3).map((r) => `第 ${r.row} 行${r.reason}`);
    throw new AppError(
      'invalid_input',
      `没有可导入的项目：工作表“${read.sheet}”第 ${read.headerRow} 行表头以下没有一行可作为项目` +
        (first.length > 0 ? `（${first.join('；')}）` : '') +
        '，没有导入任何内容；请检查项目名称和项目类别两列后重新选择文件',
    );
  }

  const previews = previewsOf(ctx);
  while (previews.size >= MAX_PROJECT_PREVIEWS) {
    // Maps iterate in insertion order: the first key is the oldest preview.
    const oldest = previews.keys().next().value;
    if (oldest === undefined) break;
    previews.delete(oldest);
  }
  const previewId = ctx.newId('pp');
  previews.set(previewId, { fileName: input.fileName, read, createdAt: ctx.now().getTime() });

  const today = editContext(ctx, '-').today;
  const byCategory = PROJECT_CATEGORIES.map((category) => {
    const rows = read.records.filter((r) => r.category === category);
    return {
      category: CATEGORY_LABELS[category],
      planned: rows.length,
      completed: rows.filter((r) => finishedOn(r, today) !== null).length,
    };
  });
  return {
    previewId,
    fileName: input.fileName,
    sheet: read.sheet,
    sheets: read.sheets,
    headerRow: read.headerRow,
    columns: read.columns,
    total: read.records.length,
    records: read.records.slice(0, PROJECT_PREVIEW_ROWS),
    refused: read.refused,
    warnings: read.warnings,
    byCategory,
    hasCompletion: read.hasCompletion,
  };
}

export async function confirmProjectImport(
  ctx: ServiceContext,
  input: ParsedInput<'projects.importConfirm'>,
): Promise<Output<'projects.importConfirm'>> {
  const previews = previewsOf(ctx);
  const pending = previews.get(input.previewId);
  if (!pending) {
    throw new AppError('not_found', '预览已过期或已经导入过，没有保存任何内容；请重新选择文件预览后再确认');
  }
  const c = editContext(ctx, input.by);
  const importId = ctx.newId('pimp');
  const { read } = pending;
  // Taken out first so a double click cannot store the projects twice; put back if the write refuses.
  previews.delete(input.previewId);
  try {
    return await writePool(ctx, (pool) => {
      openBatchOf(pool, input.batchId);
      const present = new Set(pool.projects.map((p) => p.code).filter((code) => code !== ''));
      const clashes = read.records.filter((r) => r.code !== '' && present.has(r.code));
      if (clashes.length > 0) {
        const codes = [...new Set(clashes.map((r) => r.code))].slice(0, 10).join('、');
        throw new AppError(
          'conflict',
          `第 ${rowList(clashes.map((r) => r.row))} 行的项目编号（${codes}）已在项目池中，没有导入任何项目；` +
            '请从表中删去这些行或先撤销之前的导入，再重新预览',
        );
      }
      const projects: Project[] = [];
      const bad: Array<{ row: number; reason: string }> = [];
      for (const record of read.records) {
        const completedOn = finishedOn(record, c.today);
        const draft = ProjectDraft.safeParse({
          batchId: input.batchId,
          code: record.code,
          name: record.name,
          category: record.category,
          town: record.town,
          community: record.community,
          leadUnit: record.leadUnit,
          coUnits: record.coUnits,
          fundsPlannedYuan: record.fundsPlannedYuan,
          fundsSpentYuan: record.fundsSpentYuan,
          deadline: record.deadline,
          // A finished row without a stage has at least been carried out; the rules move it on from there.
          stage: record.stage ?? (completedOn !== null ? 'implement' : 'apply'),
          progress: completedOn !== null ? 100 : (record.progress ?? 0),
          completedOn,
        });
        if (!draft.success) {
          bad.push({ row: record.row, reason: draft.error.issues[0]?.message ?? '内容无效' });
          continue;
        }
        projects.push(newProject(draft.data, c, 'imported', importId));
      }
      if (bad.length > 0) {
        throw new AppError(
          'invalid_input',
          `第 ${rowList(bad.map((b) => b.row))} 行无法保存为项目（${bad[0]!.reason}），没有导入任何项目；请修改后重新预览`,
        );
      }
      const record: ProjectImportRecord = {
        id: importId,
        fileName: pending.fileName,
        sheet: read.sheet,
        headerRow: read.headerRow,
        batchId: input.batchId,
        projectIds: projects.map((p) => p.id),
        at: c.at,
        by: input.by,
        undoneAt: null,
      };
      return {
        next: { ...pool, projects: [...pool.projects, ...projects], imports: [...pool.imports, record] },
        result: record,
      };
    });
  } catch (error) {
    previews.set(input.previewId, pending);
    throw error;
  }
}

export async function undoProjectImport(
  ctx: ServiceContext,
  input: ParsedInput<'projects.importUndo'>,
): Promise<Output<'projects.importUndo'>> {
  const at = editContext(ctx, input.by).at;
  return writePool(ctx, (pool) => {
    const record = pool.imports.find((r) => r.id === input.importId);
    if (!record) throw notFound('项目导入记录', input.importId);
    if (record.undoneAt !== null) {
      throw new AppError('conflict', `这次导入（${record.fileName}）已于 ${record.undoneAt} 撤销过了`);
    }
    const ids = new Set(record.projectIds);
    const projects = pool.projects.filter((p) => ids.has(p.id));
    const voted = projects.filter((p) => pool.votes.some((v) => v.candidateIds.includes(p.id)));
    const carried = projects.filter((p) => p.batchIds.length > 1);
    const edited = projects.filter((p) => p.revision > 0);
    const reasons = [
      voted.length > 0 ? `${voted.length} 个项目已进入票决` : '',
      carried.length > 0 ? `${carried.length} 个项目已结转到下一批` : '',
      edited.length > 0 ? `${edited.length} 个项目导入后被修改过` : '',
    ].filter((r) => r !== '');
    if (reasons.length > 0) {
      const named = [...voted, ...carried, ...edited][0]!;
      throw new AppError(
        'conflict',
        `不能撤销这次导入：${reasons.join('，')}（如“${named.name}”），撤销会丢掉这些记录；如需去掉个别项目，请逐个删除`,
      );
    }
    const undone: ProjectImportRecord = { ...record, undoneAt: at };
    return {
      next: {
        ...pool,
        projects: pool.projects.filter((p) => !ids.has(p.id)),
        imports: pool.imports.map((r) => (r.id === record.id ? undone : r)),
      },
      result: undone,
    };
  });
}
