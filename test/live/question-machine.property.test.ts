import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuestionMove, QuestionState, type Question } from '../../shared/domain';
import {
  MoveRefused,
  applyMove,
  markCommitted,
  mergeInList,
  recordEdit,
  unmerge,
} from '../../shared/logic/live/question-machine';
import { makeQuestion } from './support/make-question';

const AT = '2025-03-05T15:00:00+08:00';
const COUNT = 6;

const index = fc.integer({ min: 0, max: COUNT - 1 });
const move = fc.oneof(
  fc.constant<QuestionMove>({ to: 'waiting', note: '重新打开' }),
  fc.constant<QuestionMove>({ to: 'onScreen' }),
  fc.constant<QuestionMove>({ to: 'answered', note: '已当场答复' }),
  fc.constant<QuestionMove>({ to: 'referred', departmentId: 'dept-1', dueDate: '2025-03-20' }),
  fc.constant<QuestionMove>({ to: 'declined', reason: '不属于本次范围' }),
);
const operation = fc.oneof(
  fc.record({ op: fc.constant('move' as const), i: index, move }),
  fc.record({ op: fc.constant('merge' as const), i: index, j: index }),
  fc.record({ op: fc.constant('unmerge' as const), i: index }),
  fc.record({ op: fc.constant('commit' as const), i: index }),
  fc.record({
    op: fc.constant('edit' as const),
    i: index,
    category: fc.constantFrom('停车管理', '环境卫生', ''),
  }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** One operation on the list the way a service does it: changed questions replace theirs by id. */
function apply(list: readonly Question[], o: Operation, by: string): Question[] {
  const q = list[o.i]!;
  let changed: Question[];
  switch (o.op) {
    case 'move':
      changed = [applyMove(q, QuestionMove.parse(o.move), AT, by)];
      break;
    case 'merge':
      changed = mergeInList(list, q.id, list[o.j]!.id, AT, by);
      break;
    case 'unmerge':
      changed = [unmerge(q, AT, by)];
      break;
    case 'commit':
      changed = [markCommitted(q, `c-${q.id}`, AT, by)];
      break;
    case 'edit':
      changed = [recordEdit(q, { category: o.category }, AT, by)];
      break;
  }
  const byId = new Map(changed.map((c) => [c.id, c]));
  return list.map((x) => byId.get(x.id) ?? x);
}

/** The fields that belong to one state are set exactly when the question is in it. */
function expectConsistent(q: Question, all: readonly Question[]) {
  expect(QuestionState.options).toContain(q.state);
  expect(q.referral !== null).toBe(q.state === 'referred');
  expect(q.declineReason !== '').toBe(q.state === 'declined');
  expect(q.commitmentId !== null).toBe(q.state === 'committed');
  expect(q.mergedInto !== null).toBe(q.state === 'merged');
  if (q.state === 'merged') {
    const target = all.find((t) => t.id === q.mergedInto);
    expect(target).toBeDefined();
    expect(target!.state).not.toBe('merged');
  }
  // History is a chain: each state change starts where the previous one ended.
  let state: QuestionState | null = null;
  for (const h of q.history) {
    if (h.to !== null && h.from !== h.to) {
      if (state !== null) expect(h.from).toBe(state);
      state = h.to;
    }
  }
  expect(state).toBe(q.state);
}

describe('the question state machine over random sequences', () => {
  it('never loses a question, keeps each in one consistent state, and logs every change once', () => {
    const done = { refused: 0, applied: 0, merged: 0 };
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        let list = Array.from({ length: COUNT }, (_, i) => makeQuestion({ text: `问题 ${i}` }));
        const ids = list.map((q) => q.id);
        let refused = 0;
        for (const [step, o] of operations.entries()) {
          const by = `操作员${step}`;
          let next: Question[];
          try {
            next = apply(list, o, by);
          } catch (error) {
            // Only a refusal may throw, and a refusal changes nothing.
            expect(error).toBeInstanceOf(MoveRefused);
            expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
            refused += 1;
            continue;
          }
          expect(next.map((q) => q.id)).toEqual(ids);
          for (const [k, after] of next.entries()) {
            const before = list[k]!;
            if (after === before) continue;
            expect(after.history.length).toBe(before.history.length + 1);
            expect(after.revision).toBe(before.revision + 1);
            expect(after.history.slice(0, -1)).toEqual(before.history);
            expect(after.history.at(-1)).toMatchObject({ at: AT, by });
          }
          for (const q of next) expectConsistent(q, next);
          list = next;
        }
        done.refused += refused;
        done.applied += operations.length - refused;
        done.merged = Math.max(done.merged, list.filter((q) => q.state === 'merged').length);
      }),
      { numRuns: 400 },
    );
    // The runs reached the interesting cases: refusals, applied changes, and merge groups of two or more.
    expect(done.refused).toBeGreaterThan(100);
    expect(done.applied).toBeGreaterThan(100);
    expect(done.merged).toBeGreaterThanOrEqual(2);
  });

  it('can bring every question back to waiting unless it became a commitment', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        let list = Array.from({ length: COUNT }, (_, i) => makeQuestion({ text: `问题 ${i}` }));
        for (const o of operations) {
          try {
            list = apply(list, o, '工作人员');
          } catch {
            // refused: nothing changed
          }
        }
        for (const q of list) {
          if (q.state === 'committed' || q.state === 'waiting') continue;
          const back =
            q.state === 'merged'
              ? unmerge(q, AT, '工作人员')
              : applyMove(q, QuestionMove.parse({ to: 'waiting' }), AT, '工作人员');
          expect(back.state).toBe('waiting');
        }
      }),
      { numRuns: 200 },
    );
  });
});
