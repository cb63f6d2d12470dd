import { describe, expect, it } from 'vitest';
import { Question } from '../../shared/domain';
import { filterQuestions } from '../../shared/logic/live/question-filter';
import { makeQuestion } from './support/make-question';
import { questionSet } from './support/question-set';

const at = (minute: number) => `2025-03-05T14:${String(minute).padStart(2, '0')}:00+08:00`;

function sample(): Question[] {
  return [
    makeQuestion({
      id: 'park',
      text: '小区停车难',
      category: '停车管理',
      votes: 3,
      receivedAt: at(5),
      communityId: 'c1',
    }),
    makeQuestion({
      id: 'lift',
      text: '加装电梯进度',
      category: '加装电梯',
      votes: 9,
      receivedAt: at(1),
      departmentId: 'd1',
    }),
    makeQuestion({
      id: 'bin',
      text: '垃圾清运不及时',
      category: '环境卫生',
      votes: 3,
      receivedAt: at(2),
      askerName: 'Zhang Wei',
    }),
    makeQuestion({
      id: 'none',
      text: '其他意见',
      category: '',
      votes: 0,
      receivedAt: at(3),
      state: 'answered',
    }),
    makeQuestion({
      id: 'dup',
      text: '车位不够',
      category: '停车管理',
      votes: 20,
      receivedAt: at(4),
      state: 'merged',
      mergedInto: 'park',
    }),
    makeQuestion({
      id: 'ktv',
      text: '楼下ＫＴＶ太吵',
      category: '噪音扰民',
      votes: 1,
      receivedAt: at(6),
      state: 'onScreen',
    }),
  ];
}
const ids = (qs: readonly Question[]) => qs.map((q) => q.id);

describe('filterQuestions', () => {
  it('orders by arrival, oldest first, and hides merged ones by default', () => {
    expect(ids(filterQuestions(sample(), {}, 'arrival'))).toEqual(['lift', 'bin', 'none', 'park', 'ktv']);
    expect(ids(filterQuestions(sample(), { hideMerged: false }, 'arrival'))).toEqual([
      'lift',
      'bin',
      'none',
      'dup',
      'park',
      'ktv',
    ]);
  });

  it('orders by votes, most first, equal votes by arrival', () => {
    expect(ids(filterQuestions(sample(), {}, 'votes'))).toEqual(['lift', 'bin', 'park', 'ktv', 'none']);
  });

  it('orders by category in Chinese collation (pinyin), uncategorised last, then by arrival', () => {
    // 环境(huan) 加装(jia) 噪音(zao) 停车(ting): h < j < t < z.
    expect(ids(filterQuestions(sample(), {}, 'category'))).toEqual(['bin', 'lift', 'park', 'ktv', 'none']);
  });

  it('filters by states, showing merged ones when asked for by name', () => {
    expect(ids(filterQuestions(sample(), { states: ['waiting', 'onScreen'] }, 'arrival'))).toEqual([
      'lift',
      'bin',
      'park',
      'ktv',
    ]);
    expect(ids(filterQuestions(sample(), { states: ['merged'] }, 'arrival'))).toEqual(['dup']);
    expect(ids(filterQuestions(sample(), { states: ['merged'], hideMerged: true }, 'arrival'))).toEqual([]);
    expect(ids(filterQuestions(sample(), { states: [] }, 'arrival'))).toHaveLength(5);
  });

  it('filters by category, community and department', () => {
    expect(ids(filterQuestions(sample(), { category: '停车管理' }, 'arrival'))).toEqual(['park']);
    expect(ids(filterQuestions(sample(), { category: '' }, 'arrival'))).toEqual(['none']);
    expect(ids(filterQuestions(sample(), { category: null }, 'arrival'))).toHaveLength(5);
    expect(ids(filterQuestions(sample(), { communityId: 'c1' }, 'arrival'))).toEqual(['park']);
    expect(ids(filterQuestions(sample(), { departmentId: 'd1' }, 'arrival'))).toEqual(['lift']);
  });

  it('searches text, category and asker name, case- and width-insensitively, every term', () => {
    expect(ids(filterQuestions(sample(), { query: '停车' }, 'arrival'))).toEqual(['park']);
    expect(ids(filterQuestions(sample(), { query: '环境' }, 'arrival'))).toEqual(['bin']);
    expect(ids(filterQuestions(sample(), { query: 'zhang' }, 'arrival'))).toEqual(['bin']);
    expect(ids(filterQuestions(sample(), { query: 'ktv' }, 'arrival'))).toEqual(['ktv']);
    expect(ids(filterQuestions(sample(), { query: '  小区  停车 ' }, 'arrival'))).toEqual(['park']);
    expect(ids(filterQuestions(sample(), { query: '小区 电梯' }, 'arrival'))).toEqual([]);
    expect(ids(filterQuestions(sample(), { query: '   ' }, 'arrival'))).toHaveLength(5);
  });

  it('does not reorder or change the list it was given', () => {
    const input = sample();
    const before = JSON.stringify(input);
    filterQuestions(input, { query: '车' }, 'votes');
    expect(JSON.stringify(input)).toBe(before);
  });

  it('on 2,000 questions, agrees with a plain filter and keeps every order total', () => {
    const all = questionSet(2000);
    for (const q of all) Question.parse(q);
    const query = '停车';
    const plain = all.filter(
      (q) => q.state !== 'merged' && (q.text.includes(query) || q.category.includes(query)),
    );
    const found = filterQuestions(all, { query }, 'votes');
    expect(new Set(ids(found))).toEqual(new Set(ids(plain)));
    expect(found.length).toBeGreaterThan(100);
    for (let i = 1; i < found.length; i += 1) {
      const [a, b] = [found[i - 1]!, found[i]!];
      expect(a.votes > b.votes || (a.votes === b.votes && a.receivedAt <= b.receivedAt)).toBe(true);
    }
  });
});
