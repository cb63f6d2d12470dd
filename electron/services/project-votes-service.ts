import type { Output, ParsedInput } from '../../shared/api';
import type { ServiceContext } from './service-context';

/** 差额票决 of a batch's candidates: tallies entered by staff, or one ballot per phone through the gateway. */

const todo = (): never => {
  throw new Error('not implemented');
};

export async function createVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.create'>,
): Promise<Output<'projects.votes.create'>> {
  void ctx;
  void input;
  return todo();
}

export async function tallyVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.tally'>,
): Promise<Output<'projects.votes.tally'>> {
  void ctx;
  void input;
  return todo();
}

export async function closeVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.close'>,
): Promise<Output<'projects.votes.close'>> {
  void ctx;
  void input;
  return todo();
}

export async function publicVote(
  ctx: ServiceContext,
  input: ParsedInput<'projects.votes.public'>,
): Promise<Output<'projects.votes.public'>> {
  void ctx;
  void input;
  return todo();
}
