import { describe, expect, it } from 'vitest';
import { FollowUpAction, type FollowUpState } from '../../shared/domain';
import {
  allowedActions,
  applyAction,
  applyPatch,
  isEnded,
  isSolved,
} from '../../shared/logic/follow-up/workflow';
import { act, ctx, makeItem, refusal } from './support/items';

const reply = { kind: 'reply', date: '2025-03-09', text: '已更换电梯主板，运行正常' } as const;

describe('follow-up workflow', () => {
  it('runs 交办 → 办理中 → 反馈 → 满意 → 已解决, one history entry and one revision per step', () => {
    const a = makeItem();
    const b = act(a, { kind: 'start' });
    expect(b.state).toBe('in_progress');
    const c = act(b, reply);
    expect(c.state).toBe('replied');
    expect(c.replies).toHaveLength(1);
    const d = act(c, { kind: 'evaluate', verdict: 'satisfied', channel: 'callback', end: 'solved' });
    expect(d.state).toBe('solved');
    expect(d.closedAt).toBe(ctx().at);
    expect(d.verdicts.map((v) => v.verdict)).toEqual(['satisfied']);
    expect(d.callbacks.map((x) => x.outcome)).toEqual(['answered']);
    expect(d.revision).toBe(a.revision + 3);
    expect(d.history.map((h) => [h.kind, h.from, h.to])).toEqual([
      ['started', 'assigned', 'in_progress'],
      ['replied', 'in_progress', 'replied'],
      ['evaluated', 'replied', 'solved'],
    ]);
    expect(a.state).toBe('assigned');
    expect(a.history).toHaveLength(0);
  });

  it('never mutates the item it is given', () => {
    const a = makeItem();
    const frozen = JSON.stringify(a);
    act(act(a, reply), { kind: 'evaluate', verdict: 'dissatisfied', note: '仍然停运' });
    expect(JSON.stringify(a)).toBe(frozen);
  });

  it('refuses a reply dated after today or before the item was created, in Chinese', () => {
    const a = makeItem();
    expect(refusal(a, { ...reply, date: '2025-03-11' })).toContain('晚于今天');
    expect(refusal(a, { ...reply, date: '2025-03-04' })).toContain('早于事项交办日期');
    expect(act(a, { ...reply, date: '2025-03-05' }).state).toBe('replied');
    expect(act(a, { ...reply, date: '2025-03-10' }).state).toBe('replied');
  });

  it('takes the creation day in Beijing, not UTC', () => {
    // 2025-03-04T17:00Z is already 03-05 in Beijing: a reply dated 03-05 is on the day it was created.
    const a = makeItem({ createdAt: '2025-03-04T17:00:00Z' });
    expect(act(a, { ...reply, date: '2025-03-05' }).state).toBe('replied');
    expect(refusal(a, { ...reply, date: '2025-03-04' })).toContain('2025-03-05');
  });

  it('accepts a second reply while replied as a correction, staying replied', () => {
    const b = act(act(makeItem(), reply), { ...reply, text: '补充：已加装应急电源' });
    expect(b.state).toBe('replied');
    expect(b.replies).toHaveLength(2);
  });

  it('reopens on 不满意 with the reason, and refuses 不满意 without one or with an end', () => {
    const r = act(makeItem(), reply);
    expect(refusal(r, { kind: 'evaluate', verdict: 'dissatisfied' })).toContain('须填写原因');
    expect(refusal(r, { kind: 'evaluate', verdict: 'dissatisfied', note: '   ' })).toContain('须填写原因');
    expect(
      refusal(r, { kind: 'evaluate', verdict: 'dissatisfied', note: '未修好', end: 'solved' }),
    ).toContain('不能选择办结结果');
    const o = act(r, { kind: 'evaluate', verdict: 'dissatisfied', note: '未修好' });
    expect(o.state).toBe('reopened');
    expect(o.closedAt).toBeNull();
    expect(o.verdicts[0]?.note).toBe('未修好');
  });

  it('requires an honest end for 满意 / 基本满意', () => {
    const r = act(makeItem(), reply);
    expect(refusal(r, { kind: 'evaluate', verdict: 'satisfied' })).toContain('须选择办结结果');
    expect(refusal(r, { kind: 'evaluate', verdict: 'basically_satisfied' })).toContain('基本满意');
    expect(act(r, { kind: 'evaluate', verdict: 'satisfied', end: 'partly_solved' }).state).toBe(
      'partly_solved',
    );
    expect(act(r, { kind: 'evaluate', verdict: 'basically_satisfied', end: 'closed_unsolved' }).state).toBe(
      'closed_unsolved',
    );
  });

  it('evaluates only a replied item', () => {
    for (const state of ['assigned', 'in_progress', 'reopened', 'solved'] as const) {
      const m = refusal(makeItem({ state }), { kind: 'evaluate', verdict: 'satisfied', end: 'solved' });
      expect(m).toMatch(/该事项当前为/);
    }
  });

  it('logs 回访无人接听 on a replied item without changing its state', () => {
    const r = act(makeItem(), reply);
    const n = act(r, { kind: 'no_answer' });
    expect(n.state).toBe('replied');
    expect(n.callbacks.map((x) => x.outcome)).toEqual(['no_answer']);
    expect(n.history.at(-1)).toMatchObject({ kind: 'callback', from: 'replied', to: 'replied' });
    expect(refusal(makeItem(), { kind: 'no_answer' })).toContain('尚未反馈');
  });

  it('closes as 已办结未解决 from any open state, and reopens only an ended item', () => {
    for (const state of ['assigned', 'in_progress', 'replied', 'reopened'] as const) {
      const closed = act(makeItem({ state }), { kind: 'close_unsolved', reason: '涉及规划调整' });
      expect(closed.state).toBe('closed_unsolved');
      expect(closed.closedAt).not.toBeNull();
      const again = act(closed, { kind: 'reopen', reason: '规划已批复' });
      expect(again.state).toBe('reopened');
      expect(again.closedAt).toBeNull();
      expect(refusal(makeItem({ state }), { kind: 'reopen', reason: 'x' })).toContain('尚未办结');
    }
    expect(refusal(makeItem({ state: 'solved' }), { kind: 'close_unsolved', reason: 'x' })).toContain(
      '重新办理',
    );
  });

  it('marks milestones on open items, refusing an unknown one', () => {
    const a = makeItem({
      listType: 'ongoing',
      milestones: [{ id: 'ms-a', text: '完成设计', dueDate: '2025-04-01', doneOn: null }],
    });
    const b = act(a, { kind: 'milestone', milestoneId: 'ms-a', doneOn: '2025-03-08' });
    expect(b.milestones[0]?.doneOn).toBe('2025-03-08');
    expect(b.state).toBe('assigned');
    expect(refusal(a, { kind: 'milestone', milestoneId: 'ms-x', doneOn: '2025-03-08' })).toContain('找不到');
    expect(refusal(a, { kind: 'milestone', milestoneId: 'ms-a', doneOn: '2025-03-11' })).toContain(
      '晚于今天',
    );
    expect(
      refusal({ ...a, state: 'solved' }, { kind: 'milestone', milestoneId: 'ms-a', doneOn: null }),
    ).toBeTruthy();
  });

  it('offers exactly the actions it accepts', () => {
    const states: FollowUpState[] = [
      'assigned',
      'in_progress',
      'replied',
      'solved',
      'partly_solved',
      'closed_unsolved',
      'reopened',
    ];
    const samples = {
      start: { kind: 'start' },
      reply,
      evaluate: { kind: 'evaluate', verdict: 'satisfied', end: 'partly_solved' },
      no_answer: { kind: 'no_answer' },
      close_unsolved: { kind: 'close_unsolved', reason: '原因' },
      reopen: { kind: 'reopen', reason: '原因' },
      milestone: { kind: 'milestone', milestoneId: 'ms-a', doneOn: '2025-03-08' },
    } as const;
    for (const state of states) {
      const item = makeItem({
        state,
        milestones: [{ id: 'ms-a', text: '节点', dueDate: '2025-04-01', doneOn: null }],
      });
      for (const [kind, action] of Object.entries(samples)) {
        const outcome = applyAction(item, FollowUpAction.parse(action), ctx());
        expect(outcome.ok, `${state} ${kind}`).toBe(allowedActions(state).includes(kind as never));
      }
    }
  });

  it('counts only solved as solved', () => {
    expect(isSolved('solved')).toBe(true);
    expect(isSolved('partly_solved')).toBe(false);
    expect(isSolved('closed_unsolved')).toBe(false);
    expect(isEnded('closed_unsolved')).toBe(true);
    expect(isEnded('replied')).toBe(false);
  });
});

describe('follow-up edits', () => {
  it('writes one edited entry per field changed and bumps the revision once', () => {
    const a = makeItem({ owner: '王科长' });
    const b = applyPatch(a, { owner: '李科长', deadline: '2025-03-31', title: a.title }, ctx());
    expect(b.revision).toBe(a.revision + 1);
    expect(b.history.map((h) => [h.kind, h.note])).toEqual([
      ['edited', '责任人：王科长 → 李科长'],
      ['edited', '办结期限：2025-03-20 → 2025-03-31'],
    ]);
    expect(b.owner).toBe('李科长');
    expect(a.owner).toBe('王科长');
  });

  it('returns the same object when nothing changed', () => {
    const a = makeItem({ coDepartmentIds: ['d1', 'd2'] });
    expect(applyPatch(a, {}, ctx())).toBe(a);
    expect(applyPatch(a, { coDepartmentIds: ['d1', 'd2'], deadline: '2025-03-20', owner: '' }, ctx())).toBe(
      a,
    );
  });

  it('keeps the id and done date of milestones whose terms stayed', () => {
    const a = makeItem({
      listType: 'ongoing',
      milestones: [
        { id: 'ms-a', text: '完成设计', dueDate: '2025-04-01', doneOn: '2025-03-30' },
        { id: 'ms-b', text: '开工', dueDate: '2025-05-01', doneOn: null },
      ],
    });
    const b = applyPatch(
      a,
      {
        milestones: [
          { text: '完成设计', dueDate: '2025-04-01' },
          { text: '开工', dueDate: '2025-05-15' },
          { text: '竣工验收', dueDate: '2025-08-01' },
        ],
      },
      ctx({ newId: (p) => `${p}-new` }),
    );
    expect(b.milestones[0]).toEqual(a.milestones[0]);
    expect(b.milestones[1]).toMatchObject({ id: 'ms-new', doneOn: null, dueDate: '2025-05-15' });
    expect(b.history).toHaveLength(1);
    expect(b.history[0]?.note).toContain('推进节点');
    expect(
      applyPatch(a, { milestones: a.milestones.map(({ text, dueDate }) => ({ text, dueDate })) }, ctx()),
    ).toBe(a);
  });
});
