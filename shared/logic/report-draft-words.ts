import type { Language, RateColumn } from '../domain';

/** The titles and notes a drafted or templated report card starts with, in the meeting's language. */
export interface DraftWords {
  partRecord: string;
  partShortcomings: string;
  partQuestions: string;
  welcome: string;
  total: string;
  rates: Record<'resolutionRate' | 'closedRate' | 'responseRate' | 'satisfiedRate', string>;
  topShare: (names: readonly string[]) => string;
  byCategory: string;
  byMonth: string;
  yearOnYearFigure: string;
  yearOnYearChart: string;
  majorItems: string;
  tasksByTerm: string;
  shortcoming: string;
  promises: string;
  closing: string;
  contact: (phone: string) => string;
  placeholderFigure: string;
  placeholderNotes: string;
  tableChart: string;
  tableColumn: string;
  caseStudy: string;
  remedyList: string;
  sourceNote: string;
  /** "本表没有满意度列，未生成满意率": a rate left out is said, not silently dropped. */
  missingRate: (column: RateColumn, rate: string) => string;
  /** A column there, but every row of it unrated: still no rate, and said so. */
  nothingRated: (rate: string) => string;
  noYearOnYear: string;
  unresolvedNote: string;
  dateFormat: string;
  timeFormat: string;
}

const COLUMNS_ZH: Record<RateColumn, string> = {
  resolved: '解决情况',
  closed: '办理状态',
  responded: '响应',
  satisfaction: '满意度',
};

const ZH: DraftWords = {
  partRecord: '亮家底',
  partShortcomings: '亮短板',
  partQuestions: '现场问答',
  welcome: '欢迎参加',
  total: '受理工单总量',
  rates: { resolutionRate: '解决率', closedRate: '办结率', responseRate: '响应率', satisfiedRate: '满意率' },
  topShare: (names) => `${names.join('、')}占比`,
  byCategory: '工单按问题分类',
  byMonth: '每月工单量',
  yearOnYearFigure: '工单量同比',
  yearOnYearChart: '各类问题同比',
  majorItems: '重大事项清单',
  tasksByTerm: '民生任务库：近期、中期、远期目标',
  shortcoming: '短板与整改措施',
  promises: '上次我们承诺的',
  closing: '谢谢大家',
  contact: (phone) => `咨询电话：${phone}`,
  placeholderFigure: '请填写一项成绩',
  placeholderNotes: '没有导入工单数据：请填写数字，并写明分母（共多少件）和时段。',
  tableChart: '数据图表',
  tableColumn: '数量',
  caseStudy: '典型案例',
  remedyList: '整改清单',
  sourceNote: '导入的工单数据',
  missingRate: (column, rate) => `本表没有${COLUMNS_ZH[column]}列，未生成${rate}`,
  nothingRated: (rate) => `有满意度列，但没有一条已评价，未生成${rate}`,
  noYearOnYear: '没有上一年同期的数据，未生成同比',
  unresolvedNote: '请填写原因、整改措施和完成时限。',
  dateFormat: 'YYYY 年 M 月 D 日',
  timeFormat: 'YYYY 年 M 月 D 日 HH:mm',
};

const COLUMNS_EN: Record<RateColumn, string> = {
  resolved: 'resolved',
  closed: 'handling status',
  responded: 'response',
  satisfaction: 'satisfaction',
};

const EN: DraftWords = {
  partRecord: 'What we achieved',
  partShortcomings: 'What is not done yet',
  partQuestions: 'Questions from the floor',
  welcome: 'Welcome',
  total: 'Work orders received',
  rates: {
    resolutionRate: 'Resolution rate',
    closedRate: 'Closure rate',
    responseRate: 'Response rate',
    satisfiedRate: 'Satisfaction rate',
  },
  topShare: (names) => `Share of ${names.join(', ')}`,
  byCategory: 'Work orders by category',
  byMonth: 'Work orders by month',
  yearOnYearFigure: 'Work orders, year on year',
  yearOnYearChart: 'Categories, year on year',
  majorItems: 'Major items',
  tasksByTerm: 'Task library: near, mid and long term',
  shortcoming: 'A shortcoming and its remedy',
  promises: 'What we promised last time',
  closing: 'Thank you',
  contact: (phone) => `Contact: ${phone}`,
  placeholderFigure: 'Type a figure here',
  placeholderNotes:
    'No work orders imported: type the figure, what it is out of (how many cases) and its period.',
  tableChart: 'Chart',
  tableColumn: 'Count',
  caseStudy: 'A case',
  remedyList: 'Remedy list',
  sourceNote: 'Imported work orders',
  missingRate: (column, rate) => `The sheet has no ${COLUMNS_EN[column]} column, so no ${rate.toLowerCase()}`,
  nothingRated: (rate) => `The satisfaction column has no rated row, so no ${rate.toLowerCase()}`,
  noYearOnYear: 'No data for the same stretch last year, so no year-on-year figure',
  unresolvedNote: 'Fill in the cause, the remedy and the deadline.',
  dateFormat: 'YYYY-MM-DD',
  timeFormat: 'YYYY-MM-DD HH:mm',
};

export function draftWords(language: Language): DraftWords {
  return language === 'zh-CN' ? ZH : EN;
}
