import type { DenominatorNoun, GoalTerm, Language, ListType, OpinionChannel, PromiseStatus } from '../domain';

/**
 * The words the report card builds from data (chart labels, series names, figure wording), in both
 * languages. They live in shared/ rather than the renderer's i18n files because the services resolve
 * the same views for the projector, the PDF and the CLI, where no i18next runs.
 */
export interface ReportWords {
  other: string;
  /** A category or community whose cell was blank. */
  notGiven: string;
  /** A work order whose source did not say its channel. */
  channelUnknown: string;
  channels: Record<OpinionChannel, string>;
  listTypes: Record<ListType, string>;
  terms: Record<GoalTerm, string>;
  promiseStatus: Record<PromiseStatus, string>;
  workOrders: string;
  majorItems: string;
  tasks: string;
  /** The counter after a number on a bar: 件 / 项; empty in English. */
  unitWorkOrders: string;
  unitGroups: string;
  yearName: (year: number) => string;
}

const ZH: ReportWords = {
  other: '其他',
  notGiven: '未填写',
  channelUnknown: '未注明',
  // The same names as the 准备 screen gives them, so the card and the analysis agree.
  channels: {
    hotline12345: '12345 热线',
    hotline6555: '6555 热线',
    serviceStation: '社区服务站',
    wechat: '公众号',
    homeVisit: '入户走访',
    grid: '网格巡查',
    mailbox: '意见箱',
    onSite: '现场',
  },
  listTypes: { immediate: '立即整改', deadline: '限期办理', ongoing: '持续推进' },
  terms: { near: '近期', mid: '中期', long: '远期' },
  promiseStatus: {
    assigned: '已交办',
    in_progress: '办理中',
    replied: '已反馈',
    solved: '已解决',
    partly_solved: '部分解决',
    closed_unsolved: '已办结未解决',
    reopened: '重新办理',
    overdue: '已逾期',
  },
  workOrders: '工单数',
  majorItems: '重大事项',
  tasks: '民生任务',
  unitWorkOrders: '件',
  unitGroups: '项',
  yearName: (year) => `${year} 年`,
};

const EN: ReportWords = {
  other: 'Other',
  notGiven: 'Not given',
  channelUnknown: 'Not stated',
  channels: {
    hotline12345: '12345 hotline',
    hotline6555: '6555 hotline',
    serviceStation: 'Service station',
    wechat: 'WeChat',
    homeVisit: 'Home visit',
    grid: 'Grid patrol',
    mailbox: 'Opinion box',
    onSite: 'On site',
  },
  listTypes: { immediate: 'Fix immediately', deadline: 'By a deadline', ongoing: 'Ongoing' },
  terms: { near: 'Near term', mid: 'Mid term', long: 'Long term' },
  promiseStatus: {
    assigned: 'Assigned',
    in_progress: 'In progress',
    replied: 'Replied',
    solved: 'Solved',
    partly_solved: 'Partly solved',
    closed_unsolved: 'Closed, not solved',
    reopened: 'Reopened',
    overdue: 'Overdue',
  },
  workOrders: 'Work orders',
  majorItems: 'Major items',
  tasks: 'Tasks',
  unitWorkOrders: '',
  unitGroups: '',
  yearName: (year) => String(year),
};

export function reportWords(language: Language): ReportWords {
  return language === 'zh-CN' ? ZH : EN;
}

/** "件工单" after a number in Chinese, "work orders" in English. */
export function nounWords(noun: Exclude<DenominatorNoun, 'text'>, language: Language): string {
  const zh = {
    workOrders: '件工单',
    ratedWorkOrders: '件已评价工单',
    items: '项重大事项',
    tasks: '项民生任务',
  };
  const en = {
    workOrders: 'work orders',
    ratedWorkOrders: 'rated work orders',
    items: 'major items',
    tasks: 'tasks',
  };
  return (language === 'zh-CN' ? zh : en)[noun];
}

/** 1,250: grouped the same way on every machine, whatever its locale data. */
export function groupDigits(value: number): string {
  const [whole, decimals] = String(Math.abs(value)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '−' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}
