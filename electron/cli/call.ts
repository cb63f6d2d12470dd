import type { Input, Method, Output } from '../../shared/api';
import type { AppServices } from '../services/app-services';

export class CliCallError extends Error {}

/** Calls one API method through the dispatcher (validation included) and unwraps the Result. */
export async function call<M extends Method>(app: AppServices, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw new CliCallError(`${method}: ${result.error.message}`);
  return result.value as Output<M>;
}
