import { describe, expect, it } from 'vitest';
import { QuestionMove, type Question, type QuestionState } from '../../shared/domain';
import {
  MoveRefused,
  applyMove,
  markCommitted,
  mergeInList,
  mergeInto,
  moveRefusal,
  recordEdit,
  unmerge,
} from '../../shared/logic/live/question-machine';
import { makeQuestion } from './support/make-question';

const AT = '2025-03-05T15:00:00+08:00';
const BY = '王老师';
const move = (m: QuestionMove) => QuestionMove.parse(m);

const inState = (state: QuestionState, extra: Partial<Question> = {}) =>
  makeQuestion({ text: '小区晚上停车没地方，车位太少', state, ...extra });

describe('moveRefusal', () => {
  it('lets an open question go on and off screen and to every outcome', () => {
    for (const from of ['waiting', 'onScreen'] as const) {
      for (const to of ['answered', 'referred', 'declined'] as const) {
        expect(moveRefusal(inState(from), to)).toBeNull();
      }
    }
    expect(moveRefusal(inState('waiting'), 'onScreen')).toBeNull();
    expect(moveRefusal(inState('onScreen'), 'waiting')).toBeNull();
  });

  it('reopens an outcome to waiting only, saying to reopen first otherwise', () => {
    for (const from of ['answered', 'referred', 'declined'] as const) {
      expect(moveRefusal(inState(from), 'waiting')).toBeNull();
      expect(moveRefusal(inState(from), 'onScreen')).toMatch(/请先退回待处理/);
    }
    expect(moveRefusal(inState('answered'), 'declined')).toMatch(/已是“当场答复”.*不予采纳/);
  });

  it('never moves a committed or merged question, and says what to do instead', () => {
    for (const to of ['waiting', 'onScreen', 'answered', 'referred', 'declined'] as const) {
      expect(moveRefusal(inState('committed', { commitmentId: 'c1' }), to)).toMatch(
        /已形成承诺.*修改对应的承诺/,
      );
      expect(moveRefusal(inState('merged', { mergedInto: 'q0' }), to)).toMatch(/请先撤销合并/);
    }
  });

  it('refuses the targets only other calls may reach, and a move to where it already is', () => {
    expect(moveRefusal(inState('waiting'), 'committed')).toMatch(/新建承诺/);
    expect(moveRefusal(inState('waiting'), 'merged')).toMatch(/合并/);
    expect(moveRefusal(inState('onScreen'), 'onScreen')).toBe('该问题已是“上屏”');
  });
});

describe('applyMove', () => {
  it('records who moved it, when, from → to, and bumps the revision, leaving the input as it was', () => {
    const q = inState('waiting');
    const moved = applyMove(q, move({ to: 'onScreen' }), AT, BY);
    expect(moved.state).toBe('onScreen');
    expect(moved.revision).toBe(q.revision + 1);
    expect(moved.history.at(-1)).toEqual({
      at: AT,
      by: BY,
      kind: 'moved',
      from: 'waiting',
      to: 'onScreen',
      note: '',
    });
    expect(q.state).toBe('waiting');
    expect(q.history).toHaveLength(1);
  });

  it('keeps the referral, the decline reason and the answer note with their own state', () => {
    const onScreen = inState('onScreen');
    const referred = applyMove(
      onScreen,
      move({ to: 'referred', departmentId: 'dept-city', dueDate: '2025-03-20', note: '需现场勘查' }),
      AT,
      BY,
    );
    expect(referred.referral).toEqual({ departmentId: 'dept-city', dueDate: '2025-03-20' });
    expect(referred.history.at(-1)?.note).toBe('书面答复期限 2025-03-20；需现场勘查');

    const declined = applyMove(onScreen, move({ to: 'declined', reason: '属于业主委员会自治事项' }), AT, BY);
    expect(declined.declineReason).toBe('属于业主委员会自治事项');
    expect(declined.history.at(-1)?.note).toBe('属于业主委员会自治事项');

    const answered = applyMove(onScreen, move({ to: 'answered', note: '4 月底前施划 30 个车位' }), AT, BY);
    expect(answered.answerNote).toBe('4 月底前施划 30 个车位');
  });

  it('reopens an outcome: the fields clear, history still holds the earlier outcome and the reopen note', () => {
    const declined = applyMove(
      inState('onScreen'),
      move({ to: 'declined', reason: '不属于本次报告会范围' }),
      AT,
      BY,
    );
    const reopened = applyMove(declined, move({ to: 'waiting', note: '提问人补充了情况' }), AT, BY);
    expect(reopened.state).toBe('waiting');
    expect(reopened.declineReason).toBe('');
    expect(reopened.history.map((h) => [h.from, h.to, h.note])).toEqual([
      [null, 'waiting', ''],
      ['onScreen', 'declined', '不属于本次报告会范围'],
      ['declined', 'waiting', '提问人补充了情况'],
    ]);
    expect(reopened.revision).toBe(3);
  });

  it('throws MoveRefused with the Chinese reason and changes nothing', () => {
    const committed = inState('committed', { commitmentId: 'c1' });
    expect(() => applyMove(committed, move({ to: 'waiting' }), AT, BY)).toThrow(MoveRefused);
    expect(() => applyMove(committed, move({ to: 'waiting' }), AT, BY)).toThrow(/已形成承诺/);
    expect(committed.state).toBe('committed');
    expect(committed.history).toHaveLength(1);
  });
});

describe('mergeInto and unmerge', () => {
  it('merges an open question: the source points at the target, both get one history entry', () => {
    const target = makeQuestion({ text: '小区车位太少，晚上停车没地方' });
    const source = makeQuestion({ text: '停车难，能不能多划车位' });
    const merged = mergeInto(source, target, AT, BY);
    expect(merged.source).toMatchObject({ state: 'merged', mergedInto: target.id, revision: 2 });
    expect(merged.source.history.at(-1)).toMatchObject({ kind: 'merged', from: 'waiting', to: 'merged' });
    expect(merged.target).toMatchObject({ state: 'waiting', revision: 2 });
    expect(merged.target.history.at(-1)).toMatchObject({ kind: 'merged', from: null, to: null });
    expect(merged.target.history.at(-1)?.note).toContain('停车难');
  });

  it('refuses merging into itself, into a merged question, and a question that already has an outcome', () => {
    const a = makeQuestion({ text: '停车难' });
    const mergedAway = makeQuestion({ text: '车位不够', state: 'merged', mergedInto: a.id });
    expect(() => mergeInto(a, a, AT, BY)).toThrow('不能与自身合并');
    expect(() => mergeInto(a, mergedAway, AT, BY)).toThrow(/目标问题本身已合并/);
    expect(() => mergeInto(inState('answered'), a, AT, BY)).toThrow(/只有待处理或上屏的问题可以合并/);
    expect(() => mergeInto(mergedAway, makeQuestion({ text: 'x' }), AT, BY)).toThrow(/请先撤销合并/);
  });

  it('in a list, moves the questions merged into the source along to the target', () => {
    const target = makeQuestion({ text: '小区车位太少' });
    const source = makeQuestion({ text: '停车难' });
    const follower = makeQuestion({ text: '晚上停车没地方', state: 'merged', mergedInto: source.id });
    const changed = mergeInList([target, source, follower], source.id, target.id, AT, BY);
    expect(changed.map((q) => [q.id, q.state, q.mergedInto])).toEqual([
      [source.id, 'merged', target.id],
      [target.id, 'waiting', null],
      [follower.id, 'merged', target.id],
    ]);
    expect(() => mergeInList([target], 'nope', target.id, AT, BY)).toThrow(MoveRefused);
  });

  it('unmerges back to waiting, on its own', () => {
    const target = makeQuestion({ text: '小区车位太少' });
    const { source } = mergeInto(makeQuestion({ text: '停车难' }), target, AT, BY);
    const back = unmerge(source, AT, BY);
    expect(back).toMatchObject({ state: 'waiting', mergedInto: null, revision: 3 });
    expect(back.history.at(-1)).toMatchObject({ kind: 'unmerged', from: 'merged', to: 'waiting' });
    expect(() => unmerge(back, AT, BY)).toThrow(/没有合并/);
  });
});

describe('markCommitted', () => {
  it('links the commitment and records the move', () => {
    const committed = markCommitted(inState('onScreen'), 'c9', AT, BY);
    expect(committed).toMatchObject({ state: 'committed', commitmentId: 'c9', revision: 2 });
    expect(committed.history.at(-1)).toMatchObject({ kind: 'moved', from: 'onScreen', to: 'committed' });
  });

  it('refuses twice, a merged one and an outcome not reopened', () => {
    const committed = markCommitted(inState('waiting'), 'c9', AT, BY);
    expect(() => markCommitted(committed, 'c10', AT, BY)).toThrow(/不能重复/);
    expect(() => markCommitted(inState('merged', { mergedInto: 'q0' }), 'c1', AT, BY)).toThrow(/撤销合并/);
    expect(() => markCommitted(inState('referred'), 'c1', AT, BY)).toThrow(/请先退回待处理/);
  });
});

describe('recordEdit', () => {
  it('applies the patch and names the changed fields, never their values', () => {
    const q = inState('waiting', { askerName: '', category: '' });
    const edited = recordEdit(
      q,
      { askerName: '李建国', askerPhone: '13812345678', category: '停车管理' },
      AT,
      BY,
    );
    expect(edited).toMatchObject({
      askerName: '李建国',
      askerPhone: '13812345678',
      category: '停车管理',
      revision: 2,
    });
    const entry = edited.history.at(-1);
    expect(entry).toMatchObject({ kind: 'edited', note: '修改了提问人姓名、提问人电话、类别' });
    expect(JSON.stringify(entry)).not.toMatch(/李建国|13812345678/);
  });

  it('is no change when nothing differs', () => {
    const q = inState('waiting', { category: '停车管理' });
    expect(recordEdit(q, { category: '停车管理', text: q.text }, AT, BY)).toBe(q);
    expect(recordEdit(q, {}, AT, BY)).toBe(q);
  });
});
