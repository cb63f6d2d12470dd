import type { Card, CardOf, Commitment, FollowUpStage, ListType } from '../../shared/domain';
import { meetingDocName } from '../storage/documents';
import { getOffice } from '../services/office-service';
import { readOpinionSet } from '../services/opinion-sets';
import { draftReport, emptyReport, saveReport } from '../services/report-service';
import type { ServiceContext } from '../services/service-context';

/**
 * The sample's 数字成绩单: the one-click draft of the street meeting, then the edits an operator
 * would make before the meeting (a case with captions, a shortcoming with its timetable, notes), and
 * the commitments of the earlier parking meeting so "last time we promised" has something to show.
 */

function departmentIds(ctx: ServiceContext): Map<string, string> {
  return new Map(getOffice(ctx).departments.map((d) => [d.name, d.id]));
}

function caseCard(ctx: ServiceContext): CardOf<'case'> {
  return {
    id: ctx.newId('c'),
    kind: 'case',
    title: '芳城园一区：楼下停车位从“抢”到“排”',
    hidden: false,
    notes: '先讲居民反映最多的夜间找不到车位，再讲错时共享车位的做法；照片由社区在会前补上。',
    body: '2024 年 9 月起，与周边两家单位签订错时共享协议，夜间开放 126 个车位；同期施划停车位 85 个，消防通道不再被占。',
    before: { mediaId: null, caption: '治理前：消防通道两侧停满车辆（2024 年 8 月）' },
    after: { mediaId: null, caption: '治理后：施划车位，通道畅通（2025 年 1 月）' },
  };
}

/** One of the sample's 重大事项: its drafted shortcoming card gets the operator's edits. */
const ELEVATOR_ITEM = '老旧小区加装电梯';

function shortcomingCard(
  ctx: ServiceContext,
  drafted: CardOf<'shortcoming'> | undefined,
): CardOf<'shortcoming'> {
  return {
    ...(drafted ?? { id: ctx.newId('c'), kind: 'shortcoming' as const, hidden: false, groupId: null }),
    title: drafted?.title || `亮短板：${ELEVATOR_ITEM}进度慢`,
    notes: '如实说明三处楼门未达成一致的原因，请区房管局同志补充答复。',
    problem: '已完成意向征集的 12 个楼门中，仅 5 部电梯开工，3 个楼门因低层住户意见不一未能推进。',
    cause: '低层住户担心采光和噪声，补偿办法不明确；管线改移审批时间长。',
    measure: '每个楼门召开协商会，引入第三方评估采光影响；与区房管局建立管线改移联审机制。',
    departmentId: departmentIds(ctx).get('丰台区房屋管理局') ?? drafted?.departmentId ?? null,
    deadline: '2025-10-31',
  };
}

/** The draft with the sample's hand edits; the draft's own shortcoming cards are kept. */
export function sampleReportCards(ctx: ServiceContext, meetingId: string): Card[] {
  const drafted = draftReport(ctx, meetingId).cards;
  // The hand edit fills in the elevator item's card (drafted from its group) with what the office knows.
  const elevator = readOpinionSet(ctx, meetingId).groups.find((g) => g.title === ELEVATOR_ITEM);
  const elevatorCard = drafted.find(
    (c): c is CardOf<'shortcoming'> =>
      c.kind === 'shortcoming' && elevator !== undefined && c.groupId === elevator.id,
  );
  const edited = drafted.map((card): Card => {
    if (card === elevatorCard) return shortcomingCard(ctx, card);
    if (card.kind === 'cover')
      return {
        ...card,
        notes: '开场：感谢居民代表到场，说明本次报告的数据来自 2024—2025 年 12345、6555 工单和“民意账”。',
      };
    return card;
  });
  // After the figures and before the problems, as an operator tells it: what was done, then what was not.
  const before = edited.findIndex(
    (c) => c.kind === 'shortcoming' || c.kind === 'promises' || c.kind === 'closing',
  );
  const at = before === -1 ? edited.length : before;
  const added: Card[] = [caseCard(ctx), ...(elevatorCard ? [] : [shortcomingCard(ctx, undefined)])];
  return [...edited.slice(0, at), ...added, ...edited.slice(at)];
}

export async function installSampleReport(ctx: ServiceContext, meetingId: string): Promise<number> {
  const saved = await saveReport(ctx, {
    meetingId,
    cards: sampleReportCards(ctx, meetingId),
    settings: { ...emptyReport(meetingId).settings, footerText: '方庄街道接诉即办热线 010-67625050' },
    expectedRevision: 0,
  });
  return saved.cards.length;
}

interface SampleCommitment {
  text: string;
  listType: ListType;
  department: string;
  deadline: string | null;
  /** The stages reached, each with its day and a note. */
  history: Array<{ day: string; stage: FollowUpStage; note: string }>;
  evaluation?: { satisfied: number; basicallySatisfied: number; dissatisfied: number };
}

/** What the parking meeting of 2024-11-20 promised, at the stages they had reached by March 2025. */
const PARKING_COMMITMENTS: SampleCommitment[] = [
  {
    text: '芳城园一区消防通道两侧施划禁停标线，设置隔离桩',
    listType: 'immediate',
    department: '城市管理办公室',
    deadline: '2024-12-15',
    history: [
      { day: '2024-11-21', stage: 'assigned', note: '会上交办' },
      { day: '2024-12-02', stage: 'inProgress', note: '完成现场勘查' },
      { day: '2024-12-12', stage: 'done', note: '标线与隔离桩全部完成' },
      { day: '2025-01-08', stage: 'evaluated', note: '居民代表现场评议' },
    ],
    evaluation: { satisfied: 27, basicallySatisfied: 4, dissatisfied: 1 },
  },
  {
    text: '与周边两家单位签订错时共享停车协议，夜间开放车位',
    listType: 'deadline',
    department: '城市管理办公室',
    deadline: '2025-01-31',
    history: [
      { day: '2024-11-21', stage: 'assigned', note: '会上交办' },
      { day: '2024-12-20', stage: 'inProgress', note: '已与一家单位达成意向' },
      { day: '2025-01-25', stage: 'done', note: '两份协议签订，开放 126 个车位' },
    ],
  },
  {
    text: '清理芳星园一区长期停放的“僵尸车”',
    listType: 'immediate',
    department: '综合行政执法队',
    deadline: '2024-12-31',
    history: [
      { day: '2024-11-21', stage: 'assigned', note: '会上交办' },
      { day: '2024-12-10', stage: 'inProgress', note: '张贴告知书 23 份' },
      { day: '2024-12-28', stage: 'done', note: '清理 19 辆，其余车主自行挪走' },
    ],
  },
  {
    text: '方庄路沿线增设夜间限时停车泊位',
    listType: 'deadline',
    department: '丰台区交通委员会',
    deadline: '2025-02-28',
    history: [
      { day: '2024-11-21', stage: 'assigned', note: '会上交办' },
      { day: '2025-01-15', stage: 'inProgress', note: '方案报区交通委审核' },
    ],
  },
  {
    text: '芳城园二区建设立体停车设施，缓解夜间停车难',
    listType: 'ongoing',
    department: '丰台区城市管理委员会',
    deadline: '2026-12-31',
    history: [
      { day: '2024-11-21', stage: 'assigned', note: '会上交办' },
      { day: '2025-02-20', stage: 'inProgress', note: '完成选址论证' },
    ],
  },
  {
    text: '小区停车自治管理：成立居民停车议事小组',
    listType: 'ongoing',
    department: '社区建设办公室',
    deadline: null,
    history: [{ day: '2024-11-21', stage: 'assigned', note: '会上交办' }],
  },
  {
    text: '充电桩“飞线”充电隐患排查整治',
    listType: 'immediate',
    department: '平安建设办公室',
    deadline: '2024-12-20',
    history: [
      { day: '2024-11-21', stage: 'assigned', note: '会上交办' },
      { day: '2024-12-18', stage: 'done', note: '排查 214 处，整改 37 处' },
      { day: '2025-01-10', stage: 'evaluated', note: '居民代表评议' },
    ],
    evaluation: { satisfied: 22, basicallySatisfied: 7, dissatisfied: 2 },
  },
];

/** Beijing time on the day, half past nine, like the meeting itself. */
const at = (day: string) => `${day}T09:30:00+08:00`;

/** Gives the earlier sample meeting its commitments; returns how many. */
export async function installSampleCommitments(ctx: ServiceContext, meetingId: string): Promise<number> {
  const ids = departmentIds(ctx);
  const commitments: Commitment[] = PARKING_COMMITMENTS.flatMap((c) => {
    const lead = ids.get(c.department);
    if (!lead) return [];
    const last = c.history[c.history.length - 1];
    return [
      {
        id: ctx.newId('k'),
        questionId: null,
        text: c.text,
        listType: c.listType,
        leadDepartmentId: lead,
        coDepartmentIds: [],
        owner: '',
        deadline: c.deadline,
        milestones: [],
        createdAt: at('2024-11-20'),
        createdBy: '',
        changes: [],
        revision: 1,
        history: c.history.map((h) => ({ at: at(h.day), stage: h.stage, note: h.note, by: c.department })),
        evaluation: c.evaluation && last ? { at: at(last.day), ...c.evaluation, note: '' } : null,
      },
    ];
  });
  await ctx.repo.update(meetingDocName(meetingId), (doc) => {
    if (!doc) throw new Error(`sample meeting ${meetingId} is missing`);
    return { ...doc, commitments };
  });
  ctx.events.emit('meetings.changed', { id: meetingId });
  return commitments.length;
}
