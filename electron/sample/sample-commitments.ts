import type { ListType } from '../../shared/domain';

/**
 * What the parking meeting of 2024-11-20 promised (how far each got is its follow-up item's, in
 * sample-follow-ups): all three lists, each with the departments that report to the lead (吹哨报到), the official who
 * answered for it on stage, and dated steps for the 持续推进 ones.
 */

export interface SampleCommitment {
  key: string;
  text: string;
  listType: ListType;
  department: string;
  coDepartments: string[];
  owner: string;
  deadline: string | null;
  milestones: Array<{ text: string; dueDate: string }>;
}

export const PARKING_COMMITMENTS: SampleCommitment[] = [
  {
    key: 'fireLane',
    text: '芳城园一区消防通道两侧施划禁停标线，设置隔离桩',
    listType: 'immediate',
    department: '城市管理办公室',
    coDepartments: ['综合行政执法队', '平安建设办公室'],
    owner: '城市管理办公室主任 张伟',
    deadline: '2024-12-15',
    milestones: [],
  },
  {
    key: 'sharedParking',
    text: '与周边两家单位签订错时共享停车协议，夜间开放车位',
    listType: 'deadline',
    department: '城市管理办公室',
    coDepartments: ['社区建设办公室'],
    owner: '街道办事处副主任 李建国',
    deadline: '2025-01-31',
    milestones: [],
  },
  {
    key: 'zombieCars',
    text: '清理芳星园一区长期停放的“僵尸车”',
    listType: 'immediate',
    department: '综合行政执法队',
    coDepartments: ['城市管理办公室', '平安建设办公室'],
    owner: '综合行政执法队队长 孙强',
    deadline: '2024-12-31',
    milestones: [],
  },
  {
    key: 'nightBays',
    text: '方庄路沿线增设夜间限时停车泊位',
    listType: 'deadline',
    department: '丰台区交通委员会',
    coDepartments: ['城市管理办公室', '丰台区城市管理委员会'],
    owner: '区交通委停车管理科 郑华',
    deadline: '2025-02-28',
    milestones: [],
  },
  {
    key: 'parkingGarage',
    text: '芳城园二区建设立体停车设施，缓解夜间停车难',
    listType: 'ongoing',
    department: '丰台区城市管理委员会',
    coDepartments: ['丰台区房屋管理局', '城市管理办公室', '社区建设办公室'],
    owner: '区城管委副主任 吴刚',
    deadline: '2026-12-31',
    milestones: [
      { text: '完成选址论证和居民意见征询', dueDate: '2025-03-31' },
      { text: '完成设计方案并报批', dueDate: '2025-09-30' },
      { text: '开工建设', dueDate: '2026-03-31' },
      { text: '建成投用', dueDate: '2026-12-31' },
    ],
  },
  {
    key: 'parkingCouncil',
    text: '小区停车自治管理：成立居民停车议事小组',
    listType: 'ongoing',
    department: '社区建设办公室',
    coDepartments: ['芳群园第一社区居委会'],
    owner: '社区建设办公室主任 李建国',
    deadline: null,
    milestones: [
      { text: '三个社区各成立停车议事小组', dueDate: '2024-12-31' },
      { text: '议事小组制定小区停车公约', dueDate: '2025-04-30' },
      { text: '停车公约试行半年后评估', dueDate: '2025-10-31' },
    ],
  },
  {
    key: 'flyingWires',
    text: '充电桩“飞线”充电隐患排查整治',
    listType: 'immediate',
    department: '平安建设办公室',
    coDepartments: ['城市管理办公室', '丰台区市场监督管理局'],
    owner: '平安建设办公室主任 刘洋',
    deadline: '2024-12-20',
    milestones: [],
  },
];
