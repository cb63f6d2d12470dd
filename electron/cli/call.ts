import type { Input, Method, Output, Result } from '../../shared/api';
import type { AppServices } from '../services/app-services';

export class CliCallError extends Error {}

/** Calls one API method through the dispatcher (validation included) and unwraps the Result. */
export async function call<M extends Method>(app: AppServices, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw new CliCallError(`${method}: ${result.error.message}`);
  return result.value as Output<M>;
}

/** Like `call`, but hands back the refusal so the command can say it in its own words. */
export async function tryCall<M extends Method>(app: AppServices, method: M, input: Input<M>): Promise<Result<Output<M>>> {
  // The dispatcher validated the input and the service produced this method's output.
  return (await app.dispatch(method, input)) as Result<Output<M>>;
}
