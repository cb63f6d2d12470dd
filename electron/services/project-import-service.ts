import type { Output, ParsedInput } from '../../shared/api';
import type { ServiceContext } from './service-context';

/** Project-list sheets: preview (nothing stored), confirm all at once, undo. */

const todo = (): never => {
  throw new Error('not implemented');
};

export async function previewProjectImport(
  ctx: ServiceContext,
  input: ParsedInput<'projects.importPreview'>,
): Promise<Output<'projects.importPreview'>> {
  void ctx;
  void input;
  return todo();
}

export async function confirmProjectImport(
  ctx: ServiceContext,
  input: ParsedInput<'projects.importConfirm'>,
): Promise<Output<'projects.importConfirm'>> {
  void ctx;
  void input;
  return todo();
}

export async function undoProjectImport(
  ctx: ServiceContext,
  input: ParsedInput<'projects.importUndo'>,
): Promise<Output<'projects.importUndo'>> {
  void ctx;
  void input;
  return todo();
}
