import type { Input, Method, Output, Result } from '../../shared/api';

/** What a command calls: the folder's owner over its loopback API, or services this command opened itself. */
export interface CliApi {
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
}

export class CliCallError extends Error {}

/** Calls one API method (validation included) and unwraps the Result. */
export async function call<M extends Method>(api: CliApi, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await api.call(method, input);
  if (!result.ok) throw new CliCallError(`${method}: ${result.error.message}`);
  return result.value;
}

/** Like `call`, but hands back the refusal so the command can say it in its own words. */
export function tryCall<M extends Method>(
  api: CliApi,
  method: M,
  input: Input<M>,
): Promise<Result<Output<M>>> {
  return api.call(method, input);
}
