import type {
  FollowUpActionKind,
  FollowUpItem,
  FollowUpPatch,
  FollowUpState,
  ParsedFollowUpAction,
} from '../../domain';

/** What an action needs besides the item: the moment, who, fresh ids, and today (Beijing date). */
export interface ActContext {
  at: string;
  by: string;
  newId: (prefix: string) => string;
  today: string;
}

export type ActOutcome = { ok: true; item: FollowUpItem } | { ok: false; message: string };

/** Only 已解决 is solved: 部分解决 and 已办结未解决 never count as solved. */
export function isSolved(state: FollowUpState): boolean {
  return state === 'solved';
}

export function isEnded(state: FollowUpState): boolean {
  return state === 'solved' || state === 'partly_solved' || state === 'closed_unsolved';
}

/** The actions the item's state allows, in the order the console offers them. */
export function allowedActions(_state: FollowUpState): readonly FollowUpActionKind[] {
  throw new Error('not implemented');
}

/**
 * The item after the action, with its state, lists and history updated and its revision bumped; or,
 * when the state does not allow it, a message in Chinese saying why and what to do instead.
 */
export function applyAction(_item: FollowUpItem, _action: ParsedFollowUpAction, _c: ActContext): ActOutcome {
  throw new Error('not implemented');
}

/** The item with the patch's terms, one `edited` history entry per field changed; unchanged → same object. */
export function applyPatch(
  _item: FollowUpItem,
  _patch: Exclude<FollowUpPatch, undefined>,
  _c: ActContext,
): FollowUpItem {
  throw new Error('not implemented');
}
