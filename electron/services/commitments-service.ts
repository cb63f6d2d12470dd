import type { ParsedInput } from '../../shared/api';
import type { Commitment } from '../../shared/domain';
import { AppError } from '../api/app-error';
import type { ServiceContext } from './service-context';

/** 当场承诺: made from a question (which becomes 形成承诺 in the same write) or announced; edits keep history. */

const todo = (): never => {
  throw new AppError('internal', 'HELPER(services): not implemented');
};

export function listCommitments(ctx: ServiceContext, meetingId: string): Commitment[] {
  void ctx;
  void meetingId;
  return todo();
}
export async function createCommitment(
  ctx: ServiceContext,
  input: ParsedInput<'commitments.create'>,
): Promise<Commitment> {
  void ctx;
  void input;
  return todo();
}
export async function updateCommitment(
  ctx: ServiceContext,
  input: ParsedInput<'commitments.update'>,
): Promise<Commitment> {
  void ctx;
  void input;
  return todo();
}
