import type { Output, ParsedInput } from '../../shared/api';
import type { ServiceContext } from './service-context';

/** The pool's figures: per batch, a project's effect on its work orders, the categories to pick from. */

const todo = (): never => {
  throw new Error('not implemented');
};

export async function projectStats(
  ctx: ServiceContext,
  input: ParsedInput<'projects.stats'>,
): Promise<Output<'projects.stats'>> {
  void ctx;
  void input;
  return todo();
}

export async function projectEffect(
  ctx: ServiceContext,
  input: ParsedInput<'projects.effect'>,
): Promise<Output<'projects.effect'>> {
  void ctx;
  void input;
  return todo();
}

export async function workOrderCategories(
  ctx: ServiceContext,
): Promise<Output<'projects.workOrderCategories'>> {
  void ctx;
  return todo();
}
