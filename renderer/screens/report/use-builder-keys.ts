import { useEffect, useRef, type RefObject } from 'react';
import { isEditableTarget } from '../../components/is-editable-target';

export interface BuilderKeyActions {
  select: (delta: number) => void;
  move: (delta: number) => void;
  duplicate: () => void;
  toggleHidden: () => void;
  remove: () => void;
  undo: () => void;
  redo: () => void;
  present: (fromCurrent: boolean) => void;
}

/** What a key press does in the builder, or null; exported so the mapping is tested without a page. */
export function builderActionOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): ((actions: BuilderKeyActions) => void) | null {
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === 'F5' && !ctrl && !event.altKey) return (a) => a.present(event.shiftKey);
  if (ctrl && !event.altKey) {
    if (key === 'z') return event.shiftKey ? (a) => a.redo() : (a) => a.undo();
    if (key === 'y' && !event.shiftKey) return (a) => a.redo();
    if (key === 'd' && !event.shiftKey) return (a) => a.duplicate();
    return null;
  }
  if (event.shiftKey) return null;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const delta = key === 'ArrowUp' ? -1 : 1;
    return event.altKey ? (a) => a.move(delta) : (a) => a.select(delta);
  }
  if (event.altKey) return null;
  if (key === 'h') return (a) => a.toggleHidden();
  if (key === 'Delete') return (a) => a.remove();
  return null;
}

/**
 * The builder's shortcuts, while its tab is shown. Never while typing (a field's own Ctrl+Z and
 * arrows stay the field's), inside a dialog, or while a card is being dragged with the keyboard.
 */
export function useBuilderKeys(
  root: RefObject<HTMLElement | null>,
  actions: BuilderKeyActions,
  paused: boolean,
): void {
  const latest = useRef(actions);
  const pausedRef = useRef(paused);
  useEffect(() => {
    latest.current = actions;
    pausedRef.current = paused;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (pausedRef.current || event.defaultPrevented || event.isComposing) return;
      if (isEditableTarget(event.target)) return;
      if (
        event.target instanceof Element &&
        event.target.closest('[role="dialog"], .ant-dropdown, .ant-select-dropdown')
      )
        return;
      const element = root.current;
      // The workbench keeps a visited tab mounted; only the shown one listens.
      if (!element || element.offsetParent === null) return;
      const action = builderActionOf(event);
      if (!action) return;
      event.preventDefault();
      action(latest.current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [root]);
}
