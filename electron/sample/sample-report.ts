import type { Card, CardOf } from '../../shared/domain';
import { getOffice } from '../services/office-service';
import { readOpinionSet } from '../services/opinion-sets';
import { draftReport, emptyReport, saveReport } from '../services/report-service';
import type { ServiceContext } from '../services/service-context';

/**
 * The sample's 数字成绩单: the one-click draft of the street meeting, then the edits an operator
 * would make before the meeting (a case with captions, a shortcoming with its timetable, notes).
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
