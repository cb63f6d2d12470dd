import type { Input, Method, Output } from '../../shared/api';
import { api } from '../api';
import { ApiFailure } from './api-failure';

/** Calls the API and returns the value, throwing ApiFailure on an error Result. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await api.call(method, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}
