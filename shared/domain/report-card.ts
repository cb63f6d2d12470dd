import { z } from 'zod';
import { ListType } from './commitment';
import { FollowUpState } from './follow-up';
import { Id, Instant, LIMITS, LocalDate, Revision } from './common';
import { OpinionFigure } from './opinion-summary';

/**
 * The 数字成绩单 shown at the meeting: what the office achieved, in figures and cases (亮家底), and what
 * it has not done yet, with a timetable (亮短板). Stored per meeting in a document of its own
 * (`report-<meetingId>`), so editing a card never rewrites the meeting's live questions.
 */

export const REPORT_SCHEMA_VERSION = 1;

/** At most this many rows on a table or list card: more cannot be read from the back of a hall. */
export const MAX_CARD_ROWS = 7;
/** Below this many cases a rate is shown as a count ("7 / 9"), never as a bare percentage. */
export const MIN_RATE_DENOMINATOR = 20;
export const MAX_CARDS = 200;

const ShortText = (max: number) => z.string().trim().max(max, `不能超过 ${max} 个字`).default('');

export const CardKind = z.enum([
  'cover',
  'welcome',
  'figure',
  'chart',
  'case',
  'shortcoming',
  'promises',
  'list',
  'agenda',
  'closing',
]);
export type CardKind = z.infer<typeof CardKind>;

/** What every card has: the operator's title, a hide switch and speaker notes (never projected). */
const cardBase = {
  id: Id,
  title: ShortText(LIMITS.title),
  hidden: z.boolean().default(false),
  notes: ShortText(LIMITS.text),
};

/** Figures computed from the meeting's data; each stays live and names the rows behind it. */
export const FigureMetric = z.enum([
  /** 工单总量. */
  'total',
  /** 解决率. */
  'resolutionRate',
  /** 办结率. */
  'closedRate',
  /** 响应率. */
  'responseRate',
  /** 满意率 (满意 + 基本满意 over the rated rows). */
  'satisfiedRate',
  /** Share of the top categories in all work orders. */
  'topCategoriesShare',
  /** Work orders of one category (`category`). */
  'categoryCount',
  /** One category (or, with `category` null, all) this year against last, same stretch of days. */
  'yearOnYear',
  /** 重大事项 count. */
  'itemCount',
  /** 民生任务库 count. */
  'taskCount',
]);
export type FigureMetric = z.infer<typeof FigureMetric>;

export const FigureSource = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('data'),
    metric: FigureMetric,
    /** For categoryCount and yearOnYear; null means all categories (yearOnYear) or blank ones. */
    category: z.string().max(100).nullable().default(null),
  }),
  z.object({
    source: z.literal('manual'),
    /** Null until typed: shown as "—". */
    value: z.number().finite().nullable(),
    unit: ShortText(20),
    /** What the figure counts, e.g. "109 件工单"; a resident must see what it is out of. */
    denominator: ShortText(100),
    /** The period it covers, e.g. "2025 年上半年". */
    period: ShortText(100),
  }),
]);
export type FigureSource = z.infer<typeof FigureSource>;

/** A typed comparison for a figure: with an earlier period's value or with a target. */
export const FigureComparison = z.object({
  kind: z.enum(['none', 'previous', 'target']).default('none'),
  value: z.number().finite().nullable().default(null),
  /** e.g. "2024 年同期" or "年度目标". */
  label: ShortText(50),
});
export type FigureComparison = z.infer<typeof FigureComparison>;

export const ChartType = z.enum(['bar', 'line', 'pie', 'stacked']);
export type ChartType = z.infer<typeof ChartType>;

export const ChartSeriesSource = z.enum([
  'byCategory',
  'byMonth',
  'byCommunity',
  'byChannel',
  /** Categories, last year against this year, same stretch of days. */
  'yearOnYear',
  /** 重大事项 and 民生任务 by list type (立即整改 / 限期办理 / 持续推进). */
  'groupsByList',
  /** 民生任务 by near / mid / long-term goal. */
  'tasksByTerm',
]);
export type ChartSeriesSource = z.infer<typeof ChartSeriesSource>;

export const ChartTableRow = z.object({
  label: z.string().trim().min(1, '行名不能为空').max(50, '行名不能超过 50 个字'),
  values: z.array(z.number().finite().nullable()).min(1).max(4),
});
export type ChartTableRow = z.infer<typeof ChartTableRow>;

export const ChartData = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('data'),
    series: ChartSeriesSource,
    /** How many bars at most (the rest are summed as 其他 where that makes sense). */
    limit: z.number().int().min(1).max(12).default(MAX_CARD_ROWS),
  }),
  z.object({
    source: z.literal('table'),
    /** Series names, one per value column. */
    columns: z.array(z.string().trim().min(1).max(30)).min(1).max(4),
    rows: z.array(ChartTableRow).max(12),
    unit: ShortText(20),
    /** What the figures are out of and when, typed with the table. */
    denominator: ShortText(100),
    period: ShortText(100),
  }),
]);
export type ChartData = z.infer<typeof ChartData>;

export const CasePhoto = z.object({
  /** A picture stored with the meeting's data (media.add); null until one is chosen. */
  mediaId: Id.nullable().default(null),
  caption: ShortText(100),
});
export type CasePhoto = z.infer<typeof CasePhoto>;

export const ListItem = z.object({
  text: z.string().trim().min(1, '条目不能为空').max(200, '条目不能超过 200 个字'),
  listType: ListType.nullable().default(null),
});
export type ListItem = z.infer<typeof ListItem>;

export const Card = z.discriminatedUnion('kind', [
  z.object({
    ...cardBase,
    kind: z.literal('cover'),
    subtitle: ShortText(200),
    dateText: ShortText(50),
  }),
  z.object({
    ...cardBase,
    kind: z.literal('welcome'),
    timeText: ShortText(100),
    agenda: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
    wifi: ShortText(64),
    /** Show the residents' join QR (once residents' phones can join). */
    showJoinQr: z.boolean().default(true),
  }),
  z.object({
    ...cardBase,
    kind: z.literal('figure'),
    label: ShortText(100),
    figure: FigureSource,
    comparison: FigureComparison.default({ kind: 'none', value: null, label: '' }),
    /** Where the figure comes from, e.g. "12345 热线工单". */
    sourceNote: ShortText(100),
  }),
  z.object({
    ...cardBase,
    kind: z.literal('chart'),
    chartType: ChartType.default('bar'),
    data: ChartData,
  }),
  z.object({
    ...cardBase,
    kind: z.literal('case'),
    body: ShortText(500),
    before: CasePhoto.default({ mediaId: null, caption: '' }),
    after: CasePhoto.default({ mediaId: null, caption: '' }),
  }),
  z.object({
    ...cardBase,
    kind: z.literal('shortcoming'),
    problem: ShortText(300),
    cause: ShortText(300),
    measure: ShortText(300),
    departmentId: Id.nullable().default(null),
    deadline: LocalDate.nullable().default(null),
    /** The 重大事项 it was drafted from, if any. */
    groupId: Id.nullable().default(null),
  }),
  z.object({
    ...cardBase,
    kind: z.literal('promises'),
    /** Null: the latest earlier meeting of the same office that shares a community (or any, for a street meeting). */
    previousMeetingId: Id.nullable().default(null),
  }),
  z.object({
    ...cardBase,
    kind: z.literal('list'),
    items: z.array(ListItem).max(50).default([]),
  }),
  z.object({
    ...cardBase,
    kind: z.literal('agenda'),
    /** Planned minutes for the part this divider opens; drives the console's pacing timer. */
    plannedMinutes: z.number().int().min(1).max(600).nullable().default(null),
  }),
  z.object({
    ...cardBase,
    kind: z.literal('closing'),
    contact: ShortText(200),
    nextMeeting: ShortText(200),
    /** Encoded as a QR on the card (a web address or a WeChat account); empty: no QR. */
    qrText: ShortText(500),
  }),
]);
export type Card = z.infer<typeof Card>;
export type CardInput = z.input<typeof Card>;
export type CardOf<K extends CardKind> = Extract<Card, { kind: K }>;

export const ProjectorLayout = z.enum(['16:9', '4:3']);
export type ProjectorLayout = z.infer<typeof ProjectorLayout>;

/** How the projector frames every card; zoom is per projector window and kept there. */
export const ReportSettings = z.object({
  layout: ProjectorLayout.default('16:9'),
  showHeader: z.boolean().default(true),
  showFooter: z.boolean().default(true),
  showClock: z.boolean().default(false),
  showLogo: z.boolean().default(true),
  /** Footer text, e.g. the office's hotline; empty: the office name. */
  footerText: ShortText(100),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

/** Every switch at its default: what a new report card starts with. */
export const DEFAULT_REPORT_SETTINGS: ReportSettings = ReportSettings.parse({});

export const ReportCardDocument = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  meetingId: Id,
  cards: z.array(Card).max(MAX_CARDS, `一份成绩单最多 ${MAX_CARDS} 张卡片`),
  settings: ReportSettings.default(DEFAULT_REPORT_SETTINGS),
  /** Bumped on every save; report.save refuses a stale one so two windows never overwrite each other. */
  revision: Revision,
  updatedAt: Instant.nullable(),
});
export type ReportCardDocument = z.infer<typeof ReportCardDocument>;

/* ----- What a card shows, resolved from the data: the one input of the card component. ----- */

/** A period as months, YYYY-MM, Beijing time. */
export const MonthRange = z.object({
  from: z.string().regex(/^\d{4}-\d{2}$/),
  through: z.string().regex(/^\d{4}-\d{2}$/),
});
export type MonthRange = z.infer<typeof MonthRange>;

/** What a figure counts, so it can be said in either language: "109 件工单" / "109 work orders". */
export const DenominatorNoun = z.enum(['workOrders', 'ratedWorkOrders', 'items', 'tasks', 'text']);
export type DenominatorNoun = z.infer<typeof DenominatorNoun>;

export const FigureValue = z.discriminatedUnion('kind', [
  /** No data for it: "—", never 0. */
  z.object({ kind: z.literal('missing') }),
  /** A rate with enough cases: "93.6%", with "102 / 109". */
  z.object({ kind: z.literal('rate'), num: z.number().int(), den: z.number().int().positive() }),
  /** Too few cases for a percentage: the count only, "7 / 9". */
  z.object({ kind: z.literal('smallRate'), num: z.number().int(), den: z.number().int().positive() }),
  z.object({ kind: z.literal('count'), value: z.number().int().min(0) }),
  /** Year on year: 261 → 138, −47.1%; `previous` 0 has no percentage. */
  z.object({
    kind: z.literal('change'),
    previous: z.number().int().min(0),
    current: z.number().int().min(0),
  }),
  z.object({ kind: z.literal('manual'), value: z.number().finite() }),
]);
export type FigureValue = z.infer<typeof FigureValue>;

const viewBase = {
  id: Id,
  title: z.string(),
  hidden: z.boolean(),
  notes: z.string(),
  /** The agenda part the card belongs to (its index among the visible dividers), or null before any. */
  part: z.number().int().min(0).nullable(),
};

export const ChartSeriesView = z.object({ name: z.string(), values: z.array(z.number().nullable()) });

/** Where a promise stands: its follow-up item's state, or overdue while it is open past its deadline. */
export const PromiseStatus = z.enum([...FollowUpState.options, 'overdue']);
export type PromiseStatus = z.infer<typeof PromiseStatus>;

export const CardView = z.discriminatedUnion('kind', [
  z.object({ ...viewBase, kind: z.literal('cover'), subtitle: z.string(), dateText: z.string() }),
  z.object({
    ...viewBase,
    kind: z.literal('welcome'),
    timeText: z.string(),
    venue: z.string(),
    agenda: z.array(z.string()),
    wifi: z.string(),
    /** The residents' join address, once phones can join; null hides the QR. */
    joinUrl: z.string().nullable(),
  }),
  z.object({
    ...viewBase,
    kind: z.literal('figure'),
    label: z.string(),
    value: FigureValue,
    unit: z.string(),
    noun: DenominatorNoun,
    /** The typed denominator text of a manual figure (noun 'text'). */
    denominatorText: z.string(),
    period: MonthRange.nullable(),
    periodText: z.string(),
    comparison: z
      .object({ kind: z.enum(['previous', 'target']), value: z.number(), label: z.string() })
      .nullable(),
    sourceNote: z.string(),
    /** Typed by hand, not computed: marked as such on the card. */
    manual: z.boolean(),
    /** opinions.list `figure` for the rows behind it; null for manual figures. */
    trace: OpinionFigure.nullable(),
  }),
  z.object({
    ...viewBase,
    kind: z.literal('chart'),
    chartType: ChartType,
    labels: z.array(z.string()),
    series: z.array(ChartSeriesView),
    unit: z.string(),
    /** Sum of the counted rows and the period, for the caption; null total for a typed table. */
    total: z.number().int().min(0).nullable(),
    noun: DenominatorNoun,
    denominatorText: z.string(),
    period: MonthRange.nullable(),
    periodText: z.string(),
    /** No data behind it (e.g. no imported sheet): the card says so instead of drawing empty axes. */
    empty: z.boolean(),
    /** A year-on-year chart: the year compared with and its total over the same stretch. */
    yearOnYear: z
      .object({ previousYear: z.number().int(), previousTotal: z.number().int().min(0) })
      .optional(),
  }),
  z.object({
    ...viewBase,
    kind: z.literal('case'),
    body: z.string(),
    before: CasePhoto,
    after: CasePhoto,
  }),
  z.object({
    ...viewBase,
    kind: z.literal('shortcoming'),
    problem: z.string(),
    cause: z.string(),
    measure: z.string(),
    department: z.string(),
    deadline: LocalDate.nullable(),
  }),
  z.object({
    ...viewBase,
    kind: z.literal('promises'),
    previous: z.object({ id: Id, title: z.string(), startsAt: Instant }).nullable(),
    items: z.array(
      z.object({
        text: z.string(),
        listType: ListType,
        department: z.string(),
        deadline: LocalDate.nullable(),
        status: PromiseStatus,
      }),
    ),
    /** Every commitment of the previous meeting, the shown ones being at most MAX_CARD_ROWS. */
    total: z.number().int().min(0),
    /** Those whose follow-up is 已解决: never partly solved or closed unsolved. */
    done: z.number().int().min(0),
    /** The day the statuses are of (Beijing date): the period the count is of. */
    asOf: LocalDate,
  }),
  z.object({ ...viewBase, kind: z.literal('list'), items: z.array(ListItem) }),
  z.object({ ...viewBase, kind: z.literal('agenda'), plannedMinutes: z.number().int().nullable() }),
  z.object({
    ...viewBase,
    kind: z.literal('closing'),
    contact: z.string(),
    nextMeeting: z.string(),
    qrText: z.string(),
  }),
]);
export type CardView = z.infer<typeof CardView>;
export type CardViewOf<K extends CardKind> = Extract<CardView, { kind: K }>;

/** Everything the card component needs to draw a whole report, in builder, console and projector. */
export const ReportView = z.object({
  meetingId: Id,
  meetingTitle: z.string(),
  officeName: z.string(),
  settings: ReportSettings,
  cards: z.array(CardView),
  revision: Revision,
});
export type ReportView = z.infer<typeof ReportView>;

/* ----- The live presentation: which card the hall sees. Kept by the services, not stored. ----- */

export const BlankScreen = z.enum(['none', 'black', 'white']);
export type BlankScreen = z.infer<typeof BlankScreen>;

/* ----- Live overlays (现场): over the report card, switched from the console ----- */

export const OverlayKind = z.enum(['question', 'countdown', 'commitment', 'join']);
export type OverlayKind = z.infer<typeof OverlayKind>;

export const Overlays = z.object({
  question: z.boolean(),
  countdown: z.boolean(),
  commitment: z.boolean(),
  /** The join QR with the Wi-Fi name; shown once residents' phones can join. */
  join: z.boolean(),
});
export type Overlays = z.infer<typeof Overlays>;
export const NO_OVERLAYS: Overlays = { question: false, countdown: false, commitment: false, join: false };

/** 提问记录 (moderation record), 群众打分 results, 会议小结. */
/** `vote`: the 差额票决 named by `voteId`, its candidates and, once closed, its result. */
export const LivePanel = z.enum(['none', 'moderation', 'scores', 'summary', 'vote']);
export type LivePanel = z.infer<typeof LivePanel>;

/** The speaker countdown, per answer. Running while `runningSince` is set. */
export const Countdown = z.object({
  /** The time each answer gets. */
  seconds: z.number().int().min(10).max(3600),
  runningSince: Instant.nullable(),
  /** Time already used before the last pause, in ms. */
  usedMs: z.number().int().min(0),
  /** Play a short tone at zero (on the projector). */
  sound: z.boolean(),
});
export type Countdown = z.infer<typeof Countdown>;
export const DEFAULT_ANSWER_SECONDS = 180;
export const IDLE_COUNTDOWN: Countdown = {
  seconds: DEFAULT_ANSWER_SECONDS,
  runningSince: null,
  usedMs: 0,
  sound: false,
};

export const PresentationState = z.object({
  meetingId: Id,
  /** False before F5 and after Esc: the projector shows the neutral screen. */
  running: z.boolean(),
  /** The shown card; null when the report has no visible card. */
  cardId: Id.nullable(),
  /** Its position among the visible cards (0-based). */
  index: z.number().int().min(0),
  blank: BlankScreen,
  startedAt: Instant.nullable(),
  /** When the current agenda part began, for the console's pacing timer. */
  partStartedAt: Instant.nullable(),
  /** Increases with every change, so a window can drop an older state that arrives late. */
  seq: z.number().int().min(0),
  /** What shows over whatever card is up; several at once, each switched with one key. */
  overlays: Overlays.default(NO_OVERLAYS),
  /** A full-screen live panel in place of the card, or none. */
  panel: LivePanel.default('none'),
  countdown: Countdown.default(IDLE_COUNTDOWN),
  /** The commitment the commitment overlay shows; set when one is made. */
  commitmentId: Id.nullable().default(null),
  /** The project vote the `vote` panel shows. */
  voteId: Id.nullable().default(null),
});
export type PresentationState = z.infer<typeof PresentationState>;

export const PresentationAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('next') }),
  z.object({ kind: z.literal('previous') }),
  z.object({ kind: z.literal('first') }),
  z.object({ kind: z.literal('last') }),
  /** Jump to a visible card by position (number + Enter is 1-based; this is 0-based). */
  z.object({ kind: z.literal('goTo'), index: z.number().int().min(0) }),
  z.object({ kind: z.literal('goToCard'), cardId: Id }),
  /** B / W / . toggle; the same key again goes back. */
  z.object({ kind: z.literal('blank'), blank: BlankScreen }),
  /** F5 (fromCurrent false) or Shift+F5. */
  z.object({ kind: z.literal('start'), fromCurrent: z.boolean() }),
  /** Esc. */
  z.object({ kind: z.literal('stop') }),
  /** Switches one overlay; `on` absent toggles it. */
  z.object({ kind: z.literal('overlay'), overlay: OverlayKind, on: z.boolean().optional() }),
  /** Shows a full-screen live panel; the same panel again (or 'none') goes back to the card. */
  z.object({ kind: z.literal('panel'), panel: LivePanel }),
  /** Puts a project vote on the projector (its panel); `voteId: null` takes it off. */
  z.object({ kind: z.literal('showVote'), voteId: Id.nullable() }),
  z.object({ kind: z.literal('countdownStart') }),
  z.object({ kind: z.literal('countdownPause') }),
  /** Back to the full time, stopped. */
  z.object({ kind: z.literal('countdownReset') }),
  z.object({
    kind: z.literal('countdownSet'),
    seconds: z.number().int().min(10).max(3600),
    sound: z.boolean().optional(),
  }),
  /** Which commitment the commitment overlay shows (and switches it on). */
  z.object({ kind: z.literal('showCommitment'), commitmentId: Id }),
]);
export type PresentationAction = z.infer<typeof PresentationAction>;

/** A display the projector window can be put on (Electron only; host mode lists none). */
export const DisplayInfo = z.object({
  id: z.number().int(),
  label: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  primary: z.boolean(),
});
export type DisplayInfo = z.infer<typeof DisplayInfo>;

export const MediaInfo = z.object({
  mediaId: Id,
  mime: z.enum(['image/jpeg', 'image/png']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
export type MediaInfo = z.infer<typeof MediaInfo>;

export const ReportTemplate = z.enum(['standard', 'short']);
export type ReportTemplate = z.infer<typeof ReportTemplate>;
