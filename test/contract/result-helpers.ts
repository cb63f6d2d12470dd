import type { ApiClient, EventName, EventPayload, Result } from '../../shared/api';

export const CHINESE = /[\u4e00-\u9fff]/;

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function refusal<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected a refusal, got success');
  return result.error;
}

/** Resolves with the next event of that name whose payload passes `match`. */
export function nextEvent<E extends EventName>(
  client: ApiClient,
  name: E,
  match: (payload: EventPayload<E>) => boolean = () => true,
  timeoutMs = 10_000,
) {
  return new Promise<EventPayload<E>>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no ${name} event arrived`));
    }, timeoutMs);
    const stop = client.on(name, (payload) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      stop();
      resolve(payload);
    });
  });
}
