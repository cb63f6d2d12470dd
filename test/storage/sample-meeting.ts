import { MEETING_SCHEMA_VERSION, type MeetingDocument, type Question } from '../../shared/domain';

const COMMUNITIES = ['芳城园社区', '紫芳园社区', '芳古园一区社区', '方庄南路社区', '芳星园二区社区'];
const TOPICS = [
  '楼道电梯经常停运，老人上下楼很不方便，希望尽快协调维修并明确维保单位',
  '小区南门外电动自行车乱停乱放，晚上充电有安全隐患，建议增设集中充电桩',
  '顶层住户屋顶漏雨多年，多次报修未解决，请房管局给出维修时间表',
  '社区周边道路破损坑洼，雨天积水严重，行人和骑车都容易摔倒',
  '早高峰学校门口停车难、接送拥堵，希望交通部门和学校一起想办法',
  '垃圾分类桶站异味大，清运不及时，夏天蚊蝇多，请物业增加清运频次',
];

/** A question as residents and staff write them: Chinese text of typical length, a masked-later phone. */
export function sampleQuestion(i: number): Question {
  return {
    id: `q-${i.toString(36).padStart(6, '0')}`,
    source: i % 3 === 0 ? 'staff' : 'phone',
    text: `${COMMUNITIES[i % COMMUNITIES.length]}居民反映：${TOPICS[i % TOPICS.length]}。（第 ${i + 1} 条）`,
    communityId: `c-${i % COMMUNITIES.length}`,
    askerName: i % 4 === 0 ? '' : `居民${i}`,
    askerPhone: i % 4 === 0 ? '' : `138${String(10_000_000 + i).slice(-8)}`,
    state: i % 5 === 0 ? 'answered' : 'waiting',
    votes: i % 17,
    category: '',
    departmentId: null,
    answerNote: '',
    referral: null,
    declineReason: '',
    commitmentId: null,
    mergedInto: null,
    approved: true,
    flags: [],
    history: [],
    revision: 1,
    receivedAt: '2025-03-05T14:30:00+08:00',
    clientId: i % 3 === 0 ? null : `client-${i}`,
  };
}

export function sampleMeetingDocument(questions: number, id = 'bench'): MeetingDocument {
  return {
    schemaVersion: MEETING_SCHEMA_VERSION,
    meeting: {
      id,
      title: '方庄地区 2025 年向群众报告工作会',
      level: 'street',
      startsAt: '2025-03-05T14:30:00+08:00',
      venue: '方庄地区办事处三楼会议室',
      communityIds: ['c-0', 'c-1', 'c-2', 'c-3', 'c-4'],
      status: 'live',
      notes: '',
      createdAt: '2025-03-01T10:00:00+08:00',
      updatedAt: '2025-03-05T14:30:00+08:00',
      revision: 1,
    },
    questions: Array.from({ length: questions }, (_, i) => sampleQuestion(i)),
    commitments: [],
    scores: [],
    closing: null,
    phoneVotes: [],
    phoneScores: [],
    deletedAt: null,
  };
}
