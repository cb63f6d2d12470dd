import * as XLSX from '@e965/xlsx';

/**
 * A 12345/6555 work-order export for the sample street, built in memory: 2024 in full and 2025 up to
 * the end of February (the meeting is on 5 March). The figures are the articles': parking requests
 * 261 → 138 over the same stretch (−47%), and 1,170 of 1,250 resolved (93.6%). Like real exports it
 * has both 解决情况 and 办理状态: of the 80 unresolved, 27 are closed all the same (已办结, 未解决) and
 * 53 still in progress, so 办结率 1,197 / 1,250 differs from the 解决率. There is no response column,
 * so the demo shows 响应率 as "—" with its reason. Names, phone numbers and work-order numbers are
 * invented.
 */

type Cell = string | Date | null;

/** [category, rows in 2024 Jan–Feb, rows in 2024 Mar–Dec, rows in 2025 Jan–Feb]. */
const PLAN: ReadonlyArray<readonly [string, number, number, number]> = [
  ['停车管理', 261, 60, 138],
  ['物业管理', 90, 80, 100],
  ['环境卫生', 60, 60, 62],
  ['电梯', 40, 40, 50],
  ['供暖', 39, 0, 40],
  ['噪音扰民', 30, 30, 30],
  ['市政设施', 0, 40, 0],
];

export const SAMPLE_OPINION_FIGURES = {
  total: 1250,
  resolved: 1170,
  closed: 1197,
  closedNotResolved: 27,
  parking: { previous: 261, current: 138 },
} as const;

const CONTENT: Record<string, readonly string[]> = {
  停车管理: [
    '小区东门夜间车辆乱停，消防通道被堵，消防车进不来',
    '外来车辆长期占用小区内车位，业主回家没地方停车',
    '僵尸车长期停放在楼下，落满灰尘无人处理',
    '路边停车收费员乱收费，不给开票',
    '希望在芳城园片区增设夜间错时停车位',
    '电动自行车在楼道内停放充电，存在火灾隐患',
  ],
  物业管理: [
    '楼道堆放纸箱杂物长期无人清理，存在消防隐患',
    '单元门禁损坏半个月没人修，陌生人随意进出',
    '物业费上涨未经业主大会公示',
    '楼顶防水层破损，下雨天顶层住户家中漏水',
  ],
  环境卫生: [
    '垃圾桶满溢无人清运，夏天气味很大',
    '小区绿化带里堆满建筑垃圾',
    '楼下公厕长期无人保洁',
    '餐馆油烟直排，影响楼上住户开窗',
  ],
  电梯: [
    '老旧小区加装电梯进度缓慢，希望加快',
    '3号楼电梯经常故障停运，老人上下楼困难',
    '电梯年检标志过期，担心安全',
  ],
  供暖: ['家里暖气不热，室温只有 16 度', '暖气管道漏水，楼下被泡', '供暖开始后部分楼栋回水温度偏低'],
  噪音扰民: [
    '夜间施工噪音扰民，影响休息',
    '广场舞音响声音太大，晚上九点后仍未停止',
    '楼下商户空调外机噪音大',
  ],
  市政设施: [
    '方庄南路人行道地砖松动，老人容易绊倒',
    '路灯不亮，晚上出行不安全',
    '雨水篦子堵塞，下雨积水严重',
  ],
};

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡'];
const GIVEN = [
  '桂兰',
  '建国',
  '淑珍',
  '秀英',
  '志强',
  '丽华',
  '德明',
  '玉梅',
  '国庆',
  '海燕',
  '文军',
  '春生',
];

/** A small deterministic generator: the same sample every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A clock reading in Beijing as SheetJS stores it with `UTC: true`. */
function beijing(y: number, m: number, d: number, h: number, min: number): Date {
  return new Date(Date.UTC(y, m - 1, d, h, min));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The export as 12345 platforms deliver it: a title, a 制表日期 line, the header, the rows, a 合计. */
export function sampleWorkOrderXlsx(communities: readonly string[]): Buffer {
  const random = seeded(20250305);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rows: Cell[][] = [
    ['方庄街道接诉即办工单明细（2024年1月—2025年2月）'],
    ['制表日期：2025年3月1日'],
    [
      '工单编号',
      '受理时间',
      '来源渠道',
      '所属社区',
      '问题分类',
      '诉求内容',
      '解决情况',
      '办理状态',
      '满意度',
      '联系人',
      '联系电话',
    ],
  ];
  const stretches: Array<{ year: number; months: readonly [number, number] }> = [
    { year: 2024, months: [1, 2] },
    { year: 2024, months: [3, 12] },
    { year: 2025, months: [1, 2] },
  ];
  let sequence = 0;
  for (const [category, ...counts] of PLAN) {
    counts.forEach((count, s) => {
      const { year, months } = stretches[s]!;
      for (let i = 0; i < count; i++) {
        const month = months[0] + Math.floor(random() * (months[1] - months[0] + 1));
        const day = 1 + Math.floor(random() * 28);
        const hour = 7 + Math.floor(random() * 12);
        const minute = Math.floor(random() * 60);
        sequence += 1;
        const channelRoll = random();
        const ratingRoll = random();
        rows.push([
          `${year}${pad(month, 2)}${pad(day, 2)}${pad(100_000 + sequence, 6)}`,
          beijing(year, month, day, hour, minute),
          channelRoll < 0.72 ? '12345热线' : channelRoll < 0.94 ? '6555热线' : '民意集智公众号',
          pick(communities),
          category,
          pick(CONTENT[category]!),
          // Open rows are marked below, spread evenly.
          '已解决',
          '已办结',
          ratingRoll < 0.72 ? '满意' : ratingRoll < 0.86 ? '基本满意' : ratingRoll < 0.91 ? '不满意' : '',
          pick(SURNAMES) + pick(GIVEN),
          `13${pad(800_000_000 + Math.floor(random() * 199_999_999), 9)}`,
        ]);
      }
    });
  }
  // 80 unresolved rows spread evenly over the table (every 15th or 16th data row).
  const first = 3;
  const total = rows.length - first;
  const unresolved = SAMPLE_OPINION_FIGURES.total - SAMPLE_OPINION_FIGURES.resolved;
  for (let k = 0; k < unresolved; k++) {
    const row = rows[first + Math.floor(((k + 0.5) * total) / unresolved)]!;
    row[6] = '未解决';
    row[7] = k % 3 === 0 ? '已办结' : '办理中';
  }
  // The 2025 stretch must end on 28 February so both years compare 01-01 through 02-28.
  const last = rows.findLast((r) => typeof r[0] === 'string' && r[0].startsWith('2025'));
  if (last) {
    last[0] = `20250228${String(last[0]).slice(8)}`;
    last[1] = beijing(2025, 2, 28, 16, 30);
  }
  rows.push(['合计', null, null, null, null, `${total}件`, `已解决${SAMPLE_OPINION_FIGURES.resolved}件`]);

  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, UTC: true, dense: true });
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 10 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '工单明细');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
