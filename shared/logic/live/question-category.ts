/**
 * The categories a question can be filed under, suggested from its text (停车 → 停车管理): the
 * headings a Beijing street office files 12345 work orders and meeting questions under. 其他 is the
 * operator's choice when none fits; it is never suggested.
 */
export const QUESTION_CATEGORIES: readonly string[] = [
  '停车管理',
  '环境卫生',
  '物业管理',
  '老旧小区改造',
  '加装电梯',
  '养老助餐',
  '噪音扰民',
  '道路交通',
  '市政设施',
  '市容秩序',
  '供暖供水',
  '房屋修缮',
  '园林绿化',
  '安全隐患',
  '便民服务',
  '社区服务',
  '其他',
];

/**
 * The words that point to each category. A word found scores its length (加装电梯 says more than
 * 电梯), a weak one (below) 1; each place in the text counts for the longest word found there only.
 */
const KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  停车管理: ['停车', '车位', '泊位', '乱停', '车库', '停放', '僵尸车', '地锁', '停车费', '没地方停'],
  环境卫生: [
    '垃圾',
    '清运',
    '垃圾分类',
    '桶站',
    '厨余',
    '保洁',
    '卫生死角',
    '脏乱',
    '异味',
    '臭味',
    '狗粪',
    '公厕',
    '厕所',
    '下水道',
    '化粪池',
    '污水',
    '蚊虫',
    '老鼠',
  ],
  物业管理: [
    '物业',
    '物业费',
    '物业公司',
    '业委会',
    '业主委员会',
    '保安',
    '门禁',
    '单元门',
    '物管',
    '维修基金',
    '维修资金',
  ],
  老旧小区改造: ['老旧小区改造', '老旧小区', '改造', '综合整治', '外墙保温', '管线改造', '上下水改造'],
  加装电梯: ['加装电梯', '电梯', '上下楼'],
  养老助餐: ['养老', '助餐', '老年餐', '养老驿站', '独居老人', '空巢', '送餐', '助老', '适老化', '老年食堂'],
  噪音扰民: ['噪音', '噪声', '扰民', '太吵', '吵闹', '广场舞', '夜间施工', '油烟'],
  道路交通: [
    '红绿灯',
    '信号灯',
    '斑马线',
    '过马路',
    '公交',
    '路口',
    '堵车',
    '拥堵',
    '人行道',
    '非机动车道',
    '地铁',
    '单行',
  ],
  市政设施: ['路灯', '照明', '井盖', '路面', '坑洼', '积水', '健身器材', '座椅', '无障碍', '盲道', '灯不亮'],
  市容秩序: [
    '违建',
    '违章建筑',
    '违法建设',
    '私搭乱建',
    '占道',
    '摆摊',
    '游商',
    '小广告',
    '共享单车',
    '遛狗',
    '拴绳',
    '养犬',
    '流浪猫',
    '流浪狗',
    '乱堆',
  ],
  供暖供水: [
    '暖气',
    '供暖',
    '供热',
    '采暖',
    '不热',
    '停水',
    '水压',
    '自来水',
    '水质',
    '热水',
    '燃气',
    '天然气',
    '停电',
  ],
  房屋修缮: ['漏水', '渗水', '防水', '墙皮', '裂缝', '楼道破损', '返水'],
  园林绿化: ['绿化', '绿地', '修剪', '树枝', '树木', '草坪', '公园', '花坛'],
  安全隐患: ['飞线', '充电', '充电桩', '消防', '消防通道', '隐患', '燃气泄漏', '高空抛物', '安全'],
  便民服务: ['菜市场', '买菜', '菜站', '便利店', '快递', '快递柜', '理发', '早餐', '修鞋', '便民'],
  社区服务: [
    '卫生服务站',
    '社区医院',
    '门诊',
    '看病',
    '开证明',
    '社保',
    '医保',
    '活动室',
    '托育',
    '幼儿园',
    '上学',
    '学校',
    '办事',
  ],
};

/**
 * Words that say where or how serious rather than what: "老旧小区", "消防通道", "安全隐患" come up in
 * questions about parking or an illegal shed as often as in their own. They count 1, not their length.
 */
const WEAK = new Set([
  '老旧小区',
  '改造',
  '上下楼',
  '消防',
  '消防通道',
  '隐患',
  '安全',
  '公园',
  '学校',
  '上学',
  '办事',
  '便民',
]);

const SCAN: readonly { word: string; category: string; weight: number }[] = Object.entries(KEYWORDS)
  .flatMap(([category, words]) =>
    words.map((word) => ({ word, category, weight: WEAK.has(word) ? 1 : word.length })),
  )
  .sort((a, b) => b.word.length - a.word.length);

/** Full-width letters and digits narrowed, case and spacing ignored, so 'ＫＴＶ' meets 'ktv'. */
const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The likeliest category for the text, from built-in keywords (and `extra` names used before); null when none fits. */
export function suggestCategory(text: string, extra: readonly string[] = []): string | null {
  const plain = normalize(text);
  if (plain === '') return null;
  // A category the meeting already uses, written out in the text, is what the operator means.
  const named = extra
    .map((name) => name.trim())
    .filter((name) => name !== '' && plain.includes(normalize(name)))
    .sort((a, b) => b.length - a.length)[0];
  if (named !== undefined) return named;

  const scores = new Map<string, number>();
  let i = 0;
  while (i < plain.length) {
    const hit = SCAN.find(({ word }) => plain.startsWith(word, i));
    if (hit) {
      scores.set(hit.category, (scores.get(hit.category) ?? 0) + hit.weight);
      i += hit.word.length;
    } else {
      i += 1;
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  // Ties go to the earlier category of the list: its order is the office's usual order of concern.
  for (const category of QUESTION_CATEGORIES) {
    const score = scores.get(category) ?? 0;
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return best;
}
