import type { CommunityKind, DepartmentKind, MeetingLevel, MeetingStatus } from '../../shared/domain';

/**
 * A realistic sample office, modelled on 方庄街道 in 丰台区 as described in the source articles
 * (109 requests, 93.6% resolved; 民意账; 掌上四合院). Names of people and phone numbers are invented.
 */
export const sampleOffice = {
  profile: {
    name: '方庄街道办事处',
    kind: 'street' as const,
    district: '北京市丰台区',
    address: '北京市丰台区方庄路 9 号',
    phone: '010-67625050',
  },
  communities: [
    '芳古园一区社区',
    '芳古园二区社区',
    '芳城园一区社区',
    '芳城园二区社区',
    '芳城园三区社区',
    '芳群园第一社区',
    '芳群园第二社区',
    '芳群园第三社区',
    '芳群园第四社区',
    '芳星园一区社区',
    '芳星园二区社区',
    '芳星园三区社区',
    '紫芳园社区',
    '芳城东里社区',
  ].map((name) => ({ name, kind: 'community' as CommunityKind })),
  departments: [
    { name: '党政综合办公室', kind: 'section', person: '王丽', phone: '010-67625001' },
    { name: '社区建设办公室', kind: 'section', person: '李建国', phone: '010-67625002' },
    { name: '城市管理办公室', kind: 'section', person: '张伟', phone: '010-67625003' },
    { name: '平安建设办公室', kind: 'section', person: '刘洋', phone: '010-67625004' },
    { name: '民生保障办公室', kind: 'section', person: '陈静', phone: '010-67625005' },
    { name: '接诉即办工作专班', kind: 'section', person: '赵敏', phone: '010-67625006' },
    { name: '综合行政执法队', kind: 'section', person: '孙强', phone: '010-67625007' },
    { name: '丰台区房屋管理局', kind: 'district', person: '周明', phone: '010-63812345' },
    { name: '丰台区城市管理委员会', kind: 'district', person: '吴刚', phone: '010-63812346' },
    { name: '丰台区交通委员会', kind: 'district', person: '郑华', phone: '010-63812347' },
    { name: '丰台区体育局', kind: 'district', person: '冯雪', phone: '010-63812348' },
    { name: '丰台区市场监督管理局', kind: 'district', person: '何平', phone: '010-63812349' },
    { name: '丰台区园林绿化局', kind: 'district', person: '许峰', phone: '010-63812350' },
    { name: '芳群园第一社区居委会', kind: 'community', person: '马秀兰', phone: '010-67621101' },
  ] satisfies { name: string; kind: DepartmentKind; person: string; phone: string }[],
};

export interface SampleMeeting {
  title: string;
  level: MeetingLevel;
  startsAt: string;
  venue: string;
  status: MeetingStatus;
  /** Communities covered, by name. */
  communities: string[];
  notes: string;
}

export const sampleMeetings: SampleMeeting[] = [
  {
    title: '方庄街道 2025 年向群众报告工作会',
    level: 'street',
    startsAt: '2025-03-05T14:30:00+08:00',
    venue: '方庄街道办事处三楼礼堂',
    status: 'scheduled',
    communities: sampleOffice.communities.map((c) => c.name),
    notes:
      '邀请居民代表 300 人；区房管局、区城管委、区交通委到场答复。会前汇总 2024—2025 年 12345、6555 工单及“民意账”诉求 1250 件，解决率 93.6%。',
  },
  {
    title: '芳群园第一社区居民议事会暨工作报告会',
    level: 'community',
    startsAt: '2025-03-12T19:00:00+08:00',
    venue: '芳群园第一社区党群服务中心',
    status: 'draft',
    communities: ['芳群园第一社区'],
    notes: '重点：加装电梯进度、老年餐桌、小区停车。',
  },
  {
    title: '停车管理专题报告会',
    level: 'topic',
    startsAt: '2024-11-20T09:30:00+08:00',
    venue: '方庄街道办事处二楼会议室',
    status: 'closed',
    communities: ['芳城园一区社区', '芳城园二区社区', '芳星园一区社区'],
    notes: '停车类诉求同比由 261 件降至 138 件（−47%）。',
  },
];
