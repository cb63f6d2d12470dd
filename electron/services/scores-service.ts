import type { ParsedInput } from '../../shared/api';
import type { ScoreSheet } from '../../shared/domain';
import { AppError } from '../api/app-error';
import type { ServiceContext } from './service-context';

/** 群众打分 per report part: the operator's show-of-hands tally (phones add theirs in the next issue). */

const todo = (): never => {
  throw new AppError('internal', 'HELPER(services): not implemented');
};

export function getScores(ctx: ServiceContext, meetingId: string): ScoreSheet {
  void ctx;
  void meetingId;
  return todo();
}
export async function setScore(ctx: ServiceContext, input: ParsedInput<'scores.set'>): Promise<ScoreSheet> {
  void ctx;
  void input;
  return todo();
}
