import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMethod, maxBodyBytes, type AnyEvent } from '../../shared/api';
import type { Dispatch } from '../api/dispatch';
import { EventStreams } from './event-stream';
import { readBody } from './read-body';
import {
  allowedHosts,
  allowedOrigins,
  bearerMatches,
  hostAllowed,
  isJsonContentType,
  originAllowed,
} from './request-guard';
import { setSecurityHeaders } from './security-headers';
import { sendFailure, sendResult } from './send-result';
import { createStaticFiles } from './static-files';

export interface HostServerOptions {
  dispatch: Dispatch;
  events: { subscribe(listener: (event: AnyEvent) => void): () => void };
  /**
   * The built renderer (dist/renderer); served read-only from this fixed root. Null serves the API
   * alone (the desktop app's loopback endpoint for the CLI).
   */
  rendererDir: string | null;
  /** Session token every API request must carry as `Authorization: Bearer <token>`. */
  token: string;
  /** 0 picks any free port. */
  port: number;
  /** Loopback only: host mode is for the operator's own machine, never the network. */
  host?: '127.0.0.1';
  bodyLimitBytes?: number;
  heartbeatMs?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export interface HostServer {
  readonly port: number;
  readonly origin: string;
  /** The address to open: the token travels in the fragment, which browsers never send to a server. */
  readonly url: string;
  /** Open event streams, for tests and diagnostics. */
  readonly eventStreamCount: number;
  close(): Promise<void>;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
const API_PREFIX = '/api/';
const EVENTS_PATH = '/api/events';

export const HOST_MESSAGES = {
  badHost: '拒绝访问：请求的主机名不被允许，请使用启动时打印的地址打开',
  badOrigin: '拒绝访问：不接受来自其他网站的请求',
  unauthorized: '未授权：缺少或错误的访问令牌。请使用启动时打印的完整地址（含 #token=…）重新打开',
  postOnly: '接口只接受 POST 请求',
  eventsGetOnly: '事件流只接受 GET 请求',
  notJson: '请求格式必须是 JSON（Content-Type: application/json），未作任何修改',
  badJson: '请求内容不是有效的 JSON，未作任何修改',
  badEncoding: '请求内容不是有效的 UTF-8 文本，未作任何修改',
  tooLarge: (limit: number) => `请求内容过大（超过 ${formatBytes(limit)}），未作任何修改`,
  badPath: '请求地址无效',
  internal: '服务内部错误，数据没有改变。请重试；如仍失败，请联系技术支持。',
  portInUse: (port: number) =>
    `端口 ${port} 已被占用。请用 --port 换一个端口，或用 --port 0 自动选择空闲端口`,
} as const;

/** Host mode's HTTP server: the built renderer plus the one API contract over HTTP, on 127.0.0.1 only. */
export async function createHostServer(options: HostServerOptions): Promise<HostServer> {
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const serveStatic = options.rendererDir === null ? null : createStaticFiles(options.rendererDir);
  const streams = new EventStreams({
    subscribe: (l) => options.events.subscribe(l),
    heartbeatMs: options.heartbeatMs ?? 15_000,
  });
  // Filled in once listening, when the real port is known (port 0 means "any free one").
  let hosts = new Set<string>();
  let origins = new Set<string>();
  let origin = '';

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (!bearerMatches(req.headers, options.token)) {
      return sendFailure(res, 401, 'unauthorized', HOST_MESSAGES.unauthorized, {
        'WWW-Authenticate': 'Bearer',
      });
    }
    if (pathname === EVENTS_PATH) {
      if (req.method !== 'GET')
        return sendFailure(res, 405, 'invalid_input', HOST_MESSAGES.eventsGetOnly, { Allow: 'GET' });
      return streams.attach(res);
    }
    if (req.method !== 'POST')
      return sendFailure(res, 405, 'invalid_input', HOST_MESSAGES.postOnly, { Allow: 'POST' });
    if (!isJsonContentType(req.headers)) return sendFailure(res, 415, 'invalid_input', HOST_MESSAGES.notJson);

    let method: string;
    try {
      method = decodeURIComponent(pathname.slice(API_PREFIX.length));
    } catch {
      method = pathname.slice(API_PREFIX.length);
    }
    // Only the methods that carry a file (imports.preview) may send more than the default.
    const limit = (isMethod(method) ? maxBodyBytes[method] : undefined) ?? bodyLimit;
    const body = await readBody(req, limit);
    if (!body.ok) {
      if (body.reason === 'aborted') return void res.destroy();
      if (body.reason === 'bad_encoding')
        return sendFailure(res, 400, 'invalid_input', HOST_MESSAGES.badEncoding);
      // The rest of an oversized body may still be on its way: do not reuse this connection.
      return sendFailure(res, 413, 'too_large', HOST_MESSAGES.tooLarge(limit), { Connection: 'close' });
    }
    let input: unknown;
    try {
      input = JSON.parse(body.text);
    } catch {
      return sendFailure(res, 400, 'invalid_input', HOST_MESSAGES.badJson);
    }
    // The HTTP status is about transport; the Result says whether the call itself succeeded.
    sendResult(res, 200, await options.dispatch(method, input));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (!hostAllowed(req.headers, hosts)) return sendFailure(res, 403, 'forbidden', HOST_MESSAGES.badHost);
    if (!originAllowed(req.headers, origins))
      return sendFailure(res, 403, 'forbidden', HOST_MESSAGES.badOrigin);
    // Origin-form targets only ("/path?query"); "//host/x" would otherwise parse as another host.
    const target = req.url ?? '';
    let pathname: string;
    try {
      if (!target.startsWith('/')) throw new Error('not origin-form');
      pathname = new URL(`${origin}${target}`).pathname;
    } catch {
      return sendFailure(res, 400, 'invalid_input', HOST_MESSAGES.badPath);
    }
    if (pathname === '/api' || pathname.startsWith(API_PREFIX)) return handleApi(req, res, pathname);
    if (!serveStatic) return sendFailure(res, 404, 'not_found', HOST_MESSAGES.badPath);
    return serveStatic(req, res, pathname);
  }

  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  // How often Node looks for timed-out requests; its 30 s default would let a stalled client linger.
  const checkEvery = Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 4)));
  const server = createServer({ connectionsCheckingInterval: checkEvery }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendFailure(res, 500, 'internal', HOST_MESSAGES.internal);
      else res.destroy();
    });
  });
  // Slow or stalled clients must not hold sockets forever. SSE is unaffected: its request (a GET
  // without a body) completes at once; only the response stays open.
  server.headersTimeout = headersTimeout;
  server.requestTimeout = options.requestTimeoutMs ?? 30_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(HOST_MESSAGES.portInUse(options.port)) : error);
    };
    server.once('error', onError);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });

  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port);
  origins = allowedOrigins(port);
  origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    port,
    origin,
    url: `${origin}/#token=${encodeURIComponent(options.token)}`,
    get eventStreamCount() {
      return streams.size;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        streams.closeAll();
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests in flight get a moment to finish (their writes are awaited before answering).
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      });
      return closing;
    },
  };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}
