import { QUESTION_KEYS } from '../live-keys';

export type QuestionKeyAction = keyof typeof QUESTION_KEYS | 'up' | 'down';

/** The parts of a key event the console reads, so the mapping is testable without a DOM. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** IME composition: Enter or a letter then belongs to the Chinese input method. */
  isComposing?: boolean;
}

const BY_KEY = new Map<string, QuestionKeyAction>(
  (Object.entries(QUESTION_KEYS) as [keyof typeof QUESTION_KEYS, string][]).map(([action, key]) => [
    key,
    action,
  ]),
);

/**
 * What a key press asks of the question list, or null when it is not one of ours. Ctrl/Alt/Meta
 * combinations stay the browser's (Ctrl+C copies, Alt+D goes to the address bar). The caller checks
 * first that the key was not typed into a field.
 */
export function questionKeyAction(event: KeyLike): QuestionKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return null;
  if (event.key === 'ArrowUp') return 'up';
  if (event.key === 'ArrowDown') return 'down';
  if (event.key.length !== 1) return null;
  return BY_KEY.get(event.key.toLowerCase()) ?? null;
}

/**
 * The row to select after ↑/↓: one step within the list, staying at its ends; the first (or last)
 * row when nothing, or a row no longer listed, was selected.
 */
export function moveSelection(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index === -1) return step === 1 ? ids[0]! : ids[ids.length - 1]!;
  const next = Math.min(ids.length - 1, Math.max(0, index + step));
  return ids[next]!;
}
