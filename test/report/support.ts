import {
  DEFAULT_FOLLOW_UP_SETTINGS,
  END_STATES,
  FollowUpItem,
  type FollowUpState,
} from '../../shared/domain';
import type {
  Card,
  CardView,
  Commitment,
  Meeting,
  Office,
  Opinion,
  OpinionGroup,
  ReportCardDocument,
} from '../../shared/domain';
import { summarizeOpinions, yearOnYear } from '../../shared/logic/opinion-analysis';
import type { HasColumn } from '../../shared/logic/rate-columns';
import { buildReportView, type ReportViewInput } from '../../shared/logic/report-view';
import { FIGURE_109 } from '../fixtures/make-fixtures';

/** Builders for the report card's tests: an office, a meeting, opinions and the view over them. */

export const OFFICE: Office = {
  schemaVersion: 1,
  profile: { name: '方庄街道', kind: 'street', district: '丰台区', address: '', phone: '010-67671234' },
  communities: [],
  flaggedWords: [],
  followUp: DEFAULT_FOLLOW_UP_SETTINGS,
  departments: [
    { id: 'd-city', name: '城管科', kind: 'section', contact: { person: '', phone: '' } },
    { id: 'd-prop', name: '物业管理中心', kind: 'district', contact: { person: '', phone: '' } },
  ],
};

export const MEETING: Meeting = {
  id: 'm-2025',
  title: '方庄街道 2025 年向群众报告工作会',
  level: 'street',
  startsAt: '2025-07-10T14:30:00+08:00',
  venue: '方庄街道市民活动中心',
  communityIds: [],
  status: 'scheduled',
  notes: '',
  createdAt: '2025-06-01T09:00:00+08:00',
  updatedAt: '2025-06-01T09:00:00+08:00',
  revision: 1,
};

export const PREVIOUS_MEETING: Meeting = {
  ...MEETING,
  id: 'm-2024',
  title: '方庄街道 2024 年向群众报告工作会',
  startsAt: '2024-07-12T14:30:00+08:00',
};

export const ALL_COLUMNS: HasColumn = () => true;
export const withoutColumn =
  (missing: string): HasColumn =>
  (_o, column) =>
    column !== missing;

let serial = 0;
export function opinion(p: Partial<Opinion> = {}): Opinion {
  serial += 1;
  return {
    id: `o${serial}`,
    workOrderNo: `2025${String(serial).padStart(12, '0')}`,
    channel: 'hotline12345',
    category: '物业管理',
    content: '楼道堆放杂物无人清理',
    communityName: '芳群园第一社区',
    communityId: null,
    receivedAt: '2025-03-05T09:00:00+08:00',
    resolved: true,
    closed: true,
    responded: true,
    satisfaction: 'satisfied',
    residentName: '张桂兰',
    residentPhone: '13812341000',
    importId: null,
    ...p,
  };
}

const expand = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts).flatMap(([name, n]) => Array.from({ length: n }, () => name));

const SATISFACTION_OF: Record<string, Opinion['satisfaction']> = {
  满意: 'satisfied',
  基本满意: 'basicallySatisfied',
  不满意: 'dissatisfied',
  未评价: 'unrated',
};

/** The articles' 109 work orders (FIGURE_109): 102 resolved, 2025-01 to 2025-03. */
export function figure109Opinions(): Opinion[] {
  const categories = expand(FIGURE_109.categories);
  const ratings = expand(FIGURE_109.satisfaction);
  return Array.from({ length: 109 }, (_, i) => {
    const month = 1 + (i % 3);
    return opinion({
      category: categories[i]!,
      receivedAt: `2025-0${month}-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00+08:00`,
      resolved: !(FIGURE_109.unresolvedRows as readonly number[]).includes(i),
      satisfaction: SATISFACTION_OF[ratings[(i * 53) % 109]!]!,
    });
  });
}

export function many(n: number, p: Partial<Opinion>): Opinion[] {
  return Array.from({ length: n }, () => opinion(p));
}

export function group(p: Partial<OpinionGroup> & Pick<OpinionGroup, 'id' | 'kind' | 'title'>): OpinionGroup {
  return {
    departmentId: null,
    listType: 'immediate',
    term: p.kind === 'task' ? 'near' : null,
    opinionIds: [],
    note: '',
    createdAt: '2025-06-01T09:00:00+08:00',
    ...p,
  };
}

export function commitment(p: Partial<Commitment> & Pick<Commitment, 'id' | 'text'>): Commitment {
  return {
    questionId: null,
    listType: 'deadline',
    leadDepartmentId: 'd-city',
    coDepartmentIds: [],
    owner: '',
    milestones: [],
    createdBy: '',
    changes: [],
    revision: 1,
    deadline: null,
    createdAt: '2024-07-12T15:00:00+08:00',
    ...p,
  };
}

export function reportOf(cards: Card[]): ReportCardDocument {
  return {
    schemaVersion: 1,
    meetingId: MEETING.id,
    cards,
    settings: {
      layout: '16:9',
      showHeader: true,
      showFooter: true,
      showClock: false,
      showLogo: true,
      footerText: '',
    },
    revision: 3,
    updatedAt: null,
  };
}

export interface Data {
  opinions?: readonly Opinion[];
  has?: HasColumn;
  groups?: readonly OpinionGroup[];
  previous?: ReportViewInput['previous'];
  language?: ReportViewInput['language'];
  today?: string;
}

/** The view input the services would build for these opinions. */
export function viewInput(cards: Card[], data: Data = {}): ReportViewInput {
  const opinions = data.opinions ?? [];
  return {
    meeting: MEETING,
    office: OFFICE,
    report: reportOf(cards),
    summary: opinions.length > 0 ? summarizeOpinions(opinions, data.has ?? ALL_COLUMNS) : null,
    yearOnYear: opinions.length > 0 ? yearOnYear(opinions) : null,
    groups: data.groups ?? [],
    previous: data.previous ?? null,
    today: data.today ?? '2025-07-01',
    language: data.language ?? 'zh-CN',
    joinUrl: null,
  };
}

/**
 * The follow-up item that carries a commitment, in `state`; a replied or ended one rests on a reply of
 * `repliedOn`. Built as stored, so a test of what reads items does not depend on the workflow.
 */
export function followUpOf(
  c: Commitment,
  state: FollowUpState,
  p: { repliedOn?: string; deadline?: string | null; meetingId?: string } = {},
): FollowUpItem {
  const repliedOn = p.repliedOn ?? '2024-08-01';
  const replied = state === 'replied' || END_STATES.includes(state);
  const ended = END_STATES.includes(state);
  const at = `${repliedOn}T10:00:00+08:00`;
  return FollowUpItem.parse({
    id: `f-${c.id}`,
    meetingId: p.meetingId ?? PREVIOUS_MEETING.id,
    source: { kind: 'commitment', commitmentId: c.id, questionId: c.questionId },
    title: c.text,
    listType: c.listType,
    leadDepartmentId: c.leadDepartmentId,
    coDepartmentIds: c.coDepartmentIds,
    deadline: p.deadline === undefined ? c.deadline : p.deadline,
    state,
    replies: replied ? [{ id: `r-${c.id}`, date: repliedOn, text: '已办理', at, by: '工作人员' }] : [],
    verdicts: ended ? [{ at, by: '工作人员', verdict: 'satisfied', channel: 'visit' }] : [],
    closedAt: ended ? at : null,
    createdAt: c.createdAt,
    createdBy: '工作人员',
  });
}

export function viewOf(cards: Card[], data: Data = {}): CardView[] {
  return buildReportView(viewInput(cards, data)).cards;
}

/** The one card's view, narrowed to its kind. */
export function onlyView<K extends CardView['kind']>(
  kind: K,
  card: Card,
  data: Data = {},
): Extract<CardView, { kind: K }> {
  const [view] = viewOf([card], data);
  if (view?.kind !== kind) throw new Error(`expected a ${kind} view, got ${view?.kind}`);
  return view as Extract<CardView, { kind: K }>;
}

export const counter = () => {
  let n = 0;
  return () => `c${++n}`;
};
