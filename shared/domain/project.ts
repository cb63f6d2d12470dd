import { z } from 'zod';
import { Id, Instant, LIMITS, LocalDate, Name, OptionalText, Revision, SampleMark } from './common';
import { Fraction } from './opinion-summary';
import { OperatorName } from './question';

/*
 * 民生项目池: recurring needs become funded projects, chosen by 差额票决 and run in batches. One pool per
 * data folder (an office, or a district holding its streets' projects); a project not finished when its
 * batch closes is carried into the next one and keeps its history.
 */

/** 改善居住条件 / 保障公共安全 / 营造宜居环境 / 方便市民出行. */
export const ProjectCategory = z.enum(['living', 'safety', 'environment', 'travel']);
export type ProjectCategory = z.infer<typeof ProjectCategory>;
export const PROJECT_CATEGORIES: readonly ProjectCategory[] = ProjectCategory.options;

/** 申报 → 评审 → 实施 → 监督 → 评估. */
export const ProjectStage = z.enum(['apply', 'review', 'implement', 'supervise', 'evaluate']);
export type ProjectStage = z.infer<typeof ProjectStage>;
export const PROJECT_STAGES: readonly ProjectStage[] = ProjectStage.options;

/** Free text cells of a project sheet (街镇, 社区, 责任单位): as written, trimmed. */
const PlaceText = z.string().trim().max(LIMITS.name).default('');

export const ProjectTask = z.object({
  id: Id,
  title: z.string().trim().min(1, '任务内容不能为空').max(LIMITS.title),
  due: LocalDate.nullable().default(null),
  doneOn: LocalDate.nullable().default(null),
});
export type ProjectTask = z.infer<typeof ProjectTask>;

/** What a project answers: a need from the 准备 stage, a question or commitment from the hall, a 跟踪 item. */
export const ProjectSourceKind = z.enum(['opinion', 'group', 'question', 'commitment', 'followUp']);
export type ProjectSourceKind = z.infer<typeof ProjectSourceKind>;

export const ProjectSource = z.object({
  kind: ProjectSourceKind,
  meetingId: Id,
  refId: Id,
  /** The source's title when it was linked, so the link still reads after the source is gone. */
  label: z.string().trim().max(LIMITS.title).default(''),
});
export type ProjectSource = z.infer<typeof ProjectSource>;

/** Two named stretches of days to compare a work-order category's count across (year on year). */
export const DateSpan = z
  .object({ from: LocalDate, to: LocalDate })
  .refine((s) => s.from <= s.to, { message: '开始日期不能晚于结束日期' });
export type DateSpan = z.infer<typeof DateSpan>;

/** 成效: the work orders of one category before and after the project (the article's 停车 261 → 138). */
export const ProjectEffect = z.object({
  /** A 问题分类 as the imported opinion sets write it. */
  category: z.string().trim().min(1, '请填写工单分类').max(LIMITS.name),
  before: DateSpan,
  after: DateSpan,
});
export type ProjectEffect = z.infer<typeof ProjectEffect>;

export const ProjectHistoryKind = z.enum([
  'created',
  'imported',
  'edited',
  'stage',
  'progress',
  'completed',
  'reopened',
  'carried',
  'chosen',
  'notChosen',
]);
export type ProjectHistoryKind = z.infer<typeof ProjectHistoryKind>;

export const ProjectHistoryEntry = z.object({
  at: Instant,
  by: OperatorName,
  kind: ProjectHistoryKind,
  /** What changed, in words (from → to), for the record and the archive. */
  note: z.string().max(LIMITS.text).default(''),
});
export type ProjectHistoryEntry = z.infer<typeof ProjectHistoryEntry>;

/** The terms of a project an operator writes; the rest is kept by the service. */
export const ProjectTerms = z.object({
  /** 项目编号 as the district numbers it; '' when it has none. */
  code: z.string().trim().max(LIMITS.id).default(''),
  name: Name,
  category: ProjectCategory,
  /** 街镇. */
  town: PlaceText,
  community: PlaceText,
  /** 责任单位 and 协同单位 (吹哨报到), as named in the office or the sheet. */
  leadUnit: PlaceText,
  coUnits: z.array(z.string().trim().min(1).max(LIMITS.name)).max(20).default([]),
  fundsPlannedYuan: z.number().nonnegative().max(1e12).nullable().default(null),
  fundsSpentYuan: z.number().nonnegative().max(1e12).nullable().default(null),
  deadline: LocalDate.nullable().default(null),
  stage: ProjectStage.default('apply'),
  progress: z.number().int().min(0).max(100).default(0),
  /** The day it was finished; finished after the deadline still counts as finished, flagged late. */
  completedOn: LocalDate.nullable().default(null),
  tasks: z.array(ProjectTask).max(200).default([]),
  sources: z.array(ProjectSource).max(200).default([]),
  effect: ProjectEffect.nullable().default(null),
  notes: OptionalText,
});
export type ProjectTerms = z.infer<typeof ProjectTerms>;

export const Project = ProjectTerms.extend({
  id: Id,
  /** Every batch it was listed in, oldest first; the last is where it stands now (carried over = more than one). */
  batchIds: z.array(Id).min(1).max(100),
  importId: Id.nullable().default(null),
  createdAt: Instant,
  history: z.array(ProjectHistoryEntry).max(LIMITS.listItems).default([]),
  revision: Revision.default(0),
  sample: SampleMark,
});
export type Project = z.infer<typeof Project>;

/** A new project: its terms and the batch it goes into. */
export const ProjectDraft = ProjectTerms.extend({ batchId: Id });
export type ProjectDraft = z.input<typeof ProjectDraft>;

/**
 * Only the terms an operator changed. Defaults are taken off first: a partial of the terms as they are
 * would fill every term left out (progress 0, stage 申报…) when parsed, and the patch would reset them.
 */
const T = ProjectTerms.shape;
export const ProjectPatch = z.object({
  code: T.code.unwrap().optional(),
  name: T.name.optional(),
  category: T.category.optional(),
  town: T.town.unwrap().optional(),
  community: T.community.unwrap().optional(),
  leadUnit: T.leadUnit.unwrap().optional(),
  coUnits: T.coUnits.unwrap().optional(),
  fundsPlannedYuan: T.fundsPlannedYuan.unwrap().optional(),
  fundsSpentYuan: T.fundsSpentYuan.unwrap().optional(),
  deadline: T.deadline.unwrap().optional(),
  stage: T.stage.unwrap().optional(),
  progress: T.progress.unwrap().optional(),
  completedOn: T.completedOn.unwrap().optional(),
  tasks: T.tasks.unwrap().optional(),
  sources: T.sources.unwrap().optional(),
  effect: T.effect.unwrap().optional(),
  notes: T.notes.unwrap().optional(),
});
export type ProjectPatch = z.input<typeof ProjectPatch>;

export const ProjectBatch = z.object({
  id: Id,
  /** 第 N 批: numbered in the order they were opened. */
  number: z.number().int().positive(),
  name: Name,
  openedOn: LocalDate,
  closedOn: LocalDate.nullable().default(null),
  notes: OptionalText,
  sample: SampleMark,
});
export type ProjectBatch = z.infer<typeof ProjectBatch>;

export const VoteMethod = z.enum(['tally', 'phones']);
export type VoteMethod = z.infer<typeof VoteMethod>;

export const VoteTally = z.object({ projectId: Id, votes: z.number().int().min(0).max(1_000_000) });
export type VoteTally = z.infer<typeof VoteTally>;

/** One phone's ballot: at most one vote per place, each for a different candidate. */
export const PhoneBallot = z.object({
  phoneId: Id,
  projectIds: z.array(Id).min(1).max(100),
  at: Instant,
});
export type PhoneBallot = z.infer<typeof PhoneBallot>;

export const VoteRank = z.object({
  projectId: Id,
  votes: z.number().int().min(0),
  /** Competition ranking: equal votes, equal rank (1, 2, 2, 4). */
  rank: z.number().int().positive(),
  chosen: z.boolean(),
});
export type VoteRank = z.infer<typeof VoteRank>;

export const VoteResult = z.object({
  ranking: z.array(VoteRank),
  chosen: z.array(Id),
  /**
   * Candidates tied across the last place: none of them is chosen by the count, the places they share
   * stay open (`placesOpen`) for a run-off among exactly them.
   */
  tiedAtCutoff: z.array(Id),
  placesOpen: z.number().int().min(0),
  /** Votes of the last chosen minus the first not chosen; null when nobody is left out or at a tie. */
  margin: z.number().int().min(0).nullable(),
  ballots: z.number().int().min(0),
});
export type VoteResult = z.infer<typeof VoteResult>;

/** 差额票决: more candidates than places, residents' representatives vote. */
export const ProjectVote = z.object({
  id: Id,
  batchId: Id,
  title: z.string().trim().min(1, '请填写票决名称').max(LIMITS.title),
  places: z.number().int().min(1).max(1000),
  candidateIds: z.array(Id).min(2).max(1000),
  method: VoteMethod,
  /** The meeting whose phones vote (method phones); null for tallies entered by staff. */
  meetingId: Id.nullable().default(null),
  tallies: z.array(VoteTally).default([]),
  phoneBallots: z.array(PhoneBallot).max(100_000).default([]),
  /** 参加投票的代表人数, as counted in the hall; null when not given. */
  voters: z.number().int().min(0).max(1_000_000).nullable().default(null),
  /** 计票人 / 监票人. */
  counters: z.array(z.string().trim().min(1).max(LIMITS.name)).max(20).default([]),
  state: z.enum(['open', 'closed']),
  openedAt: Instant,
  closedAt: Instant.nullable().default(null),
  result: VoteResult.nullable().default(null),
  by: OperatorName,
  sample: SampleMark,
});
export type ProjectVote = z.infer<typeof ProjectVote>;

export const ProjectImportRecord = z.object({
  id: Id,
  fileName: z.string().max(255),
  sheet: z.string().max(255),
  /** 1-based, as Excel numbers rows. */
  headerRow: z.number().int().positive(),
  batchId: Id,
  projectIds: z.array(Id).max(100_000),
  at: Instant,
  by: OperatorName,
  undoneAt: Instant.nullable().default(null),
});
export type ProjectImportRecord = z.infer<typeof ProjectImportRecord>;

export const PROJECT_POOL_SCHEMA_VERSION = 1;

export const ProjectPoolDocument = z.object({
  schemaVersion: z.literal(PROJECT_POOL_SCHEMA_VERSION),
  batches: z.array(ProjectBatch).max(1000),
  projects: z.array(Project).max(100_000),
  votes: z.array(ProjectVote).max(10_000),
  imports: z.array(ProjectImportRecord).max(10_000),
});
export type ProjectPoolDocument = z.infer<typeof ProjectPoolDocument>;

export function emptyProjectPool(): ProjectPoolDocument {
  return { schemaVersion: PROJECT_POOL_SCHEMA_VERSION, batches: [], projects: [], votes: [], imports: [] };
}

/* ---- figures (computed, never stored) ---- */

export const CompletionCount = z.object({
  /** The category or 街镇 as written; null for a blank 街镇. */
  name: z.string().nullable(),
  planned: z.number().int().min(0),
  completed: z.number().int().min(0),
  /** Completed after the deadline (counted in `completed`). */
  late: z.number().int().min(0),
  rate: Fraction,
});
export type CompletionCount = z.infer<typeof CompletionCount>;

/** One batch's figures: planned = new + carried in; completed = finished while in this batch. */
export const BatchStats = z.object({
  batchId: Id,
  name: z.string(),
  /** 统计期: the batch's open day to its close day (or `asOf` while it runs). */
  period: DateSpan,
  planned: z.number().int().min(0),
  newProjects: z.number().int().min(0),
  carriedIn: z.number().int().min(0),
  completed: z.number().int().min(0),
  late: z.number().int().min(0),
  unfinished: z.number().int().min(0),
  /** Carried into the next batch at close (0 while open). */
  carriedOut: z.number().int().min(0),
  rate: Fraction,
  byCategory: z.array(CompletionCount.extend({ category: ProjectCategory })),
  byTown: z.array(CompletionCount),
  fundsPlannedYuan: z.number().nonnegative(),
  fundsSpentYuan: z.number().nonnegative(),
});
export type BatchStats = z.infer<typeof BatchStats>;

/** A category's work orders before and after, each period named; null where no imported sheet covers it. */
export const EffectFigures = z.object({
  category: z.string(),
  before: DateSpan.extend({ count: z.number().int().min(0).nullable() }),
  after: DateSpan.extend({ count: z.number().int().min(0).nullable() }),
  /** after / before − 1 (−0.47 for 261 → 138); null when either count is missing or before is 0. */
  change: z.number().nullable(),
  /** The opinion sets counted (meeting titles), so the figure says where it comes from. */
  sources: z.array(z.string()),
});
export type EffectFigures = z.infer<typeof EffectFigures>;

/** A vote as the hall may see it: names, counts and who counted; nothing personal. */
export const PublicVote = z.object({
  id: Id,
  title: z.string(),
  batchName: z.string(),
  places: z.number().int(),
  method: VoteMethod,
  state: z.enum(['open', 'closed']),
  voters: z.number().int().nullable(),
  counters: z.array(z.string()),
  candidates: z.array(
    z.object({
      projectId: Id,
      name: z.string(),
      category: ProjectCategory,
      town: z.string(),
      votes: z.number().int(),
    }),
  ),
  result: VoteResult.nullable(),
  closedAt: Instant.nullable(),
});
export type PublicVote = z.infer<typeof PublicVote>;

/* ---- project-list sheets ---- */

/** The columns a project sheet may have; `name` and `category` are required. */
export const ProjectField = z.enum([
  'code',
  'serial',
  'name',
  'category',
  'town',
  'community',
  'leadUnit',
  'coUnits',
  'fundsPlanned',
  'fundsSpent',
  'deadline',
  'completed',
  'completedOn',
  'progress',
  'stage',
]);
export type ProjectField = z.infer<typeof ProjectField>;

export const ProjectColumn = z.object({
  column: z.number().int().min(0),
  header: z.string(),
  field: ProjectField.nullable(),
});
export type ProjectColumn = z.infer<typeof ProjectColumn>;

/** One row of a project sheet as read; `completed` null when the sheet has no completion column. */
export const ProjectSheetRecord = z.object({
  /** 1-based sheet row. */
  row: z.number().int().positive(),
  /** 项目编号, else 序号, else `第N行`: how the CLI and the preview name it. */
  ref: z.string(),
  code: z.string(),
  name: z.string(),
  category: ProjectCategory,
  town: z.string(),
  community: z.string(),
  leadUnit: z.string(),
  coUnits: z.array(z.string()),
  fundsPlannedYuan: z.number().nullable(),
  fundsSpentYuan: z.number().nullable(),
  deadline: LocalDate.nullable(),
  completed: z.boolean().nullable(),
  completedOn: LocalDate.nullable(),
  progress: z.number().int().min(0).max(100).nullable(),
  stage: ProjectStage.nullable(),
});
export type ProjectSheetRecord = z.infer<typeof ProjectSheetRecord>;

export const RowRefusal = z.object({ row: z.number().int().positive(), reason: z.string() });
export type RowRefusal = z.infer<typeof RowRefusal>;

/** A project sheet read whole: what would be imported, and every row left out with its reason. */
export const ProjectSheetResult = z.object({
  sheet: z.string(),
  /** 1-based. */
  headerRow: z.number().int().positive(),
  columns: z.array(ProjectColumn),
  records: z.array(ProjectSheetRecord),
  /** Rows that cannot be a project (no name, an unknown category…), in sheet order. */
  refused: z.array(RowRefusal),
  /** Rows read with a value left empty (a date or amount that could not be read). */
  warnings: z.array(RowRefusal),
  /** Blank, 合计 and note rows passed over (not refusals). */
  passed: z.number().int().min(0),
  hasCompletion: z.boolean(),
});
export type ProjectSheetResult = z.infer<typeof ProjectSheetResult>;
