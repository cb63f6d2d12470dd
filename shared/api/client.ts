import { contract, isMethod, type Input, type Method, type Output } from './contract';
import { events, isEventName, type AnyEvent, type EventName, type EventPayload } from './events';
import { resultSchema, type Result } from './result';

/**
 * How bytes move: Electron IPC (window.api from the preload) or HTTP. Features never see this; they get
 * the typed ApiClient below.
 */
export interface Transport {
  invoke(method: Method, input: unknown): Promise<unknown>;
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}

export interface ApiClient {
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void;
}

/** Wraps a transport; every answer is checked against the contract, so a malformed one never reaches a screen. */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      // Typed callers cannot get here with a bad name; untyped ones (a console, a plugin) can.
      if (!isMethod(method)) {
        return {
          ok: false,
          error: { code: 'unknown_method', message: `未知的接口：${String(method).slice(0, 60)}` },
        };
      }
      let raw: unknown;
      try {
        raw = await transport.invoke(method, input);
      } catch (error) {
        return {
          ok: false,
          error: { code: 'internal', message: `无法连接到服务：${describe(error)}` },
        };
      }
      const parsed = resultSchema(contract[method].output).safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: { code: 'internal', message: '服务返回了无法识别的数据' } };
      }
      return parsed.data as Result<Output<typeof method>>;
    },
    on(event, handler) {
      return transport.subscribe((name, payload) => {
        if (name !== event || !isEventName(name)) return;
        const parsed = events[event].safeParse(payload);
        if (parsed.success) handler(parsed.data as EventPayload<typeof event>);
      });
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type { AnyEvent };
