import { z } from 'zod';
import {
  Community,
  CommunityKind,
  Department,
  DepartmentKind,
  Contact,
  Id,
  Instant,
  Language,
  Meeting,
  MeetingDraft,
  MeetingLevel,
  MeetingPatch,
  MeetingStatus,
  Name,
  Office,
  OfficeProfilePatch,
  Preferences,
  Revision,
  DEFAULT_IMPORT_MAX_BYTES,
  GoalTerm,
  ImportOptions,
  ImportPreset,
  ImportPreview,
  ImportRecord,
  ListType,
  MappingRule,
  Opinion,
  OpinionChannel,
  OpinionDraft,
  OpinionFigure,
  OpinionGroup,
  OpinionGroupKind,
  OpinionPatch,
  OpinionSummary,
  Title,
  YearOnYear,
  Card,
  DisplayInfo,
  MAX_CARDS,
  MediaInfo,
  PresentationAction,
  PresentationState,
  ReportCardDocument,
  ReportSettings,
  ReportTemplate,
  ReportView,
  CloseBlocker,
  Commitment,
  CommitmentCounts,
  CommitmentDraft,
  CommitmentPatch,
  LiveClosing,
  LivePublicView,
  LiveSummary,
  LocalDate,
  OperatorName,
  Question,
  QuestionCounts,
  QuestionDraft,
  QuestionMove,
  QuestionPatch,
  RehearsalInfo,
  ScoreSheet,
  Tally,
  FlaggedWords,
  GatewayStatus,
  NetworkInterfaceInfo,
  BulkFollowUpAction,
  CallbackRow,
  CommunityRating,
  FollowUpAction,
  FollowUpDetail,
  FollowUpDraft,
  FollowUpItem,
  FollowUpPatch,
  FollowUpReminder,
  FollowUpRow,
  FollowUpSettings,
  PublicNotice,
  Scoreboard,
  Verdict,
  BatchStats,
  EffectFigures,
  Project,
  ProjectBatch,
  ProjectColumn,
  ProjectDraft,
  ProjectImportRecord,
  ProjectPatch,
  ProjectPoolDocument,
  ProjectSheetRecord,
  ProjectVote,
  PublicVote,
  RowRefusal,
  VoteMethod,
  VoteTally,
} from '../domain';

const NoInput = z.object({}).strict();
const ForMeeting = z.object({ meetingId: Id }).strict();

/**
 * A spreadsheet travels as base64 inside the JSON body: 50 MB of file is about 67 MB of text. Only
 * imports.preview accepts a body that large (see `maxBodyBytes`).
 */
const MAX_IMPORT_BASE64 = Math.ceil((DEFAULT_IMPORT_MAX_BYTES * 4) / 3) + 4;

/** A photo for a case card, before it is resized: phones take 5–15 MB pictures. */
export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;
const MAX_MEDIA_BASE64 = Math.ceil((MAX_MEDIA_BYTES * 4) / 3) + 4;

/** Methods whose input may be larger than the transports' default body limit. */
export const maxBodyBytes: Partial<Record<string, number>> = {
  'imports.preview': MAX_IMPORT_BASE64 + 64 * 1024,
  'projects.importPreview': MAX_IMPORT_BASE64 + 64 * 1024,
  'media.add': MAX_MEDIA_BASE64 + 64 * 1024,
};

export const ImportPreviewResult = z.object({
  /** Handle for imports.confirm; the parsed rows wait on the service side, nothing is stored yet. */
  previewId: Id,
  fileName: z.string(),
  preview: ImportPreview,
});
export type ImportPreviewResult = z.infer<typeof ImportPreviewResult>;

/** How many rows of a project sheet the preview carries; the counts always cover every row. */
export const PROJECT_PREVIEW_ROWS = 200;

export const ProjectImportPreview = z.object({
  /** Handle for projects.importConfirm; nothing is stored before it. */
  previewId: Id,
  fileName: z.string(),
  sheet: z.string(),
  sheets: z.array(z.string()),
  headerRow: z.number().int().positive(),
  columns: z.array(ProjectColumn),
  total: z.number().int().min(0),
  /** The first rows that would be imported (at most PROJECT_PREVIEW_ROWS). */
  records: z.array(ProjectSheetRecord),
  refused: z.array(RowRefusal),
  warnings: z.array(RowRefusal),
  /** Per category, in the fixed category order, of every row that would be imported. */
  byCategory: z.array(
    z.object({ category: z.string(), planned: z.number().int(), completed: z.number().int() }),
  ),
  hasCompletion: z.boolean(),
});
export type ProjectImportPreview = z.infer<typeof ProjectImportPreview>;

export const OpinionPage = z.object({ total: z.number().int().min(0), rows: z.array(Opinion) });
export type OpinionPage = z.infer<typeof OpinionPage>;

export const OpinionAnalysis = z.object({
  summary: OpinionSummary,
  /** The latest year against the one before, over the same stretch of days; null without two years. */
  yearOnYear: YearOnYear.nullable(),
});
export type OpinionAnalysis = z.infer<typeof OpinionAnalysis>;
const ById = z.object({ id: Id }).strict();

/** A notice the user must see, e.g. a corrupt document restored from backup. */
export const StorageNotice = z.object({
  id: z.string(),
  kind: z.enum(['restoredFromBackup', 'quarantinedWithoutBackup', 'migrated', 'newerVersion']),
  document: z.string(),
  /** Where the damaged file was moved, so nothing is ever deleted. */
  quarantinedAs: z.string().nullable(),
  message: z.string(),
  at: Instant,
});
export type StorageNotice = z.infer<typeof StorageNotice>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  notices: z.array(StorageNotice),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const MeetingSummary = Meeting.pick({
  id: true,
  title: true,
  level: true,
  startsAt: true,
  venue: true,
  status: true,
  communityIds: true,
  updatedAt: true,
  revision: true,
  sample: true,
}).extend({
  /** The real record's counts (a rehearsal's never): questions by state, commitments by list type. */
  questions: QuestionCounts,
  commitments: CommitmentCounts,
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** Who is acting: the name the console's operator gave (工作人员 by default), kept in each history entry. */
const By = { by: OperatorName };

export const LiveQuestions = z.object({
  questions: z.array(Question),
  /** Set while the meeting is in rehearsal: these are the rehearsal's questions, not the real ones. */
  rehearsal: RehearsalInfo,
  closing: LiveClosing.nullable(),
});
export type LiveQuestions = z.infer<typeof LiveQuestions>;

export const LiveStatus = z.object({
  summary: LiveSummary,
  /** What keeps the meeting from closing; empty when it can close. */
  blockers: z.array(CloseBlocker),
  closing: LiveClosing.nullable(),
  rehearsal: RehearsalInfo,
});
export type LiveStatus = z.infer<typeof LiveStatus>;

/** What the sample office holds, or what removing it took away. */
export const SampleCounts = z.object({
  meetings: z.number().int().min(0),
  communities: z.number().int().min(0),
  departments: z.number().int().min(0),
  opinions: z.number().int().min(0),
  /** Cards of the sample meetings' report cards (数字成绩单). */
  reportCards: z.number().int().min(0),
  /** 跟踪 items of the held sample meeting. */
  followUps: z.number().int().min(0),
  /** 民生项目池: the sample district's projects (both batches). */
  projects: z.number().int().min(0),
});
export type SampleCounts = z.infer<typeof SampleCounts>;

export const SampleRemoval = z.object({
  removed: SampleCounts,
  /** Sample communities and departments that the user's own records use: kept, now as the user's. */
  kept: z.object({ communities: z.number().int().min(0), departments: z.number().int().min(0) }),
});
export type SampleRemoval = z.infer<typeof SampleRemoval>;

export const TrashedMeeting = z.object({ meeting: MeetingSummary, deletedAt: Instant, purgeAfter: Instant });
export type TrashedMeeting = z.infer<typeof TrashedMeeting>;

export const ReorderInput = z.object({ ids: z.array(Id).max(1000) }).strict();
export const MergeInput = z
  .object({ sourceId: Id, targetId: Id })
  .strict()
  .refine((v) => v.sourceId !== v.targetId, { message: '不能与自身合并', path: ['targetId'] });

/**
 * The whole API between renderer and services, declared once. Both transports (Electron IPC and
 * HTTP) and the client are generated from this object, so a method name is never written twice.
 */
export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
  'app.dismissNotice': { input: z.object({ id: z.string().max(100) }).strict(), output: z.null() },

  'preferences.get': { input: NoInput, output: Preferences },
  'preferences.update': { input: z.object({ language: Language }).strict(), output: Preferences },

  'office.get': { input: NoInput, output: Office },
  'office.update': { input: OfficeProfilePatch.strict(), output: Office },

  'communities.create': {
    input: z.object({ name: Name, kind: CommunityKind.default('community') }).strict(),
    output: Community,
  },
  'communities.update': {
    input: z.object({ id: Id, name: Name.optional(), kind: CommunityKind.optional() }).strict(),
    output: Community,
  },
  'communities.delete': { input: ById, output: z.null() },
  'communities.reorder': { input: ReorderInput, output: z.array(Community) },
  /** Merges a duplicate into another: meetings that named the source now name the target. */
  'communities.merge': { input: MergeInput, output: z.array(Community) },

  'departments.create': {
    input: z
      .object({ name: Name, kind: DepartmentKind.default('section'), contact: Contact.optional() })
      .strict(),
    output: Department,
  },
  'departments.update': {
    input: z
      .object({ id: Id, name: Name.optional(), kind: DepartmentKind.optional(), contact: Contact.optional() })
      .strict(),
    output: Department,
  },
  'departments.delete': { input: ById, output: z.null() },
  'departments.reorder': { input: ReorderInput, output: z.array(Department) },
  'departments.merge': { input: MergeInput, output: z.array(Department) },

  /**
   * The sample office (方庄街道, its communities, departments and three meetings, one with 1,250
   * work orders), marked as sample so that sample.remove takes it away in one step and touches
   * nothing the user entered. Refused while a sample is already there.
   */
  'sample.install': { input: NoInput, output: SampleCounts },
  'sample.remove': { input: NoInput, output: SampleRemoval },

  'meetings.list': {
    input: z
      .object({
        query: z.string().max(100).optional(),
        level: MeetingLevel.optional(),
        status: MeetingStatus.optional(),
      })
      .strict(),
    output: z.array(MeetingSummary),
  },
  'meetings.get': { input: ById, output: Meeting },
  'meetings.create': { input: MeetingDraft.strict(), output: Meeting },
  'meetings.update': {
    input: z
      .object({
        id: Id,
        patch: MeetingPatch.strict(),
        /** When given, the update is refused if someone else saved in between. */
        expectedRevision: Revision.optional(),
      })
      .strict(),
    output: Meeting,
  },
  'meetings.duplicate': { input: ById, output: Meeting },
  /** Undoable for the rest of the session with meetings.undoDelete; then it sits 30 days in the trash. */
  'meetings.delete': { input: ById, output: z.object({ id: Id }) },
  'meetings.undoDelete': { input: ById, output: Meeting },
  'meetings.trash': { input: NoInput, output: z.array(TrashedMeeting) },
  'meetings.restore': { input: ById, output: Meeting },

  /**
   * Parses a work-order sheet in a worker and keeps the rows aside; nothing is stored until
   * imports.confirm. `jobId` (chosen by the caller) names the job in 'imports.progress' events and
   * in imports.cancel.
   */
  'imports.preview': {
    input: z
      .object({
        meetingId: Id,
        jobId: Id,
        fileName: z.string().trim().min(1).max(255),
        dataBase64: z.string().min(1, '文件为空').max(MAX_IMPORT_BASE64, '文件超过 50 MB 上限'),
        options: ImportOptions.pick({ sheet: true, mapping: true, defaultChannel: true })
          .partial()
          .strict()
          .optional(),
      })
      .strict(),
    output: ImportPreviewResult,
  },
  'imports.cancel': { input: z.object({ jobId: Id }).strict(), output: z.null() },
  /** Stores the previewed rows all at once (all or nothing). */
  'imports.confirm': { input: z.object({ meetingId: Id, previewId: Id }).strict(), output: ImportRecord },
  /** Removes every row of one import; the record stays, marked undone. */
  'imports.undo': { input: z.object({ meetingId: Id, importId: Id }).strict(), output: ImportRecord },
  'imports.list': { input: ForMeeting, output: z.array(ImportRecord) },
  'imports.presets': { input: NoInput, output: z.array(ImportPreset) },
  'imports.savePreset': {
    input: z
      .object({ name: Name, rules: z.array(MappingRule).max(200), defaultChannel: OpinionChannel.optional() })
      .strict(),
    output: ImportPreset,
  },
  'imports.deletePreset': { input: ById, output: z.null() },

  /** A page of the meeting's opinions, optionally only those behind one figure (click-through). */
  'opinions.list': {
    input: z
      .object({
        meetingId: Id,
        figure: OpinionFigure.optional(),
        /** Only the rows of these ids (e.g. a group's), in the given order. */
        ids: z.array(Id).max(10_000).optional(),
        query: z.string().max(100).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    output: OpinionPage,
  },
  'opinions.create': {
    input: z.object({ meetingId: Id, opinion: OpinionDraft.strict() }).strict(),
    output: Opinion,
  },
  'opinions.update': {
    input: z.object({ meetingId: Id, id: Id, patch: OpinionPatch.strict() }).strict(),
    output: Opinion,
  },
  'opinions.delete': { input: z.object({ meetingId: Id, id: Id }).strict(), output: z.null() },
  'opinions.analysis': { input: ForMeeting, output: OpinionAnalysis },

  /** 重大事项 and 民生任务库: opinions grouped for action. */
  'groups.list': { input: ForMeeting, output: z.array(OpinionGroup) },
  'groups.create': {
    input: z
      .object({
        meetingId: Id,
        kind: OpinionGroupKind,
        title: Title,
        departmentId: Id.nullable().default(null),
        listType: ListType,
        term: GoalTerm.nullable().default(null),
        opinionIds: z.array(Id).min(1, '请至少选择一条诉求').max(10_000),
        note: z.string().max(5000).default(''),
      })
      .strict(),
    output: OpinionGroup,
  },
  'groups.update': {
    input: z
      .object({
        meetingId: Id,
        id: Id,
        patch: z
          .object({
            title: Title,
            departmentId: Id.nullable(),
            listType: ListType,
            term: GoalTerm.nullable(),
            opinionIds: z.array(Id).max(10_000),
            note: z.string().max(5000),
          })
          .partial()
          .strict(),
      })
      .strict(),
    output: OpinionGroup,
  },
  'groups.delete': { input: z.object({ meetingId: Id, id: Id }).strict(), output: z.null() },

  /** The meeting's 数字成绩单 as stored (an empty one, revision 0, before the first save). */
  'report.get': { input: ForMeeting, output: ReportCardDocument },
  /**
   * Replaces the cards and settings in one write. Refused when `expectedRevision` is not the stored
   * one (another window saved in between), so nothing is overwritten unseen.
   */
  'report.save': {
    input: z
      .object({
        meetingId: Id,
        cards: z.array(Card).max(MAX_CARDS, `一份成绩单最多 ${MAX_CARDS} 张卡片`),
        settings: ReportSettings,
        expectedRevision: Revision,
      })
      .strict(),
    output: ReportCardDocument,
  },
  /**
   * A first draft from the meeting's data (rates with denominators, top categories, year on year, the
   * groups, one shortcoming per unresolved 重大事项). Nothing is stored: the builder shows it, then saves.
   */
  'report.draft': { input: ForMeeting, output: z.object({ cards: z.array(Card) }) },
  /** Cards to start from: another meeting's report card, or a built-in template; new ids, not stored. */
  'report.startFrom': {
    input: z
      .object({
        meetingId: Id,
        from: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('meeting'), meetingId: Id }).strict(),
          z.object({ kind: z.literal('template'), template: ReportTemplate }).strict(),
        ]),
      })
      .strict(),
    output: z.object({ cards: z.array(Card) }),
  },
  /**
   * Every card resolved for display: figures computed from the data now, with denominators and
   * periods, and nothing personal. What builder, console and projector all draw.
   */
  'report.view': { input: ForMeeting, output: ReportView },

  /** Stores a case photo with the meeting: resized to at most 1920 px, metadata (EXIF) removed. */
  'media.add': {
    input: z
      .object({
        meetingId: Id,
        fileName: z.string().trim().min(1).max(255),
        dataBase64: z.string().min(1, '文件为空').max(MAX_MEDIA_BASE64, '图片超过 20 MB 上限'),
      })
      .strict(),
    output: MediaInfo,
  },
  'media.get': {
    input: z.object({ meetingId: Id, mediaId: Id }).strict(),
    output: MediaInfo.extend({ dataBase64: z.string() }),
  },

  /** Which card the hall sees. Kept while the services run; every window follows 'presentation.changed'. */
  'presentation.get': { input: ForMeeting, output: PresentationState },
  'presentation.act': {
    input: z.object({ meetingId: Id, action: PresentationAction }).strict(),
    output: PresentationState,
  },

  /** The displays a projector window can go to; empty where the app cannot place windows (host mode). */
  'projector.displays': { input: NoInput, output: z.array(DisplayInfo) },
  /**
   * Opens the projector window full screen on a display. `opened: false` where the app cannot open
   * windows itself (host mode): the console then opens a browser window of its own.
   */
  'projector.open': {
    input: z.object({ meetingId: Id, displayId: z.number().int().nullable() }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
  /**
   * The whole report as a PDF, one page per card, saved where the user picks (Electron printToPDF).
   * `saved: null` when the user cancelled; `supported: false` in host mode (the browser prints).
   */
  'report.exportPdf': {
    input: ForMeeting,
    output: z.object({ supported: z.boolean(), saved: z.string().nullable() }),
  },

  /**
   * 现场提问. Every call works on the meeting's live record, or on its rehearsal's while one runs.
   * A change names the revision it was made on; a stale one (another console saved in between) is
   * refused with 'conflict', never applied over the other.
   */
  'questions.list': { input: ForMeeting, output: LiveQuestions },
  /** On disk before it resolves; a repeated `clientId` returns the stored question instead of a copy. */
  'questions.create': {
    input: z.object({ meetingId: Id, question: QuestionDraft.strict(), ...By }).strict(),
    output: Question,
  },
  'questions.update': {
    input: z
      .object({ meetingId: Id, id: Id, expectedRevision: Revision, patch: QuestionPatch.strict(), ...By })
      .strict(),
    output: Question,
  },
  /** A state change (上屏, 当场答复, 转交, 不予采纳, back to waiting); putting one on screen takes the previous one off. */
  'questions.move': {
    input: z
      .object({ meetingId: Id, id: Id, expectedRevision: Revision, move: QuestionMove, ...By })
      .strict(),
    output: Question,
  },
  /** Merges a similar question into another: its asker now counts there ("同类问题 N 人提出"). */
  'questions.merge': {
    input: z
      .object({ meetingId: Id, sourceId: Id, targetId: Id, ...By })
      .strict()
      .refine((v) => v.sourceId !== v.targetId, { message: '不能与自身合并', path: ['targetId'] }),
    output: Question,
  },
  /** Undoes a merge: the question is waiting again on its own. */
  'questions.unmerge': { input: z.object({ meetingId: Id, id: Id, ...By }).strict(), output: Question },
  /** A vote (+1) or its withdrawal (−1); votes commute, so no revision is needed. */
  'questions.vote': {
    input: z.object({ meetingId: Id, id: Id, delta: z.union([z.literal(1), z.literal(-1)]) }).strict(),
    output: Question,
  },
  /** 其余问题会后书面答复: every open question referred in one step, to be answered by `dueDate`. */
  'questions.referRest': {
    input: z.object({ meetingId: Id, dueDate: LocalDate, departmentId: Id.nullable(), ...By }).strict(),
    output: z.object({ referred: z.number().int().min(0) }),
  },

  /**
   * 审核: `approved: true` lets a phone's question onto the projector, the moderation record and the
   * other phones; `false` takes it back off them (it stays in the console's list).
   */
  'questions.approve': {
    input: z
      .object({ meetingId: Id, id: Id, expectedRevision: Revision, approved: z.boolean(), ...By })
      .strict(),
    output: Question,
  },

  /** 当场承诺. */
  'commitments.list': { input: ForMeeting, output: z.array(Commitment) },
  /** With `questionId`, the question becomes 形成承诺 in the same write. */
  'commitments.create': {
    input: z
      .object({
        meetingId: Id,
        commitment: CommitmentDraft.strict(),
        /** The question's revision the operator saw; refused when it changed meanwhile. */
        questionRevision: Revision.optional(),
        ...By,
      })
      .strict(),
    output: Commitment,
  },
  /** Edits keep a history (who, when, field from → to). */
  'commitments.update': {
    input: z
      .object({ meetingId: Id, id: Id, expectedRevision: Revision, patch: CommitmentPatch.strict(), ...By })
      .strict(),
    output: Commitment,
  },

  /** 群众打分: one row per report part (its agenda cards; the whole report when it has none). */
  'scores.get': { input: ForMeeting, output: ScoreSheet },
  /** The show-of-hands count of one part; `hands: null` clears it. */
  'scores.set': {
    input: z
      .object({ meetingId: Id, partId: z.string().min(1).max(64), hands: Tally.nullable(), ...By })
      .strict(),
    output: ScoreSheet,
  },

  /** What the hall may see of the live record: nothing personal. The projector draws from this. */
  'live.public': { input: ForMeeting, output: LivePublicView },
  /** Counts for the end-of-meeting summary and what still keeps the meeting from closing. */
  'live.status': { input: ForMeeting, output: LiveStatus },
  /**
   * Closes the meeting (status closed). Refused, naming each question, while one is still waiting or
   * on screen; questions.referRest answers them all in writing first.
   */
  'live.close': { input: z.object({ meetingId: Id, ...By }).strict(), output: LiveStatus },
  /** Opens a closed meeting again (e.g. closed by mistake); the close stays in no record. */
  'live.reopen': { input: z.object({ meetingId: Id, ...By }).strict(), output: LiveStatus },

  /**
   * 手机提问: the question box, a separate gateway process serving the phone page on one network
   * interface of this computer. Off by default; one meeting's box at a time.
   */
  'gateway.interfaces': { input: NoInput, output: z.array(NetworkInterfaceInfo) },
  'gateway.status': { input: ForMeeting, output: GatewayStatus },
  /**
   * Opens (or re-opens, same token) the meeting's box on `address`, which must be one of
   * gateway.interfaces. Refused while the meeting is closed or another meeting's box is open, and where
   * this app cannot start processes (the CLI). Resolves once the gateway listens.
   */
  'gateway.open': {
    input: z
      .object({
        meetingId: Id,
        address: z.string().min(1).max(100),
        port: z.number().int().min(1024).max(65535).optional(),
        wifi: z.string().trim().max(64, 'Wi-Fi 名称不能超过 64 个字').default(''),
        ...By,
      })
      .strict(),
    output: GatewayStatus,
  },
  'gateway.close': { input: z.object({ meetingId: Id, ...By }).strict(), output: GatewayStatus },
  /** A new token: every QR shown so far stops working (e.g. a photo of it went round a chat group). */
  'gateway.renewToken': { input: z.object({ meetingId: Id, ...By }).strict(), output: GatewayStatus },

  /** 敏感词: the office's list; a question containing one is flagged for the moderator, never dropped. */
  'moderation.words.get': { input: NoInput, output: FlaggedWords },
  'moderation.words.set': { input: z.object({ words: FlaggedWords, ...By }).strict(), output: FlaggedWords },

  /**
   * 跟踪: follow-up items of one meeting (`meetingId`) or of every meeting (`null`). Figures are as of
   * `asOf` (a Beijing date; today in Asia/Shanghai when left out), whatever the computer's zone.
   */
  'followUps.list': {
    input: z.object({ meetingId: Id.nullable(), asOf: LocalDate.optional() }).strict(),
    output: z.object({ asOf: LocalDate, rows: z.array(FollowUpRow) }),
  },
  /** One item whole, with its timeline from the question in the hall to the verdict. */
  'followUps.get': {
    input: z.object({ meetingId: Id, id: Id, asOf: LocalDate.optional() }).strict(),
    output: FollowUpDetail,
  },
  /**
   * Makes an item of every commitment and every question referred in writing that has none yet (so
   * calling it again adds only what is new). live.close does this itself; never for a rehearsal.
   */
  'followUps.generate': {
    input: z.object({ meetingId: Id, ...By }).strict(),
    output: z.object({ created: z.number().int().min(0), total: z.number().int().min(0) }),
  },
  /** Sends 重大事项 of the 准备 stage to follow-up, with their work orders; one already sent is skipped. */
  'followUps.sendGroups': {
    input: z
      .object({ meetingId: Id, groupIds: z.array(Id).min(1, '请至少选择一项重大事项').max(1000), ...By })
      .strict(),
    output: z.object({ created: z.number().int().min(0), skipped: z.number().int().min(0) }),
  },
  'followUps.create': {
    input: z.object({ meetingId: Id, draft: FollowUpDraft.strict(), ...By }).strict(),
    output: FollowUpItem,
  },
  /** Edits the terms; each field changed is kept in the record (from → to). */
  'followUps.update': {
    input: z
      .object({ meetingId: Id, id: Id, expectedRevision: Revision, patch: FollowUpPatch.strict(), ...By })
      .strict(),
    output: FollowUpItem,
  },
  /** One step of the workflow; refused, saying why, when the item's state does not allow it. */
  'followUps.act': {
    input: z
      .object({ meetingId: Id, id: Id, expectedRevision: Revision, action: FollowUpAction, ...By })
      .strict(),
    output: FollowUpItem,
  },
  /**
   * The same step for many items (办理中, or one reply for all). Each item stands or is refused on its
   * own; `undoId` takes back exactly the items changed, while none of them changed again since.
   */
  'followUps.bulk': {
    input: z
      .object({
        targets: z
          .array(z.object({ meetingId: Id, id: Id, expectedRevision: Revision }).strict())
          .min(1, '请至少选择一项')
          .max(50_000),
        action: BulkFollowUpAction,
        ...By,
      })
      .strict(),
    output: z.object({
      changed: z.number().int().min(0),
      refused: z.array(z.object({ id: Id, message: z.string() })),
      undoId: Id.nullable(),
    }),
  },
  'followUps.undo': {
    input: z.object({ undoId: Id, ...By }).strict(),
    output: z.object({
      restored: z.number().int().min(0),
      refused: z.array(z.object({ id: Id, message: z.string() })),
    }),
  },
  /** 回访: items whose call-back is due by `asOf`, with the resident's phone (staff only). */
  'followUps.callbacks': {
    input: z.object({ meetingId: Id.nullable(), asOf: LocalDate.optional() }).strict(),
    output: z.object({ asOf: LocalDate, rows: z.array(CallbackRow) }),
  },
  /** Per lead department, every figure with its period and denominator. */
  'followUps.scoreboard': {
    input: z.object({ meetingId: Id.nullable(), asOf: LocalDate.optional() }).strict(),
    output: Scoreboard,
  },
  /** 社区评议部门. */
  'followUps.rateDepartment': {
    input: z
      .object({
        meetingId: Id,
        communityId: Id,
        departmentId: Id,
        verdict: Verdict,
        note: z.string().max(500).default(''),
        ...By,
      })
      .strict(),
    output: CommunityRating,
  },
  'followUps.reminders': {
    input: z.object({ asOf: LocalDate.optional() }).strict(),
    output: z.array(FollowUpReminder),
  },
  /** 反馈公示 of a meeting: no personal data. */
  'followUps.notice': {
    input: z.object({ meetingId: Id, asOf: LocalDate.optional() }).strict(),
    output: PublicNotice,
  },
  /** The notice as a PDF where the user picks (Electron); `supported: false` in host mode (the browser prints). */
  'followUps.exportNotice': {
    input: ForMeeting,
    output: z.object({ supported: z.boolean(), saved: z.string().nullable() }),
  },
  /**
   * Records that the notice was put up (or takes that back): its reminder stops. Exporting the PDF
   * records it too; a notice printed from the browser is marked by the operator.
   */
  'followUps.markNotice': {
    input: z.object({ meetingId: Id, published: z.boolean(), ...By }).strict(),
    output: z.object({ publishedAt: Instant.nullable() }),
  },
  'followUps.settings.get': { input: NoInput, output: FollowUpSettings },
  'followUps.settings.set': {
    input: z.object({ settings: FollowUpSettings, ...By }).strict(),
    output: FollowUpSettings,
  },

  /** 民生项目池: the whole pool (one per data folder), batches in their order. */
  'projects.pool': { input: NoInput, output: ProjectPoolDocument.omit({ schemaVersion: true }) },
  /** Opens the next batch (第 N 批); refused while another batch is open. */
  'projects.createBatch': {
    input: z.object({ name: Name.optional(), openedOn: LocalDate.optional(), ...By }).strict(),
    output: ProjectBatch,
  },
  'projects.updateBatch': {
    input: z
      .object({ id: Id, name: Name.optional(), notes: z.string().max(5000).optional(), ...By })
      .strict(),
    output: ProjectBatch,
  },
  /**
   * Closes a batch: every project not finished in it is carried into the next batch (opened now when
   * there is none), keeping its history. Refused while one of its votes is still open.
   */
  'projects.closeBatch': {
    input: z
      .object({ batchId: Id, closedOn: LocalDate.optional(), nextName: Name.optional(), ...By })
      .strict(),
    output: z.object({ closed: ProjectBatch, next: ProjectBatch, carried: z.number().int().min(0) }),
  },
  'projects.create': { input: z.object({ draft: ProjectDraft.strict(), ...By }).strict(), output: Project },
  /** Edits a project; every field changed is kept in its history (from → to). */
  'projects.update': {
    input: z.object({ id: Id, expectedRevision: Revision, patch: ProjectPatch.strict(), ...By }).strict(),
    output: Project,
  },
  /** Refused for a project that is a candidate in a vote or was carried over (its history must stay). */
  'projects.delete': { input: z.object({ id: Id, ...By }).strict(), output: z.object({ id: Id }) },
  /** Figures per batch, by category and by 街镇, every rate with its denominator. */
  'projects.stats': { input: z.object({ asOf: LocalDate.optional() }).strict(), output: z.array(BatchStats) },
  /** 成效 of one project: its work-order category before and after, from the imported opinion sets. */
  'projects.effect': { input: ById, output: EffectFigures.nullable() },
  /** The 问题分类 of every imported opinion set, most frequent first, for choosing a project's effect. */
  'projects.workOrderCategories': {
    input: NoInput,
    output: z.array(z.object({ name: z.string(), count: z.number().int() })),
  },
  /** Reads a project-list sheet with the opinion importer's care; nothing is stored yet. */
  'projects.importPreview': {
    input: z
      .object({
        jobId: Id,
        fileName: z.string().trim().min(1).max(255),
        dataBase64: z.string().min(1, '文件为空').max(MAX_IMPORT_BASE64, '文件超过 50 MB 上限'),
        sheet: z.string().max(255).optional(),
      })
      .strict(),
    output: ProjectImportPreview,
  },
  /** Stores every previewed project into the batch at once (all or nothing). */
  'projects.importConfirm': {
    input: z.object({ previewId: Id, batchId: Id, ...By }).strict(),
    output: ProjectImportRecord,
  },
  /** Removes the projects of one import, refused once any of them was voted on or carried over. */
  'projects.importUndo': { input: z.object({ importId: Id, ...By }).strict(), output: ProjectImportRecord },
  /** 差额票决: refused unless there are more candidates than places. */
  'projects.votes.create': {
    input: z
      .object({
        batchId: Id,
        title: z.string().trim().min(1, '请填写票决名称').max(200),
        places: z.number().int().min(1).max(1000),
        candidateIds: z.array(Id).max(1000),
        method: VoteMethod,
        meetingId: Id.nullable().default(null),
        ...By,
      })
      .strict(),
    output: ProjectVote,
  },
  /** The counts as read out in the hall (method tally), the number of voters and who counted. */
  'projects.votes.tally': {
    input: z
      .object({
        voteId: Id,
        tallies: z.array(VoteTally).max(1000),
        voters: z.number().int().min(0).nullable(),
        counters: z.array(z.string().trim().min(1).max(100)).max(20),
        ...By,
      })
      .strict(),
    output: ProjectVote,
  },
  /** Ends the vote and keeps its result; the chosen projects move to 评审 → 实施 in their history. */
  'projects.votes.close': {
    input: z
      .object({ voteId: Id, counters: z.array(z.string().trim().min(1).max(100)).max(20), ...By })
      .strict(),
    output: ProjectVote,
  },
  /** What the projector and the phones may show of a vote. */
  'projects.votes.public': { input: z.object({ voteId: Id }).strict(), output: PublicVote },

  /** 彩排: from now on the live calls write to a rehearsal copy; `withTestData` fills it with sample questions. */
  'rehearsal.start': {
    input: z.object({ meetingId: Id, withTestData: z.boolean().default(true) }).strict(),
    output: z.object({ startedAt: Instant }),
  },
  /** Throws the rehearsal away; the real record is untouched (byte-identical). */
  'rehearsal.wipe': {
    input: ForMeeting,
    output: z.object({ questions: z.number().int().min(0), commitments: z.number().int().min(0) }),
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const methods = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
