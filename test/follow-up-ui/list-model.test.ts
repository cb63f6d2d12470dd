import { describe, expect, it } from 'vitest';
import { FollowUpRow } from '../../shared/domain';
import {
  deadlineMark,
  defaultEndState,
  listKeyAction,
  refusedNames,
  rowIds,
  toggleAll,
  toLines,
  verdictProblem,
} from '../../renderer/screens/follow-up/list-model';
import { beijingToday } from '../../renderer/screens/follow-up/beijing-today';
import { makeRow } from '../follow-up/support/rows';

function row(overrides: Partial<FollowUpRow> = {}): FollowUpRow {
  return FollowUpRow.parse(makeRow({ id: 'r1', title: '路灯不亮', meetingDate: '2025-03-01', ...overrides }));
}

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('toLines', () => {
  it('puts each group header before its rows and skips empty groups', () => {
    const a = row({ id: 'a', overdue: true });
    const b = row({ id: 'b' });
    const c = row({ id: 'c' });
    const lines = toLines([
      { key: 'immediate', label: '立即整改', rows: [a, b] },
      { key: 'deadline', label: '限期办理', rows: [] },
      { key: 'ongoing', label: '持续推进', rows: [c] },
    ]);
    expect(lines.map((l) => (l.kind === 'group' ? `g:${l.key}:${l.count}:${l.overdue}` : l.row.id))).toEqual([
      'g:immediate:2:1',
      'a',
      'b',
      'g:ongoing:1:0',
      'c',
    ]);
    expect(rowIds(lines)).toEqual(['a', 'b', 'c']);
  });
});

describe('deadlineMark', () => {
  it('flags an overdue item with the date it missed', () => {
    expect(deadlineMark(row({ overdue: true }))).toEqual({ kind: 'overdue', date: '2025-03-20' });
  });
  it('says 按期 when finished on the deadline day itself', () => {
    expect(deadlineMark(row({ finishedOn: '2025-03-20', state: 'replied' }))).toEqual({
      kind: 'onTime',
      date: '2025-03-20',
    });
  });
  it('does not say 按期 when finished after the deadline', () => {
    expect(deadlineMark(row({ finishedOn: '2025-03-21', state: 'replied' })).kind).toBe('due');
  });
  it('shows the next milestone when there is no overall deadline, nothing when neither', () => {
    expect(deadlineMark(row({ deadline: null, nextMilestone: '2025-04-01' }))).toEqual({
      kind: 'due',
      date: '2025-04-01',
    });
    expect(deadlineMark(row({ deadline: null }))).toEqual({ kind: 'none' });
  });
});

describe('verdict form', () => {
  it('preselects 已解决 for 满意 only, never for 基本满意 or 不满意', () => {
    expect(defaultEndState('satisfied')).toBe('solved');
    expect(defaultEndState('basically_satisfied')).toBeNull();
    expect(defaultEndState('dissatisfied')).toBeNull();
    expect(defaultEndState(null)).toBeNull();
  });
  it('needs an end state for 满意 / 基本满意 and a reason for 不满意', () => {
    expect(verdictProblem({ verdict: null, end: null, note: '' })).toBe('verdict');
    expect(verdictProblem({ verdict: 'basically_satisfied', end: null, note: '' })).toBe('end');
    expect(verdictProblem({ verdict: 'basically_satisfied', end: 'partly_solved', note: '' })).toBeNull();
    expect(verdictProblem({ verdict: 'dissatisfied', end: null, note: '   ' })).toBe('reason');
    expect(verdictProblem({ verdict: 'dissatisfied', end: null, note: '还是不亮' })).toBeNull();
  });
});

describe('toggleAll', () => {
  it('adds every filtered id, keeping others already selected', () => {
    expect([...toggleAll(new Set(['x']), ['a', 'b'])].sort()).toEqual(['a', 'b', 'x']);
  });
  it('takes the filtered ids out when all were in, keeping the others', () => {
    expect([...toggleAll(new Set(['a', 'b', 'x']), ['a', 'b'])]).toEqual(['x']);
  });
  it('does nothing with an empty filter', () => {
    expect([...toggleAll(new Set(['x']), [])]).toEqual(['x']);
  });
});

describe('listKeyAction', () => {
  it('maps j/k, arrows, Enter, Esc and Ctrl+Z / ⌘Z', () => {
    expect(listKeyAction(key('j'))).toBe('down');
    expect(listKeyAction(key('ArrowDown'))).toBe('down');
    expect(listKeyAction(key('k'))).toBe('up');
    expect(listKeyAction(key('ArrowUp'))).toBe('up');
    expect(listKeyAction(key('Enter'))).toBe('open');
    expect(listKeyAction(key('Escape'))).toBe('close');
    expect(listKeyAction(key('z', { ctrlKey: true }))).toBe('undo');
    expect(listKeyAction(key('Z', { metaKey: true }))).toBe('undo');
  });
  it('leaves other combinations and IME composition alone', () => {
    expect(listKeyAction(key('j', { ctrlKey: true }))).toBeNull();
    expect(listKeyAction(key('z'))).toBeNull();
    expect(listKeyAction(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(listKeyAction(key('Enter', { isComposing: true }))).toBeNull();
  });
});

describe('refusedNames', () => {
  it('names the first few refused items by clipped title and counts the rest', () => {
    const refused = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, message: `不能：${id}` }));
    const long = '很长的标题'.repeat(10);
    const out = refusedNames(refused, (id) => (id === 'a' ? long : id), 3);
    expect(out.more).toBe(2);
    expect(out.names).toHaveLength(3);
    expect(out.names[0]!.title).toBe(`${long.slice(0, 24)}…`);
    expect(out.names[1]).toEqual({ title: 'b', message: '不能：b' });
  });
});

describe('beijingToday', () => {
  it('is the Beijing date even when it is still yesterday in UTC', () => {
    expect(beijingToday(new Date('2025-03-09T17:30:00Z'))).toBe('2025-03-10');
    expect(beijingToday(new Date('2025-03-09T15:59:00Z'))).toBe('2025-03-09');
  });
});
