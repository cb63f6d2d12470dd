import type { CommunityRating, FollowUpRow, FollowUpState, ListType, Verdict } from '../../../shared/domain';
import { addLocalDays } from '../../../shared/logic/follow-up/dates';

/** A small seeded generator (mulberry32): the same rows on every run and machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  '幸福里小区',
  '和平里',
  '东风路',
  '建设街',
  '南湖花园',
  '朝阳社区',
  '光明小区',
  '滨河路',
  '育才巷',
  '新华村',
];
const SPOTS = [
  '3号楼',
  '东门',
  '北侧',
  '菜市场旁',
  '小学门口',
  '公交站',
  '地下车库',
  '2单元',
  '健身广场',
  '老年活动站',
];
const PROBLEMS = [
  '电梯经常停运，老人上下楼困难',
  '路灯不亮，晚上出行不安全',
  '停车位不够，车辆乱停占道',
  '下水道堵塞，雨天积水严重',
  '垃圾清运不及时，有异味',
  '外墙脱落存在安全隐患',
  '噪音扰民，夜间施工',
  'WiFi 信号差，希望增设基站',
  '缺少无障碍坡道',
  '供暖温度不达标',
  '占道经营影响通行',
  '楼道堆放杂物，消防通道堵塞',
];
const STATES: FollowUpState[] = [
  'assigned',
  'in_progress',
  'replied',
  'solved',
  'partly_solved',
  'closed_unsolved',
  'reopened',
];
const LISTS: ListType[] = ['immediate', 'deadline', 'ongoing'];
const VERDICTS: Verdict[] = ['satisfied', 'basically_satisfied', 'dissatisfied'];

export const DEPARTMENTS = Array.from({ length: 30 }, (_, i) => ({ id: `dept-${i}`, name: `第${i + 1}局` }));
export const COMMUNITIES = Array.from({ length: 40 }, (_, i) => ({
  id: `comm-${i}`,
  name: `第${i + 1}社区`,
}));

export function rowSet(count: number, meetings: number, seed = 12): FollowUpRow[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const rows: FollowUpRow[] = [];
  for (let i = 0; i < count; i++) {
    const m = i % meetings;
    const meetingDate = addLocalDays('2025-01-06', m * 7);
    const state = pick(STATES);
    const deadline = rnd() < 0.85 ? addLocalDays(meetingDate, 3 + Math.floor(rnd() * 60)) : null;
    const finished = state !== 'assigned' && state !== 'in_progress' && state !== 'reopened';
    const finishedOn = finished ? addLocalDays(meetingDate, 1 + Math.floor(rnd() * 40)) : null;
    rows.push({
      id: `item-${i}`,
      meetingId: `meeting-${m}`,
      title: `${pick(PLACES)}${pick(SPOTS)}${pick(PROBLEMS)}`,
      listType: pick(LISTS),
      leadDepartmentId: rnd() < 0.03 ? null : pick(DEPARTMENTS).id,
      coDepartmentIds: rnd() < 0.3 ? [pick(DEPARTMENTS).id] : [],
      owner: '',
      deadline,
      nextMilestone: null,
      communityId: rnd() < 0.9 ? pick(COMMUNITIES).id : null,
      sourceKind: 'commitment',
      state,
      overdue: deadline !== null && (finishedOn === null ? deadline < '2026-01-01' : finishedOn > deadline),
      finishedOn,
      verdict: finished && state !== 'replied' ? pick(VERDICTS) : null,
      callbackDue: state === 'replied' && finishedOn ? addLocalDays(finishedOn, 7) : null,
      unanswered: 0,
      meetingDate,
      revision: 1,
    });
  }
  return rows;
}

export function ratingSet(count: number, seed = 34): CommunityRating[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  return Array.from({ length: count }, (_, i) => ({
    id: `rating-${i}`,
    communityId: pick(COMMUNITIES).id,
    departmentId: pick(DEPARTMENTS).id,
    verdict: pick(VERDICTS),
    note: '',
    at: `2025-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 10)}T10:00:00+08:00`,
    by: '工作人员',
  }));
}
