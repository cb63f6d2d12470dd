import type { Output, ParsedInput } from '../../shared/api';
import type { ServiceContext } from './service-context';

/** 民生项目池: projects and batches. Votes, imports and figures have modules of their own. */

const todo = (): never => {
  throw new Error('not implemented');
};

export async function getPool(ctx: ServiceContext): Promise<Output<'projects.pool'>> {
  void ctx;
  return todo();
}

export async function createBatch(
  ctx: ServiceContext,
  input: ParsedInput<'projects.createBatch'>,
): Promise<Output<'projects.createBatch'>> {
  void ctx;
  void input;
  return todo();
}

export async function updateBatch(
  ctx: ServiceContext,
  input: ParsedInput<'projects.updateBatch'>,
): Promise<Output<'projects.updateBatch'>> {
  void ctx;
  void input;
  return todo();
}

export async function closeProjectBatch(
  ctx: ServiceContext,
  input: ParsedInput<'projects.closeBatch'>,
): Promise<Output<'projects.closeBatch'>> {
  void ctx;
  void input;
  return todo();
}

export async function createProject(
  ctx: ServiceContext,
  input: ParsedInput<'projects.create'>,
): Promise<Output<'projects.create'>> {
  void ctx;
  void input;
  return todo();
}

export async function updateProject(
  ctx: ServiceContext,
  input: ParsedInput<'projects.update'>,
): Promise<Output<'projects.update'>> {
  void ctx;
  void input;
  return todo();
}

export async function deleteProject(
  ctx: ServiceContext,
  input: ParsedInput<'projects.delete'>,
): Promise<Output<'projects.delete'>> {
  void ctx;
  void input;
  return todo();
}
