import { z } from 'zod';
import { ListType } from './commitment';
import { Id, Instant, LIMITS, Title } from './common';
import { ImportField, ImportPreset, SpreadsheetFormat } from './import';
import { Opinion } from './opinion';

export const OPINION_SET_SCHEMA_VERSION = 2;

/** One confirmed import, kept after an undo so the archive shows what came and went. */
export const ImportRecord = z.object({
  id: Id,
  fileName: z.string().max(255),
  format: SpreadsheetFormat,
  sheet: z.string().max(100),
  headerRow: z.number().int().min(1),
  importedAt: Instant,
  /** Rows stored by this import. */
  count: z.number().int().min(0),
  skipped: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  /**
   * Rows left out because the meeting already held their 工单编号 from an earlier import (so importing
   * next month's export, which overlaps this one, adds only what is new).
   */
  alreadyImported: z.number().int().min(0).default(0),
  /**
   * The fields the file had a column for. A rate counts only rows whose import had its column, so a
   * file without 满意度 adds nothing to the satisfaction figures instead of a pile of 未评价.
   */
  fields: z.array(ImportField).max(ImportField.options.length),
  /** Set when the import was undone as a whole; its rows are gone. */
  undoneAt: Instant.nullable(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

/** 近期 / 中期 / 远期 goal of a task in the 民生任务库. */
export const GoalTerm = z.enum(['near', 'mid', 'long']);
export type GoalTerm = z.infer<typeof GoalTerm>;

/**
 * Opinions grouped for action: a 重大事项 (major item; ~2,000 opinions became 73 at one office) or a
 * 民生任务 in the task library (48 tasks with near/mid/long-term goals).
 */
export const OpinionGroupKind = z.enum(['item', 'task']);
export type OpinionGroupKind = z.infer<typeof OpinionGroupKind>;

export const OpinionGroup = z.object({
  id: Id,
  kind: OpinionGroupKind,
  title: Title,
  departmentId: Id.nullable(),
  listType: ListType,
  /** Only tasks have a term; items leave it null. */
  term: GoalTerm.nullable(),
  opinionIds: z.array(Id).max(LIMITS.listItems),
  note: z.string().max(LIMITS.text).default(''),
  createdAt: Instant,
});
export type OpinionGroup = z.infer<typeof OpinionGroup>;

/**
 * A meeting's opinions, in a document of its own (`opinions-<meetingId>`): tens of thousands of rows,
 * rarely edited, so saving a live question never rewrites them.
 */
export const OpinionSetDocument = z.object({
  schemaVersion: z.literal(OPINION_SET_SCHEMA_VERSION),
  meetingId: Id,
  opinions: z.array(Opinion),
  imports: z.array(ImportRecord),
  groups: z.array(OpinionGroup),
});
export type OpinionSetDocument = z.infer<typeof OpinionSetDocument>;

/** What the operator types in the manual-entry form (staff only: residents' names and phones). */
export const OpinionDraft = Opinion.omit({ id: true, importId: true }).extend({
  content: z
    .string()
    .trim()
    .min(1, '诉求内容不能为空')
    .max(LIMITS.text, `诉求内容不能超过 ${LIMITS.text} 个字`),
  receivedAt: Instant.nullable().default(null),
  resolved: z.boolean().nullable().default(null),
  closed: z.boolean().nullable().default(null),
  responded: z.boolean().nullable().default(null),
  satisfaction: Opinion.shape.satisfaction.default('unrated'),
});
export type OpinionDraft = z.input<typeof OpinionDraft>;

export const OpinionPatch = z
  .object({
    workOrderNo: z.string().max(64),
    channel: Opinion.shape.channel,
    category: z.string().trim().max(100),
    content: z.string().max(LIMITS.text),
    communityName: z.string().trim().max(100),
    communityId: Id.nullable(),
    receivedAt: Instant.nullable(),
    resolved: z.boolean().nullable(),
    closed: z.boolean().nullable(),
    responded: z.boolean().nullable(),
    satisfaction: Opinion.shape.satisfaction,
    residentName: z.string().trim().max(50),
    residentPhone: z.string().trim().max(32),
  })
  .partial();
export type OpinionPatch = z.input<typeof OpinionPatch>;

export const IMPORT_PRESETS_SCHEMA_VERSION = 1;

/** The office's saved column mappings, one per source system, in a small document of their own. */
export const ImportPresetsDocument = z.object({
  schemaVersion: z.literal(IMPORT_PRESETS_SCHEMA_VERSION),
  presets: z.array(ImportPreset).max(200),
});
export type ImportPresetsDocument = z.infer<typeof ImportPresetsDocument>;
