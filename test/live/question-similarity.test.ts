import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SIMILARITY_THRESHOLD,
  questionSimilarity,
  similarQuestions,
} from '../../shared/logic/live/question-similarity';
import { STREET_QUESTIONS } from './support/street-questions';

const alike = (a: string, b: string) => questionSimilarity(a, b) >= SIMILARITY_THRESHOLD;

describe('questionSimilarity', () => {
  it('finds the wordings of the parking complaint in each other', () => {
    const parking = ['停车难', '车位不够', '晚上停车没地方', '小区车位太少', '乱停车', '停车位紧张'];
    for (const a of parking) for (const b of parking) expect(alike(a, b), `${a} ~ ${b}`).toBe(true);
  });

  it('keeps unrelated complaints apart', () => {
    const unrelated = ['电梯维修', '垃圾清运', '路灯不亮', '暖气不热', '物业费太贵'];
    for (const a of unrelated) {
      for (const b of unrelated) if (a !== b) expect(alike(a, b), `${a} ≁ ${b}`).toBe(false);
    }
  });

  it('on the street-meeting fixture, suggests every same-topic pair and no other', () => {
    const missed: string[] = [];
    const wrong: string[] = [];
    for (const [i, a] of STREET_QUESTIONS.entries()) {
      for (const b of STREET_QUESTIONS.slice(i + 1)) {
        const hit = alike(a.text, b.text);
        if (a.topic === b.topic && !hit) missed.push(`${a.text} | ${b.text}`);
        if (a.topic !== b.topic && hit) wrong.push(`${a.text} | ${b.text}`);
      }
    }
    expect(missed).toEqual([]);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['楼门口总有人把车停在消防通道上', '消防通道被私家车堵死了'],
    ['能不能多安排几班公交车', '公交车间隔太长，等半小时'],
    ['健身器材坏了没人修', '小区健身器材年久失修'],
    ['下水道堵了，污水往外冒', '下水道经常堵塞反味'],
    ['老人上下楼太难了，楼里没电梯', '盼着加装电梯'],
    ['门口的便利店关了', '附近没有便利店买东西不方便'],
    ['停车收费太贵了', '小区停车难'],
    ['孩子上学接送拥堵', '学校门口早高峰堵车'],
    ['广场舞太吵', '装修噪音'],
    ['社区医院药品不全', '社区卫生服务站药太少'],
  ])('matches paraphrases without a common word list: %s ~ %s', (a, b) => {
    expect(questionSimilarity(a, b)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it.each([
    ['电梯维修', '维修基金怎么用'],
    ['路灯不亮', '红绿灯时间短'],
    ['物业费太贵', '停车费太贵'],
    ['楼道里堆满杂物', '楼道灯坏了'],
    ['公园厕所脏', '公园里没有座椅'],
    ['什么时候能修好', '什么时候开始供暖'],
  ])('does not match questions that only share a word or a filler: %s ≁ %s', (a, b) => {
    expect(questionSimilarity(a, b)).toBeLessThan(SIMILARITY_THRESHOLD);
  });

  it('ignores punctuation, spaces, full-width forms, ASCII noise and filler', () => {
    expect(questionSimilarity('停车难！！', '  ＡＢＣ 停车难123 ')).toBe(1);
    expect(questionSimilarity('请问我们小区停车难怎么解决？', '停车难')).toBe(1);
    expect(questionSimilarity('垃圾，清运。', '垃圾清运')).toBe(1);
  });

  it('compares filler-only questions as written rather than calling them all alike', () => {
    expect(questionSimilarity('请问什么时候？', '请问什么时候')).toBe(1);
    expect(questionSimilarity('请问什么时候？', '能不能')).toBe(0);
    expect(questionSimilarity('', '停车难')).toBe(0);
    expect(questionSimilarity('？？？', '！！！')).toBe(0);
  });

  it('for any text, is symmetric, between 0 and 1, and 1 against itself when it says anything', () => {
    const pieces = [
      ...STREET_QUESTIONS.map((q) => q.text),
      '请问',
      '什么时候',
      '！',
      ' ',
      'ABC',
      '１２３',
      '的',
    ];
    const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((parts) => parts.join(''));
    const cjkArb = fc.string({
      unit: fc.integer({ min: 0x4e00, max: 0x4fff }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(fc.oneof(textArb, cjkArb), fc.oneof(textArb, cjkArb), (a, b) => {
        const ab = questionSimilarity(a, b);
        expect(ab).toBe(questionSimilarity(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1 + 1e-12);
        const self = questionSimilarity(a, a);
        expect(self === 0 || Math.abs(self - 1) < 1e-12).toBe(true);
        if (/[\u4e00-\u9fff]{2}/.test(a.replace(/[的了吗呢啊吧呀嘛哦么和与及还也都就很太是在有]/g, ''))) {
          expect(self).toBeCloseTo(1, 12);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is symmetric and between 0 and 1 on the fixture', () => {
    for (const a of STREET_QUESTIONS.slice(0, 12)) {
      for (const b of STREET_QUESTIONS) {
        const ab = questionSimilarity(a.text, b.text);
        expect(ab).toBe(questionSimilarity(b.text, a.text));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('similarQuestions', () => {
  const candidates = STREET_QUESTIONS.map((q, i) => ({ id: `q${i}`, text: q.text }));

  it('returns the likely duplicates best first, the parking ones for a parking question', () => {
    const found = similarQuestions('晚上回来小区里没有车位', candidates);
    expect(found.length).toBeGreaterThan(0);
    const topics = found.map((f) => STREET_QUESTIONS[Number(f.id.slice(1))]!.topic);
    expect(new Set(topics)).toEqual(new Set(['parking']));
    const scores = found.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The closest wording comes first: it shares 晚上 and 车位 besides the topic.
    expect(found[0]!.id).toBe('q0');
  });

  it('keeps to the limit and the threshold given', () => {
    expect(similarQuestions('停车难', candidates, { limit: 2 })).toHaveLength(2);
    expect(similarQuestions('停车难', candidates)).toHaveLength(5);
    expect(similarQuestions('停车难', candidates, { threshold: 0.99 })).toEqual([]);
    expect(similarQuestions('停车难', candidates, { limit: 0 })).toEqual([]);
  });

  it('suggests nothing for an empty or unrelated question', () => {
    expect(similarQuestions('', candidates)).toEqual([]);
    expect(similarQuestions('   ', candidates)).toEqual([]);
    expect(similarQuestions('图书馆开放时间能延长吗', candidates)).toEqual([]);
  });
});
