import { z } from 'zod';
import { zhCN } from 'zod/v4/locales';
import {
  contract,
  fail,
  isMethod,
  ok,
  type Input,
  type Method,
  type Output,
  type ParsedInput,
  type Result,
} from '../../shared/api';
import { AppError } from './app-error';

// Validation messages reach the user; make zod speak Chinese.
z.config(zhCN());

export type Handlers = {
  [M in Method]: (input: ParsedInput<M>) => Promise<Output<M>>;
};

/** What the transports call: a method name off the wire, which may name no method at all. */
export type Dispatch = (method: string, rawInput: unknown) => Promise<Result<unknown>>;

/** The same entry for callers in this process: the method's input and output types come from the contract. */
export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;

export interface Dispatcher {
  dispatch: Dispatch;
  call: Call;
}

export interface DispatchLog {
  error(message: string, error: unknown): void;
}

const MAX_ISSUES = 10;

function unknownMethod(method: unknown): Promise<Result<never>> {
  return Promise.resolve(fail('unknown_method', `未知的接口：${String(method).slice(0, 60)}`));
}

/** A schema's refusal of an input, as the Result every caller gets: the first problem named, in Chinese. */
export function invalidInput(error: z.ZodError): Result<never> {
  const details = error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = details[0];
  const where = first && first.path ? `（${first.path}）` : '';
  return fail('invalid_input', `输入有误${where}：${first?.message ?? '格式不正确'}`, details);
}

/**
 * Runs one service call so that no exception crosses the boundary: an AppError becomes its refusal,
 * anything else is logged and answered with a generic message (nothing changed).
 */
export async function guarded<T>(
  label: string,
  log: DispatchLog,
  work: () => Promise<T>,
): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message, error.details);
    log.error(`[${label}] failed`, error);
    return fail('internal', '操作未完成，数据没有改变。请重试；如仍失败，请联系技术支持。');
  }
}

/**
 * The single entry point both transports and in-process callers use: validates input against the
 * contract, runs the service, and never lets an exception cross the boundary.
 */
export function createDispatcher(handlers: Handlers, log: DispatchLog = console): Dispatcher {
  async function run<M extends Method>(method: M, rawInput: unknown): Promise<Result<Output<M>>> {
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) return invalidInput(parsed.error);
    const handler: (input: ParsedInput<M>) => Promise<Output<M>> = handlers[method];
    // The contract's input schema for M parses to ParsedInput<M>; TypeScript cannot see through the
    // lookup on a generic key.
    return guarded(method, log, () => handler(parsed.data as ParsedInput<M>));
  }
  return {
    dispatch: (method, rawInput) => (isMethod(method) ? run(method, rawInput) : unknownMethod(method)),
    // Typed callers cannot name another method; untyped JavaScript still can, and gets the same answer.
    call: (method, input) => (isMethod(method) ? run(method, input) : unknownMethod(method)),
  };
}
