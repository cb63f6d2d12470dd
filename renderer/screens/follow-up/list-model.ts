import type { FollowUpRow, Verdict, FollowUpEndState } from '../../../shared/domain';
import type { RowGroup } from '../../../shared/logic/follow-up/views';

/** One line of the virtual list: a group's header, or an item. Both scroll in the same list. */
export type ListLine =
  | { kind: 'group'; key: string; label: string; count: number; overdue: number }
  | { kind: 'row'; row: FollowUpRow };

/** Groups flattened into lines; a single group with an empty key (no grouping) gets no header. */
export function toLines(groups: readonly RowGroup[]): ListLine[] {
  const lines: ListLine[] = [];
  for (const group of groups) {
    if (group.rows.length === 0) continue;
    const overdue = group.rows.reduce((n, r) => n + (r.overdue ? 1 : 0), 0);
    lines.push({ kind: 'group', key: group.key, label: group.label, count: group.rows.length, overdue });
    for (const row of group.rows) lines.push({ kind: 'row', row });
  }
  return lines;
}

/** The item ids in line order (what j/k walk through). */
export function rowIds(lines: readonly ListLine[]): string[] {
  const ids: string[] = [];
  for (const line of lines) if (line.kind === 'row') ids.push(line.row.id);
  return ids;
}

/**
 * What the deadline cell says. Overdue: a red tag with the date missed. Finished on or before its
 * deadline: 按期. Otherwise the date (or the next milestone's) plainly, or nothing.
 */
export type DeadlineMark =
  | { kind: 'overdue'; date: string }
  | { kind: 'onTime'; date: string | null }
  | { kind: 'due'; date: string }
  | { kind: 'none' };

export function deadlineMark(row: FollowUpRow): DeadlineMark {
  const date = row.deadline ?? row.nextMilestone;
  if (row.overdue) return { kind: 'overdue', date: date ?? row.deadline ?? '' };
  if (row.finishedOn !== null && row.deadline !== null && row.finishedOn <= row.deadline)
    return { kind: 'onTime', date: row.deadline };
  if (date) return { kind: 'due', date };
  return { kind: 'none' };
}

/** 满意 means 已解决 unless the operator says otherwise; 基本满意 and 不满意 never preselect an end state. */
export function defaultEndState(verdict: Verdict | null): FollowUpEndState | null {
  return verdict === 'satisfied' ? 'solved' : null;
}

export interface VerdictInput {
  verdict: Verdict | null;
  end: FollowUpEndState | null;
  note: string;
}

/** The i18n key of what is missing from a verdict form, or null when it can be sent. */
export function verdictProblem(input: VerdictInput): 'verdict' | 'end' | 'reason' | null {
  if (input.verdict === null) return 'verdict';
  if (input.verdict === 'dissatisfied') return input.note.trim() === '' ? 'reason' : null;
  return input.end === null ? 'end' : null;
}

/** The selection after a toggle of "every filtered item": all of them, or none when all were already in. */
export function toggleAll(selected: ReadonlySet<string>, filtered: readonly string[]): Set<string> {
  const allIn = filtered.length > 0 && filtered.every((id) => selected.has(id));
  if (allIn) {
    const next = new Set(selected);
    for (const id of filtered) next.delete(id);
    return next;
  }
  return new Set([...selected, ...filtered]);
}

export type ListKeyAction = 'up' | 'down' | 'open' | 'close' | 'undo';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
}

/** j/k or arrows move, Enter opens, Esc closes, Ctrl+Z (⌘Z) takes the last bulk change back. */
export function listKeyAction(event: KeyLike): ListKeyAction | null {
  if (event.isComposing) return null;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z') return 'undo';
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
    case 'J':
      return 'down';
    case 'ArrowUp':
    case 'k':
    case 'K':
      return 'up';
    case 'Enter':
      return 'open';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/** Refused items named by title (a few, clipped, then how many more), for the bulk result message. */
export function refusedNames(
  refused: readonly { id: string; message: string }[],
  titleOf: (id: string) => string,
  shown = 3,
): { names: { title: string; message: string }[]; more: number } {
  const names = refused.slice(0, shown).map((r) => ({ title: clip(titleOf(r.id), 24), message: r.message }));
  return { names, more: Math.max(0, refused.length - shown) };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
