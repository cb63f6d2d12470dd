import { OPEN_QUESTION_STATES, type Question } from '../../../../shared/domain';
import { moveRefusal } from '../../../../shared/logic/live/question-machine';
import type { QUESTION_KEYS } from '../live-keys';

/**
 * Why an action of the bar cannot apply to the question as it stands, in the state machine's own
 * Chinese; null when it can. The button is disabled with this as its reason, and its key says it.
 * `notOpen` words the refusal for 形成承诺 and 合并, which the machine leaves to their own calls.
 */
export function actionRefusal(
  q: Question,
  action: keyof typeof QUESTION_KEYS,
  notOpen: (q: Question) => string,
): string | null {
  switch (action) {
    case 'onScreen':
      return moveRefusal(q, q.state === 'onScreen' ? 'waiting' : 'onScreen');
    case 'answered':
      return moveRefusal(q, 'answered');
    case 'refer':
      return moveRefusal(q, 'referred');
    case 'decline':
      return moveRefusal(q, 'declined');
    case 'commit':
    case 'merge':
      if (OPEN_QUESTION_STATES.includes(q.state)) return null;
      return moveRefusal(q, 'waiting') ?? notOpen(q);
    default:
      return null;
  }
}

/** An outcome the operator may take back (a committed or merged question has its own way back). */
export function canReopen(q: Question): boolean {
  return q.state === 'answered' || q.state === 'referred' || q.state === 'declined';
}
