/**
 * Likely duplicates among Chinese questions, by character n-gram overlap: no cloud service, no
 * word segmentation. "停车难" / "车位不够" / "乱停车" should find each other; unrelated questions not.
 *
 * A question is read as two sets of features:
 * - topics: the domain words a street meeting hears in many wordings (车位, 停车位, 乱停 are one
 *   topic); two questions on one topic are alike however differently they are put;
 * - character bigrams of what is left once topics and filler (请问, 我们小区, 什么时候…) are cut out,
 *   plus its single characters but the commonest, lightly weighted ("停车难" keeps 难).
 * The score blends the two overlaps: topics (Dice) weigh 0.55 when either question has one, grams
 * (Dice averaged with the overlap coefficient) the rest; two questions naming only different topics
 * keep a quarter of their gram score, and two with no topic word are compared by grams alone.
 */

export interface SimilarQuestion {
  id: string;
  /** 0–1, higher is more alike. */
  score: number;
}

/**
 * The suggestion threshold. One shared topic and little else scores 0.55; two wordings of one
 * complaint with no topic word in common reach 0.3 to 0.45 when they share a word or two. On the
 * test fixture (40 street-meeting questions and 16 paraphrase pairs) the unrelated pairs score at
 * most 0.24 and the same-topic ones at least 0.37: the threshold sits in that gap, nearer the
 * unrelated side, since a missed duplicate costs the room more than one extra suggestion.
 */
export const SIMILARITY_THRESHOLD = 0.3;

const DEFAULT_LIMIT = 5;

/**
 * Topic → its wordings. Longer wordings are tried first, so 加装电梯 is read whole before 电梯. A
 * wording belongs to one topic only: shared characters across topics (路灯 and 红绿灯) are kept
 * apart by listing the longer word under its own topic.
 */
const TOPICS: Record<string, readonly string[]> = {
  停车: [
    '停车位',
    '停车场',
    '停车',
    '车位',
    '泊位',
    '乱停',
    '停放',
    '车库',
    '没地方停',
    '停不下',
    '停不了',
    '僵尸车',
  ],
  电梯: ['加装电梯', '电梯'],
  垃圾: ['垃圾分类', '垃圾清运', '垃圾桶', '垃圾站', '垃圾', '清运', '厨余', '大件垃圾', '桶站'],
  噪音: ['噪音', '噪声', '扰民', '太吵', '很吵', '吵闹', '广场舞'],
  物业: ['物业费', '物业公司', '物业', '物管'],
  照明: ['路灯', '楼道灯', '灯不亮', '照明', '黑灯瞎火'],
  交通信号: ['红绿灯', '信号灯', '斑马线', '人行横道', '过马路'],
  供暖: ['供暖', '暖气', '采暖', '供热', '不热'],
  养老: ['养老驿站', '养老', '助餐', '老年餐', '送餐', '助老', '配餐'],
  违建: ['违章建筑', '违法建设', '私搭乱建', '违建', '乱搭'],
  漏水: ['漏水', '渗水', '防水', '返水'],
  供水: ['停水', '水压', '自来水', '水质'],
  充电: ['充电桩', '充电', '飞线'],
  老旧小区改造: ['老旧小区改造', '老旧小区', '综合整治', '改造'],
  绿化: ['绿化', '绿地', '修剪', '树枝', '树木'],
  路面: ['路面', '坑洼', '积水', '破损'],
  宠物: ['遛狗', '拴绳', '狗粪', '犬', '宠物', '流浪猫', '流浪狗'],
  快递: ['快递柜', '快递', '外卖'],
  上学: ['上学', '放学', '学校', '接送孩子', '幼儿园', '入学'],
  拥堵: ['堵车', '拥堵', '早高峰', '晚高峰'],
  公交: ['公交车', '公交站', '公交', '班次', '车站'],
  下水道: ['下水道', '化粪池', '污水', '反味', '返味', '管道堵'],
  买菜: ['菜市场', '买菜', '菜站', '便民市场'],
  医疗: ['卫生服务站', '卫生服务中心', '门诊', '看病', '社区医院'],
  油烟: ['油烟'],
  公厕: ['公厕', '厕所'],
};

/**
 * Words that say nothing about what is asked. Cut out like punctuation; when nothing else is left
 * ("请问什么时候？") the question is compared as written instead.
 */
const FILLERS = [
  '请问一下',
  '请问',
  '我想问一下',
  '我想问',
  '想问一下',
  '想问',
  '问一下',
  '能不能',
  '能否',
  '可不可以',
  '可以吗',
  '是不是',
  '有没有',
  '是否',
  '什么时候',
  '何时',
  '怎么办',
  '怎么',
  '如何',
  '为什么',
  '我们',
  '咱们',
  '我家',
  '小区',
  '社区',
  '街道',
  '领导',
  '居民',
  '大家',
  '希望',
  '建议',
  '反映',
  '解决',
  '问题',
  '情况',
  '一下',
  '这个',
  '那个',
  '现在',
  '一直',
  '非常',
  '特别',
  '比较',
];
/** Single characters that carry grammar, not content. */
const PARTICLE_SET = new Set('的了吗呢啊吧呀嘛哦么和与及还也都就很太是在有');

/**
 * Characters too common to tell questions apart on their own: kept inside bigrams, not counted as
 * single characters.
 */
const COMMON_CHARS = new Set(
  '不没人大小多少上下里外好个一们这那来去到说要会能可以为对年月日天时候点些又再被把给让从向老家门楼',
);

/** Cut points: anything not a CJK character is a boundary (punctuation, spaces, digits, ASCII). */
const NOT_CJK = /[^\u3400-\u4dbf\u4e00-\u9fff]+/g;

const TOPIC_WEIGHT_SHARE = 0.55;
const DISJOINT_TOPICS_SHARE = 0.25;
const UNIGRAM_WEIGHT = 0.3;
/** About two bigrams with their characters. */
const OVERLAP_FLOOR = 3;

interface Features {
  topics: ReadonlySet<string>;
  /** Bigrams weigh 1, lone characters UNIGRAM_WEIGHT; keyed by character code (see bigramKey). */
  grams: ReadonlyMap<number, number>;
  gramWeight: number;
}

/** Every wording, longest first, with its topic: the scan takes the first that fits at each place. */
const WORDINGS: readonly (readonly [string, string | null])[] = [
  ...Object.entries(TOPICS).flatMap(([topic, words]) => words.map((w) => [w, topic] as const)),
  ...FILLERS.map((w) => [w, null] as const),
].sort((a, b) => b[0].length - a[0].length);

const WORDINGS_BY_FIRST = new Map<string, (readonly [string, string | null])[]>();
for (const entry of WORDINGS) {
  const first = entry[0][0]!;
  const list = WORDINGS_BY_FIRST.get(first) ?? [];
  list.push(entry);
  WORDINGS_BY_FIRST.set(first, list);
}

/** Full-width to half-width, lower case, then the CJK runs between punctuation and ASCII noise. */
function segmentsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(NOT_CJK)
    .filter((s) => s.length > 0);
}

/**
 * A character's code, or a bigram's two codes in one number: segments hold only CJK characters
 * (U+3400 and up), so a bigram's key is far above any single character's, and numbers spare the
 * thousands of two-character strings a candidate list would otherwise allocate.
 */
const bigramKey = (first: number, second: number) => first * 0x10000 + second;

function addGrams(segment: string, grams: Map<number, number>): void {
  for (let i = 0; i < segment.length; i += 1) {
    const ch = segment[i]!;
    const code = segment.charCodeAt(i);
    if (!COMMON_CHARS.has(ch) && !PARTICLE_SET.has(ch)) grams.set(code, UNIGRAM_WEIGHT);
    if (i + 1 < segment.length) grams.set(bigramKey(code, segment.charCodeAt(i + 1)), 1);
  }
}

/** Splits a segment at topic wordings, fillers and particles; topics are collected, the rest kept. */
function scan(segment: string, topics: Set<string>, rest: string[]): void {
  let start = 0;
  let i = 0;
  const cut = (end: number) => {
    if (end > start) rest.push(segment.slice(start, end));
  };
  while (i < segment.length) {
    const match = WORDINGS_BY_FIRST.get(segment[i]!)?.find(([w]) => segment.startsWith(w, i));
    if (match) {
      cut(i);
      if (match[1] !== null) topics.add(match[1]);
      i += match[0].length;
      start = i;
    } else if (PARTICLE_SET.has(segment[i]!)) {
      cut(i);
      i += 1;
      start = i;
    } else {
      i += 1;
    }
  }
  cut(segment.length);
}

function computeFeatures(text: string): Features {
  const segments = segmentsOf(text);
  const topics = new Set<string>();
  const rest: string[] = [];
  for (const segment of segments) scan(segment, topics, rest);
  const grams = new Map<number, number>();
  for (const segment of rest) addGrams(segment, grams);
  // Filler only: compare the words as typed rather than call every such question alike or unlike.
  if (topics.size === 0 && grams.size === 0) for (const segment of segments) addGrams(segment, grams);
  let gramWeight = 0;
  for (const w of grams.values()) gramWeight += w;
  return { topics, grams, gramWeight };
}

/**
 * Features by text: the console asks on every keystroke against the same candidates, so each
 * candidate is read once. Cleared when large rather than tracked per use: a meeting has a few
 * thousand questions at most.
 */
const cache = new Map<string, Features>();
const CACHE_LIMIT = 20_000;

function featuresOf(text: string): Features {
  let features = cache.get(text);
  if (!features) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    features = computeFeatures(text);
    cache.set(text, features);
  }
  return features;
}

function topicDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The mean of Dice and the overlap coefficient over the weighted grams: Dice alone punishes a short
 * question against a long wording of the same complaint, overlap alone calls any two-word question
 * like a long one that contains its words.
 */
function gramScore(a: Features, b: Features): number {
  const smaller = Math.min(a.gramWeight, b.gramWeight);
  if (smaller === 0) return 0;
  // A one-word remainder ("维修") must not count as wholly contained in every text that has the word.
  const containedIn = Math.max(smaller, Math.min(OVERLAP_FLOOR, Math.max(a.gramWeight, b.gramWeight)));
  const [few, many] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let shared = 0;
  for (const [gram, w] of few) {
    const other = many.get(gram);
    if (other !== undefined) shared += Math.min(w, other);
  }
  const dice = (2 * shared) / (a.gramWeight + b.gramWeight);
  return (dice + Math.min(1, shared / containedIn)) / 2;
}

function similarity(a: Features, b: Features): number {
  const grams = gramScore(a, b);
  if (a.topics.size === 0 && b.topics.size === 0) return grams;
  const topics = topicDice(a.topics, b.topics);
  // Nothing but topic words on either side ("垃圾清运" and "垃圾，清运"): the topics are all there is.
  if (a.gramWeight === 0 && b.gramWeight === 0) return topics;
  // Both name a topic and no topic is shared: they are about different things, whatever words recur.
  if (topics === 0 && a.topics.size > 0 && b.topics.size > 0) return DISJOINT_TOPICS_SHARE * grams;
  return TOPIC_WEIGHT_SHARE * topics + (1 - TOPIC_WEIGHT_SHARE) * grams;
}

/** How alike two questions are, 0–1. */
export function questionSimilarity(a: string, b: string): number {
  return similarity(featuresOf(a), featuresOf(b));
}

/** The candidates most like `text`, best first, above the suggestion threshold, at most `limit`. */
export function similarQuestions(
  text: string,
  candidates: readonly { id: string; text: string }[],
  options: { limit?: number; threshold?: number } = {},
): SimilarQuestion[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const features = featuresOf(text);
  if (limit <= 0 || (features.topics.size === 0 && features.grams.size === 0)) return [];
  const found: SimilarQuestion[] = [];
  for (const candidate of candidates) {
    const score = similarity(features, featuresOf(candidate.text));
    if (score >= threshold) found.push({ id: candidate.id, score });
  }
  return found.sort((x, y) => y.score - x.score).slice(0, limit);
}
