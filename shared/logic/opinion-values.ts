import type { OpinionChannel, Satisfaction } from '../domain/opinion';
import { shanghaiWallClockToIso, toShanghaiIso } from './shanghai-time';
import { normalizeKey } from './text-normalize';

/** How channels are named on cards, in summaries and in the CLI's JSON. */
export const CHANNEL_LABELS: Record<OpinionChannel, string> = {
  hotline12345: '12345',
  hotline6555: '6555',
  serviceStation: '服务站',
  wechat: '公众号',
  homeVisit: '入户',
  grid: '网格',
  mailbox: '意见箱',
  onSite: '现场',
};

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
  unrated: '未评价',
};

/** Checked in order: the first keyword found in the cell decides (12345 before the generic 热线). */
const CHANNEL_KEYWORDS: ReadonlyArray<readonly [string, OpinionChannel]> = [
  ['12345', 'hotline12345'],
  ['接诉即办', 'hotline12345'],
  ['市民热线', 'hotline12345'],
  ['市民服务热线', 'hotline12345'],
  ['6555', 'hotline6555'],
  ['服务站', 'serviceStation'],
  ['居委会', 'serviceStation'],
  ['公众号', 'wechat'],
  ['民意集智', 'wechat'],
  ['微信', 'wechat'],
  ['入户', 'homeVisit'],
  ['走访', 'homeVisit'],
  ['网格', 'grid'],
  ['意见箱', 'mailbox'],
  ['信箱', 'mailbox'],
  ['现场', 'onSite'],
  ['报告会', 'onSite'],
  ['座谈', 'onSite'],
];

const CHANNEL_CODES = new Map<string, OpinionChannel>(
  (Object.keys(CHANNEL_LABELS) as OpinionChannel[]).map((c) => [c.toLowerCase(), c]),
);

/** A channel cell → the enum; undefined when the text names no known channel. */
export function parseChannel(text: string): OpinionChannel | undefined {
  const key = normalizeKey(text);
  const code = CHANNEL_CODES.get(key.toLowerCase());
  if (code) return code;
  for (const [keyword, channel] of CHANNEL_KEYWORDS) if (key.includes(keyword)) return channel;
  return undefined;
}

function wordMap(yes: readonly string[], no: readonly string[]): ReadonlyMap<string, boolean> {
  return new Map<string, boolean>([
    ...yes.map((w) => [w, true] as const),
    ...no.map((w) => [w, false] as const),
  ]);
}

const YES = ['是', 'yes', 'y', 'true', '1', '√', '✓', '✔'];
const NO = ['否', 'no', 'n', 'false', '0', '×', '✗'];

// 已办结 is missing on purpose: a closed case may be unsolved, and in a 解决情况 column it says nothing
// about the problem (parseResolved leaves it for the caller to report).
const RESOLVED_WORDS = wordMap(
  [...YES, '已解决', '解决', '已处理', '已落实', '已整改', '已完成', '完成'],
  [
    ...NO,
    '未解决',
    '没解决',
    '不解决',
    '部分解决',
    '无法解决',
    '办理中',
    '处理中',
    '正在办理',
    '正在处理',
    '未完成',
    '待处理',
    '待办理',
    '未处理',
  ],
);

const CLOSED_WORDS = wordMap(
  [
    ...YES,
    '已办结',
    '办结',
    '已结案',
    '结案',
    '已完成',
    '完成',
    '已关闭',
    '关闭',
    '已归档',
    '归档',
    '已回访',
    '已评价',
  ],
  [
    ...NO,
    '办理中',
    '处理中',
    '正在办理',
    '正在处理',
    '未办结',
    '待办理',
    '待处理',
    '已受理',
    '受理',
    '已派单',
    '派单',
    '待派单',
    '已退回',
    '退回',
    '延期',
    '延期办理',
    '挂起',
  ],
);

const RESPONDED_WORDS = wordMap(
  [...YES, '已响应', '响应', '及时响应', '按时响应', '已联系', '已回复'],
  [...NO, '未响应', '超时响应', '超时', '未联系', '未回复'],
);

function yesNoKey(text: string): string | null {
  const key = normalizeKey(text).replace(/\s/g, '').toLowerCase();
  return key === '' || key === '-' || key === '—' || key === '/' ? null : key;
}

/**
 * A 解决情况 cell → true / false; null when blank; undefined when the text says something else
 * (the caller keeps the row and reports the value).
 */
export function parseResolved(text: string): boolean | null | undefined {
  const key = yesNoKey(text);
  return key === null ? null : RESOLVED_WORDS.get(key);
}

/** Does a 解决情况 cell state the handling status instead (已办结, 未办结)? Then the message says so. */
export function isHandlingStatusWord(text: string): boolean {
  const key = yesNoKey(text);
  return key !== null && CLOSED_WORDS.has(key) && !RESOLVED_WORDS.has(key);
}

/** A 办理状态 cell → closed or not; null when blank; undefined when the text names no status. */
export function parseClosed(text: string): boolean | null | undefined {
  const key = yesNoKey(text);
  return key === null ? null : CLOSED_WORDS.get(key);
}

/**
 * A 响应 cell → responded or not; null when blank; undefined when unreadable. A 响应时间 column holds
 * times: any time there means the resident was contacted (the caller passes dates as text).
 */
export function parseResponded(text: string): boolean | null | undefined {
  const key = yesNoKey(text);
  if (key === null) return null;
  const word = RESPONDED_WORDS.get(key);
  if (word !== undefined) return word;
  return parseDateText(text) !== undefined ? true : undefined;
}

const SATISFACTION_WORDS = new Map<string, Satisfaction>([
  ...['满意', '非常满意', '很满意', '十分满意', '是'].map((w) => [w, 'satisfied'] as const),
  ...['基本满意', '比较满意', '较满意', '一般'].map((w) => [w, 'basicallySatisfied'] as const),
  ...['不满意', '非常不满意', '很不满意', '否'].map((w) => [w, 'dissatisfied'] as const),
  ...['未评价', '未评', '不评价', '无评价', '未回访', '无', '空', '-', '—', '/'].map(
    (w) => [w, 'unrated'] as const,
  ),
]);

/** A 满意度 cell → the enum; blank is unrated; undefined for text that names no rating. */
export function parseSatisfaction(text: string): Satisfaction | undefined {
  const key = normalizeKey(text).replace(/\s/g, '');
  if (key === '') return 'unrated';
  return SATISFACTION_WORDS.get(key);
}

/** A wall-clock reading in Beijing, as found in a cell. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Separators: 2025-3-5, 2025/3/5, 2025.3.5, 2025年3月5日; time 8:05, 08:05:00, 8时5分, 8点05. No nested
// quantifiers, so the patterns stay linear on any input.
const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?[\sT]*(?:(\d{1,2})\s*[:时点]\s*(\d{1,2})\s*(?:[:分]\s*(?:(\d{1,2})(?:\.\d{1,9})?\s*秒?)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2})(\d{2})(\d{2})?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validWallClock(c: WallClock): WallClock | undefined {
  if (c.year < 1900 || c.year > 2100) return undefined;
  if (c.month < 1 || c.month > 12) return undefined;
  if (c.day < 1 || c.day > daysInMonth(c.year, c.month)) return undefined;
  if (c.hour > 23 || c.minute > 59 || c.second > 59) return undefined;
  return c;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Beijing wall clock → ISO with offset. China kept +08:00 all year since 1992; earlier DST years go through tz data. */
export function wallClockToIso(c: WallClock): string {
  const local = `${c.year}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}:${two(c.second)}`;
  if (c.year >= 1992) return `${local}+08:00`;
  return shanghaiWallClockToIso(local.replace('T', ' '));
}

/** Date-like text from a cell → ISO in Asia/Shanghai; undefined when it is not a date we can read. */
export function parseDateText(text: string): string | undefined {
  const key = normalizeKey(text);
  if (key.length === 0 || key.length > 40) return undefined;
  if (WITH_OFFSET.test(key)) {
    const ms = Date.parse(key);
    return Number.isNaN(ms) ? undefined : dateToShanghaiIso(new Date(ms));
  }
  const m = DATE_TEXT.exec(key) ?? COMPACT_DATE.exec(key);
  if (!m) return undefined;
  const clock = validWallClock({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] ? Number(m[4]) : 0,
    minute: m[5] ? Number(m[5]) : 0,
    second: m[6] ? Number(m[6]) : 0,
  });
  return clock ? wallClockToIso(clock) : undefined;
}

/** A real instant (e.g. from an ISO string with Z) → ISO in Asia/Shanghai. */
export function dateToShanghaiIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 3600_000);
  const clock: WallClock = {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
  return clock.year >= 1992 ? wallClockToIso(clock) : toShanghaiIso(instant);
}

/**
 * SheetJS hands Excel dates over as a Date whose UTC fields are the wall clock the cell shows, often a
 * millisecond short (08:04:59.999); rounding to the second restores what the user typed.
 */
export function excelDateToIso(cellDate: Date): string | undefined {
  const ms = cellDate.getTime();
  if (Number.isNaN(ms)) return undefined;
  const rounded = new Date(Math.round(ms / 1000) * 1000);
  const clock = validWallClock({
    year: rounded.getUTCFullYear(),
    month: rounded.getUTCMonth() + 1,
    day: rounded.getUTCDate(),
    hour: rounded.getUTCHours(),
    minute: rounded.getUTCMinutes(),
    second: rounded.getUTCSeconds(),
  });
  return clock ? wallClockToIso(clock) : undefined;
}

/** An Excel serial day number (1900 system) in a cell without a date format → ISO, if plausibly a date. */
export function excelSerialToIso(serial: number): string | undefined {
  // 1990-01-01 .. 2100-12-31: outside that a bare number in a date column is not a date.
  if (!Number.isFinite(serial) || serial < 32874 || serial > 73415) return undefined;
  return excelDateToIso(new Date(Math.round((serial - 25569) * 86400_000)));
}
