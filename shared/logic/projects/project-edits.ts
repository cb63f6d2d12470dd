import { LIMITS } from '../../domain/common';
import {
  ProjectDraft,
  type Project,
  type ProjectEffect,
  type ProjectHistoryEntry,
  type ProjectHistoryKind,
  type ProjectPatch,
  type ProjectSource,
  type ProjectTask,
  type ProjectTerms,
} from '../../domain/project';
import { CATEGORY_LABELS, STAGE_LABELS } from './categories';

export interface EditContext {
  at: string;
  by: string;
  /** Beijing today, for a completion ticked without its own date. */
  today: string;
  newId: (prefix: string) => string;
}

/**
 * The terms made consistent: finished means progress 100 and stage at least 实施 done; progress 100
 * without a day finished stays unfinished (a figure counts only what has its date).
 *
 * A finished project still at 申报, 评审 or 实施 moves to 监督; 监督 and 评估 stay. Co-units are
 * trimmed, each named once, and the lead unit is not its own co-unit. Tasks keep their own dates.
 */
export function normalizeTerms(terms: ProjectTerms): ProjectTerms {
  const finished = terms.completedOn !== null;
  const lead = terms.leadUnit.trim();
  const coUnits: string[] = [];
  for (const unit of terms.coUnits) {
    const u = unit.trim();
    if (u && u !== lead && !coUnits.includes(u)) coUnits.push(u);
  }
  const sameCoUnits =
    coUnits.length === terms.coUnits.length && coUnits.every((u, i) => u === terms.coUnits[i]);
  const stage = finished && !STAGES_DONE.has(terms.stage) ? 'supervise' : terms.stage;
  const progress = finished ? 100 : terms.progress;
  if (sameCoUnits && stage === terms.stage && progress === terms.progress && lead === terms.leadUnit) {
    return terms;
  }
  return { ...terms, leadUnit: lead, coUnits: sameCoUnits ? terms.coUnits : coUnits, stage, progress };
}

/** Stages a finished project may stand at: 实施 is done once it is finished. */
const STAGES_DONE = new Set<ProjectTerms['stage']>(['supervise', 'evaluate']);

/** A new project in its batch, its history begun. */
export function newProject(
  draft: ProjectDraft,
  c: EditContext,
  kind: 'created' | 'imported',
  importId: string | null,
): Project {
  const { batchId, ...terms } = ProjectDraft.parse(draft);
  return {
    ...normalizeTerms(terms),
    id: c.newId('pj'),
    batchIds: [batchId],
    importId,
    createdAt: c.at,
    history: [{ at: c.at, by: c.by, kind, note: '' }],
    revision: 0,
  };
}

type TermKey = keyof ProjectTerms;

const EMPTY = '（空）';

const text = (v: string): string => (v.trim() === '' ? EMPTY : v);
const orEmpty = (v: string | null): string => (v === null ? EMPTY : v);
const yuan = (v: number | null): string => (v === null ? EMPTY : `${v} 元`);
const list = (v: readonly string[]): string => (v.length === 0 ? EMPTY : v.join('、'));
const task = (t: ProjectTask): string =>
  `${t.title}${t.doneOn ? `（${t.doneOn} 完成）` : t.due ? `（${t.due} 前）` : ''}`;
const source = (s: ProjectSource): string => s.label || s.refId;
const effect = (e: ProjectEffect | null): string =>
  e === null
    ? EMPTY
    : `${e.category}（${e.before.from}～${e.before.to} 对比 ${e.after.from}～${e.after.to}）`;

/** Each field's name in the record and how its value reads there, in the terms' own order. */
const FIELDS: { [K in TermKey]: { label: string; show: (v: ProjectTerms[K]) => string } } = {
  code: { label: '项目编号', show: text },
  name: { label: '项目名称', show: text },
  category: { label: '类别', show: (v) => CATEGORY_LABELS[v] },
  town: { label: '街镇', show: text },
  community: { label: '社区', show: text },
  leadUnit: { label: '责任单位', show: text },
  coUnits: { label: '协同单位', show: list },
  fundsPlannedYuan: { label: '计划资金', show: yuan },
  fundsSpentYuan: { label: '已用资金', show: yuan },
  deadline: { label: '完成时限', show: orEmpty },
  stage: { label: '阶段', show: (v) => STAGE_LABELS[v] },
  progress: { label: '进度', show: (v) => `${v}%` },
  completedOn: { label: '完成日期', show: orEmpty },
  tasks: { label: '任务', show: (v) => list(v.map(task)) },
  sources: { label: '来源', show: (v) => list(v.map(source)) },
  effect: { label: '成效', show: effect },
  notes: { label: '备注', show: text },
};

const TERM_KEYS = Object.keys(FIELDS) as TermKey[];

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function kindOf<K extends TermKey>(key: K, from: ProjectTerms[K], to: ProjectTerms[K]): ProjectHistoryKind {
  if (key === 'stage') return 'stage';
  if (key === 'progress') return 'progress';
  if (key === 'completedOn') {
    if (from === null) return 'completed';
    if (to === null) return 'reopened';
  }
  return 'edited';
}

function clip(note: string): string {
  return note.length > LIMITS.text ? `${note.slice(0, LIMITS.text - 1)}…` : note;
}

function entryFor<K extends TermKey>(
  key: K,
  from: ProjectTerms[K],
  to: ProjectTerms[K],
  c: EditContext,
): ProjectHistoryEntry {
  const field = FIELDS[key];
  return {
    at: c.at,
    by: c.by,
    kind: kindOf(key, from, to),
    note: clip(`${field.label}：${field.show(from)} → ${field.show(to)}`),
  };
}

/**
 * The patch applied: one history entry per field changed (from → to), revision + 1; unchanged returns the same object.
 *
 * Only the keys the patch holds with a value are applied: a patch parsed with zod's defaults filled in
 * would reset every term it did not name, so callers pass the operator's keys alone.
 */
export function applyProjectPatch(project: Project, patch: ProjectPatch, c: EditContext): Project {
  const merged: ProjectTerms = { ...project };
  const target = merged as Record<TermKey, unknown>;
  for (const key of TERM_KEYS) {
    const value = (patch as Partial<Record<TermKey, unknown>>)[key];
    if (value !== undefined) target[key] = value;
  }
  const terms = normalizeTerms(merged);
  const entries: ProjectHistoryEntry[] = [];
  const changed: Partial<Record<TermKey, unknown>> = {};
  for (const key of TERM_KEYS) {
    if (same(project[key], terms[key])) continue;
    entries.push(entryFor(key, project[key], terms[key], c));
    changed[key] = terms[key];
  }
  if (entries.length === 0) return project;
  return {
    ...project,
    ...(changed as Partial<ProjectTerms>),
    history: [...project.history, ...entries],
    revision: project.revision + 1,
  };
}
