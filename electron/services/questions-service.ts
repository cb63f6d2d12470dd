import type { LiveQuestions, ParsedInput } from '../../shared/api';
import type { Question } from '../../shared/domain';
import { AppError } from '../api/app-error';
import type { ServiceContext } from './service-context';

/** 现场提问: entry, moves, merges and votes, through the live record (see live-record.ts). */

const todo = (): never => {
  throw new AppError('internal', 'HELPER(services): not implemented');
};

export function listQuestions(ctx: ServiceContext, meetingId: string): LiveQuestions {
  void ctx;
  void meetingId;
  return todo();
}
export async function createQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.create'>,
): Promise<Question> {
  void ctx;
  void input;
  return todo();
}
export async function updateQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.update'>,
): Promise<Question> {
  void ctx;
  void input;
  return todo();
}
export async function moveQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.move'>,
): Promise<Question> {
  void ctx;
  void input;
  return todo();
}
export async function mergeQuestions(
  ctx: ServiceContext,
  input: ParsedInput<'questions.merge'>,
): Promise<Question> {
  void ctx;
  void input;
  return todo();
}
export async function unmergeQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.unmerge'>,
): Promise<Question> {
  void ctx;
  void input;
  return todo();
}
export async function voteQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.vote'>,
): Promise<Question> {
  void ctx;
  void input;
  return todo();
}
export async function referRest(
  ctx: ServiceContext,
  input: ParsedInput<'questions.referRest'>,
): Promise<{ referred: number }> {
  void ctx;
  void input;
  return todo();
}
