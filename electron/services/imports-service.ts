import type { ImportPreviewResult, ParsedInput } from '../../shared/api';
import {
  IMPORT_PRESETS_SCHEMA_VERSION,
  toImportPreview,
  type ImportPreset,
  type ImportPresetsDocument,
  type ImportRecord,
  type ImportResult,
  type Opinion,
} from '../../shared/domain';
import { AppError, notFound } from '../api/app-error';
import { refusalToAppError } from '../excel/refusal-to-app-error';
import { importInWorker } from '../excel/run-import-worker';
import { importedFields } from '../../shared/logic/rate-columns';
import { IMPORT_PRESETS_DOC } from '../storage/documents';
import { getMeeting } from './meetings-service';
import { officeCommunityMatcher, readOpinionSet, writeOpinionSet } from './opinion-sets';
import { nowIso, type ServiceContext } from './service-context';

/** Parsed files wait here between preview and confirm; each can hold 100k rows, so keep few. */
export const MAX_PREVIEWS = 4;
export const PREVIEW_TTL_MS = 30 * 60 * 1000;
/** A cancel may overtake its own preview (a 50 MB upload is still arriving); remember it a while. */
const MAX_REMEMBERED_CANCELS = 100;

interface PendingPreview {
  meetingId: string;
  fileName: string;
  result: ImportResult;
  createdAt: number;
}

export interface ImportState {
  previews: Map<string, PendingPreview>;
  jobs: Map<string, AbortController>;
  cancelled: Set<string>;
}

function stateOf(ctx: ServiceContext): ImportState {
  return ctx.session.imports;
}

function dropExpired(ctx: ServiceContext, state: ImportState): void {
  const now = ctx.now().getTime();
  for (const [id, preview] of state.previews) {
    if (now - preview.createdAt > PREVIEW_TTL_MS) state.previews.delete(id);
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The file's bytes; refuses text that is not base64 rather than letting Buffer skip what it dislikes. */
export function decodeBase64File(text: string): Uint8Array {
  // A data: URL (what FileReader.readAsDataURL gives) is accepted as well as bare base64.
  const comma = text.startsWith('data:') ? text.indexOf(',') : -1;
  const body = comma === -1 ? text : text.slice(comma + 1);
  if (body.length % 4 !== 0 || !BASE64.test(body)) {
    throw new AppError(
      'invalid_input',
      '文件内容传输有误（不是有效的 base64 编码），没有导入任何内容；请重新选择文件',
    );
  }
  return Buffer.from(body, 'base64');
}

export async function previewImport(
  ctx: ServiceContext,
  input: ParsedInput<'imports.preview'>,
): Promise<ImportPreviewResult> {
  getMeeting(ctx, input.meetingId);
  const state = stateOf(ctx);
  if (state.cancelled.delete(input.jobId))
    throw refusalToAppError({ code: 'cancelled', message: '已取消导入，没有保存任何内容' });
  if (state.jobs.has(input.jobId)) throw new AppError('conflict', '该文件正在解析，请等待完成或先取消');
  const bytes = decodeBase64File(input.dataBase64);
  const controller = new AbortController();
  state.jobs.set(input.jobId, controller);
  let outcome;
  try {
    outcome = await importInWorker(bytes, {
      options: input.options ?? {},
      signal: controller.signal,
      onProgress: (progress) => ctx.events.emit('imports.progress', { jobId: input.jobId, progress }),
    });
  } finally {
    state.jobs.delete(input.jobId);
  }
  if (!outcome.ok) throw refusalToAppError(outcome.refusal);

  dropExpired(ctx, state);
  while (state.previews.size >= MAX_PREVIEWS) {
    // Maps iterate in insertion order: the first key is the oldest preview.
    const oldest = state.previews.keys().next().value;
    if (oldest === undefined) break;
    state.previews.delete(oldest);
  }
  const previewId = ctx.newId('p');
  state.previews.set(previewId, {
    meetingId: input.meetingId,
    fileName: input.fileName,
    result: outcome.result,
    createdAt: ctx.now().getTime(),
  });
  const match = officeCommunityMatcher(ctx);
  return {
    previewId,
    fileName: input.fileName,
    preview: toImportPreview(outcome.result, (name) => match(name) !== null),
  };
}

export function cancelImport(ctx: ServiceContext, jobId: string): null {
  const state = stateOf(ctx);
  const job = state.jobs.get(jobId);
  if (job) {
    job.abort();
  } else {
    state.cancelled.add(jobId);
    if (state.cancelled.size > MAX_REMEMBERED_CANCELS) {
      const oldest = state.cancelled.values().next().value;
      if (oldest !== undefined) state.cancelled.delete(oldest);
    }
  }
  return null;
}

export async function confirmImport(
  ctx: ServiceContext,
  input: ParsedInput<'imports.confirm'>,
): Promise<ImportRecord> {
  const state = stateOf(ctx);
  dropExpired(ctx, state);
  const pending = state.previews.get(input.previewId);
  if (!pending || pending.meetingId !== input.meetingId) {
    throw new AppError('not_found', '预览已过期或已经导入过，没有保存任何内容；请重新选择文件预览后再确认');
  }
  // Taken out first so a double click cannot store the rows twice; put back if the write fails.
  state.previews.delete(input.previewId);
  const match = officeCommunityMatcher(ctx);
  const importId = ctx.newId('imp');
  const { result } = pending;
  try {
    return await writeOpinionSet(ctx, input.meetingId, (set) => {
      const present = new Set(set.opinions.map((o) => o.workOrderNo).filter((no) => no !== ''));
      const rows: Opinion[] = [];
      let alreadyImported = 0;
      for (const record of result.records) {
        if (record.workOrderNo !== '' && present.has(record.workOrderNo)) {
          alreadyImported += 1;
          continue;
        }
        const { row: _row, ...fields } = record;
        rows.push({ ...fields, id: ctx.newId('o'), communityId: match(fields.communityName), importId });
      }
      if (rows.length === 0) {
        throw new AppError(
          'conflict',
          `文件中的 ${alreadyImported} 条工单此前都已导入本次会议，没有新增内容，未作任何修改`,
        );
      }
      const importRecord: ImportRecord = {
        id: importId,
        fileName: pending.fileName,
        format: result.format,
        sheet: result.sheet,
        headerRow: result.headerRow,
        importedAt: nowIso(ctx),
        count: rows.length,
        skipped: result.skipped.length,
        duplicates: result.duplicates.length,
        alreadyImported,
        fields: importedFields(result.mapping),
        undoneAt: null,
      };
      return {
        next: { ...set, opinions: set.opinions.concat(rows), imports: [...set.imports, importRecord] },
        result: importRecord,
      };
    });
  } catch (error) {
    // Only a failed write keeps the preview for a retry; a refusal about the data would refuse again.
    if (!(error instanceof AppError)) state.previews.set(input.previewId, pending);
    throw error;
  }
}

export function undoImport(ctx: ServiceContext, input: ParsedInput<'imports.undo'>): Promise<ImportRecord> {
  const at = nowIso(ctx);
  return writeOpinionSet(ctx, input.meetingId, (set) => {
    const index = set.imports.findIndex((r) => r.id === input.importId);
    if (index === -1) throw notFound('导入记录', input.importId);
    const record = set.imports[index]!;
    if (record.undoneAt !== null)
      throw new AppError(
        'conflict',
        `「${record.fileName}」的导入已于 ${record.undoneAt.slice(0, 16).replace('T', ' ')} 撤销，无需重复撤销`,
      );
    const removed = new Set<string>();
    const opinions = set.opinions.filter((o) => {
      if (o.importId !== input.importId) return true;
      removed.add(o.id);
      return false;
    });
    const undone: ImportRecord = { ...record, undoneAt: at };
    const imports = set.imports.slice();
    imports[index] = undone;
    const groups = set.groups.map((g) =>
      g.opinionIds.some((id) => removed.has(id))
        ? { ...g, opinionIds: g.opinionIds.filter((id) => !removed.has(id)) }
        : g,
    );
    return { next: { ...set, opinions, imports, groups }, result: undone };
  });
}

/** Newest first. */
export function listImports(ctx: ServiceContext, meetingId: string): ImportRecord[] {
  return readOpinionSet(ctx, meetingId)
    .imports.slice()
    .sort((a, b) => Date.parse(b.importedAt) - Date.parse(a.importedAt));
}

function presetsDoc(current: ImportPresetsDocument | undefined): ImportPresetsDocument {
  return current ?? { schemaVersion: IMPORT_PRESETS_SCHEMA_VERSION, presets: [] };
}

export function listPresets(ctx: ServiceContext): ImportPreset[] {
  return presetsDoc(ctx.repo.get(IMPORT_PRESETS_DOC)).presets;
}

/** Saving under an existing name replaces that preset (one mapping per source system). */
export async function savePreset(
  ctx: ServiceContext,
  input: ParsedInput<'imports.savePreset'>,
): Promise<ImportPreset> {
  let saved: ImportPreset | undefined;
  await ctx.repo.update(IMPORT_PRESETS_DOC, (current) => {
    const doc = presetsDoc(current);
    const existing = doc.presets.find((p) => p.name === input.name);
    const preset: ImportPreset = {
      id: existing?.id ?? ctx.newId('ps'),
      name: input.name,
      rules: input.rules,
    };
    if (input.defaultChannel) preset.defaultChannel = input.defaultChannel;
    saved = preset;
    const presets = existing
      ? doc.presets.map((p) => (p === existing ? preset : p))
      : [...doc.presets, preset];
    if (presets.length > 200)
      throw new AppError('invalid_input', '映射方案最多保存 200 个，请先删除不用的方案');
    return { ...doc, presets };
  });
  return saved!;
}

export async function deletePreset(ctx: ServiceContext, id: string): Promise<null> {
  await ctx.repo.update(IMPORT_PRESETS_DOC, (current) => {
    const doc = presetsDoc(current);
    if (!doc.presets.some((p) => p.id === id)) throw notFound('映射方案', id);
    return { ...doc, presets: doc.presets.filter((p) => p.id !== id) };
  });
  return null;
}
