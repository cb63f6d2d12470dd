import {
  FOLLOW_UP_SCHEMA_VERSION,
  FollowUpAction,
  FollowUpItem,
  type ListType,
  type MeetingDocument,
} from '../../shared/domain';
import { applyAction, type ActContext } from '../../shared/logic/follow-up/workflow';
import { itemOfCommitment, itemOfReferral } from '../services/follow-up-sources';
import { followDocName, meetingDocName } from '../storage/documents';
import type { ServiceContext } from '../services/service-context';
import { PARKING_COMMITMENTS } from './sample-commitments';
import { PARKING_QUESTIONS } from './sample-question-texts';

/**
 * The parking meeting's 跟踪 half-way through, as it stood at the start of March 2025: one item per
 * commitment, two referred questions and one item entered by hand, between them in every state.
 * Each step is a real workflow action on its Beijing date, so the histories are what the console
 * would have written and the figures come out of them, not out of a table of states.
 */

const OPERATOR = '工作人员';

/** A step: its Beijing date (and time, for two on one day) and the action the operator took. */
type Step = [day: string, action: FollowUpAction, time?: string];

interface Planned {
  steps: Step[];
}

const COMMITMENT_PLANS: Record<string, Planned> = {
  fireLane: {
    steps: [
      ['2024-12-02', { kind: 'start', note: '完成现场勘查，确定施划范围' }],
      [
        '2024-12-12',
        {
          kind: 'reply',
          date: '2024-12-12',
          text: '5 号楼至 8 号楼之间消防通道两侧施划禁停黄线 320 米，安装隔离桩 46 根，执法队夜间巡查两周。',
        },
      ],
      ['2024-12-19', { kind: 'no_answer', note: '回访电话无人接听' }],
      [
        '2024-12-20',
        {
          kind: 'evaluate',
          verdict: 'satisfied',
          channel: 'callback',
          end: 'solved',
          note: '居民表示晚上消防通道已经没有车停了',
        },
      ],
    ],
  },
  sharedParking: {
    steps: [
      ['2024-12-20', { kind: 'start', note: '已与方庄购物中心达成意向' }],
      // Reported on the deadline day itself: on time.
      [
        '2025-01-31',
        {
          kind: 'reply',
          date: '2025-01-31',
          text: '与方庄购物中心、方庄体育公园签订错时共享停车协议，每晚 19 时至次日 8 时向居民开放车位 126 个。',
        },
      ],
      [
        '2025-02-12',
        {
          kind: 'evaluate',
          verdict: 'basically_satisfied',
          channel: 'visit',
          end: 'solved',
          note: '居民代表认为车位够用，希望周末延长开放时间',
        },
      ],
    ],
  },
  zombieCars: {
    steps: [
      ['2024-12-10', { kind: 'start', note: '张贴告知书 23 份，限期车主自行挪走' }],
      [
        '2024-12-28',
        { kind: 'reply', date: '2024-12-28', text: '清理长期停放车辆 19 辆，其余车主接到告知后自行挪走。' },
      ],
      [
        '2025-01-06',
        {
          kind: 'evaluate',
          verdict: 'dissatisfied',
          channel: 'visit',
          note: '居民反映 12 号楼北侧仍有 3 辆无牌车未清理，落满灰尘占着车位',
        },
      ],
    ],
  },
  nightBays: {
    steps: [['2025-01-15', { kind: 'start', note: '施划方案已报区交通委审核' }]],
  },
  parkingGarage: {
    steps: [
      ['2025-01-10', { kind: 'start', note: '开展选址论证，入户征询居民意见' }],
      ['2025-02-20', { kind: 'milestone', milestoneId: '#0', doneOn: '2025-02-20' }],
    ],
  },
  parkingCouncil: {
    steps: [
      ['2024-12-02', { kind: 'start', note: '三个社区分别推选议事小组成员' }],
      ['2024-12-26', { kind: 'milestone', milestoneId: '#0', doneOn: '2024-12-26' }],
    ],
  },
  flyingWires: {
    steps: [
      ['2024-11-25', { kind: 'start', note: '联合市场监管所逐楼排查' }],
      [
        '2024-12-18',
        {
          kind: 'reply',
          date: '2024-12-18',
          text: '排查 214 处，整改 37 处，新增集中充电桩 40 个；另有 9 处老旧楼线路需供电部门改造，已列入明年计划。',
        },
      ],
      [
        '2025-01-10',
        {
          kind: 'evaluate',
          verdict: 'basically_satisfied',
          channel: 'visit',
          end: 'partly_solved',
          note: '居民代表评议：大部分楼门已整改，老旧楼线路尚未改造',
        },
      ],
    ],
  },
};

const REFERRAL_PLANS: Record<string, Planned> = {
  schoolRun: {
    steps: [
      ['2024-11-28', { kind: 'start', note: '会同方庄小学现场勘查' }],
      [
        '2024-12-09',
        {
          kind: 'reply',
          date: '2024-12-09',
          text: '在方庄小学东门设置临时停靠区，施划 8 个限时泊位，上下学时段开放，交警早高峰现场疏导。',
        },
      ],
    ],
  },
  cameras: {
    steps: [
      ['2024-12-05', { kind: 'start', note: '核算安装位置和费用' }],
      [
        '2024-12-30',
        {
          kind: 'close_unsolved',
          reason:
            '经核算需新增摄像头 24 个、费用约 18 万元，本年度资金无法落实；已报 2025 年街道预算，批复后另行办理。',
        },
      ],
    ],
  },
  // Referred at the close and not yet taken up: still 已交办, past its written-answer date.
  repairs: { steps: [] },
};

const MANUAL = {
  title: '芳城园二区地下车库入口照明损坏，夜间进出车辆看不清',
  listType: 'immediate' as ListType,
  department: '城市管理办公室',
  owner: '城市管理办公室 王磊',
  deadline: '2024-12-06',
  createdOn: '2024-11-28',
  steps: [
    ['2024-11-29', { kind: 'start', note: '联系物业核实损坏灯具' }],
    [
      '2024-12-04',
      { kind: 'reply', date: '2024-12-04', text: '更换车库入口及坡道照明灯 12 盏，加装感应灯 4 盏。' },
    ],
    [
      '2024-12-09',
      { kind: 'evaluate', verdict: 'satisfied', channel: 'visit', end: 'solved', note: '居民代表现场查看' },
    ],
  ] satisfies Step[],
};

const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;

function play(ctx: ServiceContext, start: FollowUpItem, steps: readonly Step[]): FollowUpItem {
  let item = start;
  for (const [day, input, time] of steps) {
    const action = FollowUpAction.parse(
      input.kind === 'milestone' && input.milestoneId.startsWith('#')
        ? { ...input, milestoneId: item.milestones[Number(input.milestoneId.slice(1))]?.id ?? '' }
        : input,
    );
    const c: ActContext = { at: at(day, time), by: OPERATOR, newId: ctx.newId, today: day };
    const outcome = applyAction(item, action, c);
    if (!outcome.ok)
      throw new Error(`sample follow-up ${item.title}: ${action.kind} on ${day}: ${outcome.message}`);
    item = outcome.item;
  }
  return item;
}

/** The items of the held parking meeting, each played through its steps. */
export function sampleFollowUpItems(
  ctx: ServiceContext,
  doc: MeetingDocument,
  departmentId: (name: string) => string | null,
): FollowUpItem[] {
  const meetingId = doc.meeting.id;
  // Items are made when the meeting closes, as live.close makes them.
  const start = { meetingId, at: doc.closing?.closedAt ?? doc.meeting.startsAt, by: OPERATOR };
  const questionById = new Map(doc.questions.map((q) => [q.id, q]));
  const items: FollowUpItem[] = [];
  for (const template of PARKING_COMMITMENTS) {
    const commitment = doc.commitments.find((c) => c.text === template.text);
    const plan = COMMITMENT_PLANS[template.key];
    if (!commitment || !plan) continue;
    const question = commitment.questionId ? (questionById.get(commitment.questionId) ?? null) : null;
    items.push(play(ctx, itemOfCommitment(ctx, start, commitment, question), plan.steps));
  }
  for (const [key, plan] of Object.entries(REFERRAL_PLANS)) {
    const text = PARKING_QUESTIONS.find((q) => q.key === key)?.text;
    const question = doc.questions.find((q) => q.text === text && q.referral !== null);
    if (!question) continue;
    items.push(play(ctx, itemOfReferral(ctx, start, question), plan.steps));
  }
  const lead = departmentId(MANUAL.department);
  if (lead) {
    const manual = FollowUpItem.parse({
      id: ctx.newId('f'),
      meetingId,
      source: { kind: 'manual' },
      title: MANUAL.title,
      listType: MANUAL.listType,
      leadDepartmentId: lead,
      owner: MANUAL.owner,
      deadline: MANUAL.deadline,
      state: 'assigned',
      createdAt: at(MANUAL.createdOn, '15:00:00'),
      createdBy: OPERATOR,
      history: [
        {
          at: at(MANUAL.createdOn, '15:00:00'),
          by: OPERATOR,
          kind: 'created',
          to: 'assigned',
          note: '居民来电反映，工作人员录入',
        },
      ],
    });
    items.push(play(ctx, manual, MANUAL.steps));
  }
  return items;
}

/** Gives the held parking meeting its follow-up document; returns how many items it holds. */
export async function installSampleFollowUps(
  ctx: ServiceContext,
  meetingId: string,
  departmentId: (name: string) => string | null,
): Promise<number> {
  const doc = ctx.repo.get(meetingDocName(meetingId));
  if (!doc) throw new Error(`sample meeting ${meetingId} is missing`);
  const items = sampleFollowUpItems(ctx, doc, departmentId);
  await ctx.repo.update(followDocName(meetingId), () => ({
    schemaVersion: FOLLOW_UP_SCHEMA_VERSION,
    meetingId,
    items,
    communityRatings: [],
    // Put up on the notice boards five days after the meeting, as the office's rule says.
    noticePublishedAt: '2024-11-25T10:00:00+08:00',
  }));
  ctx.events.emit('followUps.changed', { meetingId });
  return items.length;
}
