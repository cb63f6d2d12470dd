import type { ServerResponse } from 'node:http';
import { fail, type ErrorCode, type Result } from '../../shared/api/result';

/** Every API answer, refusals included, is a Result, so the client shows the server's own message. */
export function sendResult(
  res: ServerResponse,
  status: number,
  result: Result<unknown>,
  headers: Record<string, string> = {},
): void {
  const body = Buffer.from(JSON.stringify(result), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export function sendFailure(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendResult(res, status, fail(code, message), headers);
}
