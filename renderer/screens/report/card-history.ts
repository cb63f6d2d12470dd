import type { Card, ReportSettings } from '../../../shared/domain';

/** What undo and redo step through: the whole card list with the settings, as one value. */
export interface Snapshot {
  cards: readonly Card[];
  settings: ReportSettings;
}

export interface History {
  past: readonly Snapshot[];
  present: Snapshot;
  future: readonly Snapshot[];
  /**
   * Typing in one field is one step, not one per key: edits with the same group key as the last
   * one replace it instead of adding to the past.
   */
  group: string | null;
}

/** Enough for a long session of edits; older steps fall off. */
export const MAX_HISTORY = 100;

export function startHistory(present: Snapshot): History {
  return { past: [], present, future: [], group: null };
}

export function record(history: History, next: Snapshot, group: string | null = null): History {
  if (next === history.present) return history;
  if (group !== null && group === history.group) return { ...history, present: next };
  return {
    past: [...history.past, history.present].slice(-MAX_HISTORY),
    present: next,
    future: [],
    group,
  };
}

export function undo(history: History): History {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    group: null,
  };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest, group: null };
}
