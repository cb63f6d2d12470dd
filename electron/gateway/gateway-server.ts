import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isPhoneMethod, PHONE_HTTP, type PhoneMethod } from '../../shared/api/phone-contract';
import { fail, type Result } from '../../shared/api/result';
import { EventStreams } from '../host/event-stream';
import { readBody } from '../host/read-body';
import { hostAllowed, isJsonContentType, originAllowed, tokenMatches } from '../host/request-guard';
import { setSecurityHeaders } from '../host/security-headers';
import { sendFailure, sendResult } from '../host/send-result';
import { GATEWAY_MESSAGES as M } from './gateway-messages';
import type { PhoneFile, PhoneFiles } from './phone-files';
import { ClientBuckets, ClientCounts, resolveLimits, type GatewayLimits } from './rate-limit';

/**
 * The phone page's policy: its own script and stylesheet, no inline anything, nothing from elsewhere,
 * and its calls only to this server.
 */
export const GATEWAY_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Forwards one phone call to the folder's owner (which adds the meeting and checks the input again). */
export type GatewayCall = (method: PhoneMethod, input: unknown) => Promise<Result<unknown>>;

export interface GatewayServerOptions {
  /** The one interface address to listen on (IPv4 or IPv6), never a wildcard. */
  address: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The meeting's token; a server started with a new token refuses the old one. */
  token: string;
  phoneFiles: PhoneFiles;
  call: GatewayCall;
  limits?: Partial<GatewayLimits>;
}

export interface GatewayServer {
  readonly address: string;
  readonly port: number;
  readonly origin: string;
  /** Open event streams and owner calls waiting, for tests and diagnostics. */
  readonly streamCount: number;
  readonly inFlight: number;
  /** Tells every event stream that something changed (no content: the phone reads its view again). */
  notify(): void;
  close(): Promise<void>;
}

/** Why listening failed, with the Chinese message the operator sees. */
export class GatewayListenError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'GatewayListenError';
  }
}

type ChangedEvent = { event: 'changed'; payload: Record<string, never> };

/**
 * The question box's HTTP server: the phone page's three files, its event stream and the phone
 * methods, on one interface address. Every guard of the hall's network sits here: Host and Origin allow-lists, the meeting's token, JSON only, 4 KB bodies,
 * per-address and total limits, time-outs, security headers. Nothing else answers: no listing, no
 * files beyond the page, none of the operator's API.
 */
export async function createGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  const limits = resolveLimits(options.limits);
  const address = options.address.toLowerCase();
  const buckets = new ClientBuckets(limits.burstPerClient, limits.refillPerSecond);
  const connections = new ClientCounts();
  const streamsPerClient = new ClientCounts();
  const listeners = new Set<(event: ChangedEvent) => void>();
  const streams = new EventStreams<ChangedEvent>({
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    heartbeatMs: limits.heartbeatMs,
    maxBufferedBytes: 64 * 1024,
  });
  let hosts = new Set<string>();
  let origins = new Set<string>();
  let inFlight = 0;

  function refuseBusy(res: ServerResponse, seconds: number, message: string): void {
    sendResult(res, 429, fail('rate_limited', message), { 'Retry-After': String(seconds) });
  }

  function servePage(req: IncomingMessage, res: ServerResponse, file: PhoneFile): void {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendFailure(res, 405, 'invalid_input', M.getOnly, { Allow: 'GET, HEAD' });
    const gzip = file.gzip !== null && acceptsGzip(req.headers['accept-encoding']);
    const body = gzip ? file.gzip! : file.body;
    const etag = gzip ? `${file.etag.slice(0, -1)}-gz"` : file.etag;
    const headers: Record<string, string> = { ETag: etag, Vary: 'Accept-Encoding' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      return void res.end();
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': file.type,
      'Content-Length': String(body.length),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function serveEvents(req: IncomingMessage, res: ServerResponse, query: string, client: string): void {
    if (req.method !== 'GET') return sendFailure(res, 405, 'invalid_input', M.getOnly, { Allow: 'GET' });
    const presented =
      new URLSearchParams(query).get(PHONE_HTTP.eventsTokenParam) ?? headerValue(req, PHONE_HTTP.tokenHeader);
    if (!tokenMatches(presented ?? undefined, options.token))
      return sendFailure(res, 401, 'unauthorized', M.unauthorized);
    if (streamsPerClient.count(client) >= limits.maxStreamsPerClient)
      return refuseBusy(res, 10, M.tooManyStreams);
    streamsPerClient.add(client);
    res.once('close', () => streamsPerClient.remove(client));
    streams.attach(res);
  }

  async function serveCall(req: IncomingMessage, res: ServerResponse, method: PhoneMethod): Promise<void> {
    if (req.method !== 'POST') return sendFailure(res, 405, 'invalid_input', M.postOnly, { Allow: 'POST' });
    if (!tokenMatches(headerValue(req, PHONE_HTTP.tokenHeader), options.token))
      return sendFailure(res, 401, 'unauthorized', M.unauthorized);
    if (!isJsonContentType(req.headers)) return sendFailure(res, 415, 'invalid_input', M.notJson);
    const body = await readBody(req, PHONE_HTTP.maxBodyBytes);
    if (!body.ok) {
      if (body.reason === 'aborted') return void res.destroy();
      if (body.reason === 'bad_encoding') return sendFailure(res, 400, 'invalid_input', M.badEncoding);
      // The rest of the body may still be coming: answer, then drop the connection.
      return sendFailure(res, 413, 'too_large', M.tooLarge(PHONE_HTTP.maxBodyBytes), { Connection: 'close' });
    }
    let input: unknown;
    try {
      input = JSON.parse(body.text);
    } catch {
      return sendFailure(res, 400, 'invalid_input', M.badJson);
    }
    // A full owner answers nobody faster; better tell the phone to retry than queue it without end.
    if (inFlight >= limits.maxInFlight) return refuseBusy(res, 1, M.busy(1));
    inFlight += 1;
    try {
      sendResult(res, 200, await callWithTimeout(options.call(method, input), limits.callTimeoutMs));
    } catch {
      sendFailure(res, 503, 'unavailable', M.unavailable, { 'Retry-After': '2' });
    } finally {
      inFlight -= 1;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res, GATEWAY_CSP);
    res.setHeader('Cache-Control', 'no-store');
    const client = clientAddress(req.socket);
    // Counted before anything else, so a flood of refused requests is throttled like any other.
    const wait = buckets.take(client);
    if (wait > 0) return refuseBusy(res, wait, M.rateLimited(wait));
    if (!hostAllowed(req.headers, hosts)) return sendFailure(res, 403, 'forbidden', M.badHost);
    if (!originAllowed(req.headers, origins)) return sendFailure(res, 403, 'forbidden', M.badOrigin);

    // Exact paths only, never decoded: '/%2e%2e/', '//host', '/.env' and '/api/…' match nothing.
    const target = req.url ?? '';
    const queryAt = target.indexOf('?');
    const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
    const query = queryAt === -1 ? '' : target.slice(queryAt + 1);
    const file = options.phoneFiles.get(pathname);
    if (file) return servePage(req, res, file);
    if (pathname === PHONE_HTTP.events) return serveEvents(req, res, query, client);
    if (pathname.startsWith(PHONE_HTTP.apiPrefix)) {
      const name = pathname.slice(PHONE_HTTP.apiPrefix.length);
      if (isPhoneMethod(name)) return serveCall(req, res, name);
    }
    return sendFailure(res, 404, 'not_found', M.notFound);
  }

  const checkEvery = Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4)));
  const server = createServer(
    { connectionsCheckingInterval: checkEvery, maxHeaderSize: 8 * 1024 },
    (req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) sendFailure(res, 500, 'internal', M.internal);
        else res.destroy();
      });
    },
  );
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs);
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  server.on('clientError', onClientError);
  server.on('connection', (socket: Socket) => {
    const client = clientAddress(socket);
    if (connections.count(client) >= limits.maxConnectionsPerClient) {
      refuseSocket(socket, '429 Too Many Requests', fail('rate_limited', M.tooManyConnections), 5);
      return;
    }
    connections.add(client);
    socket.once('close', () => connections.remove(client));
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(listenError(error, address, options.port));
    server.once('error', onError);
    server.listen(
      { host: address, port: options.port, exclusive: true, ipv6Only: address.includes(':') },
      () => {
        server.off('error', onError);
        resolve();
      },
    );
  });

  const port = (server.address() as AddressInfo).port;
  const hostName = address.includes(':') ? `[${address}]` : address;
  const origin = `http://${hostName}:${port}`;
  hosts = new Set([`${hostName}:${port}`, ...(port === 80 ? [hostName] : [])]);
  origins = new Set([origin, ...(port === 80 ? [`http://${hostName}`] : [])]);

  let lastSent = Number.NEGATIVE_INFINITY;
  let pending: NodeJS.Timeout | null = null;
  const send = () => {
    pending = null;
    lastSent = performance.now();
    for (const listener of [...listeners]) listener({ event: 'changed', payload: {} });
  };

  let closing: Promise<void> | null = null;
  return {
    address,
    port,
    origin,
    get streamCount() {
      return streams.size;
    },
    get inFlight() {
      return inFlight;
    },
    notify() {
      if (pending || closing) return;
      const wait = lastSent + limits.notifyCoalesceMs - performance.now();
      if (wait <= 0) send();
      else pending = setTimeout(send, wait);
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        if (pending) clearTimeout(pending);
        streams.closeAll();
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
      });
      return closing;
    },
  };
}

function callWithTimeout<T>(call: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    call.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The client's address; IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d. */
function clientAddress(socket: Socket): string {
  const remote = socket.remoteAddress ?? '';
  return remote.startsWith('::ffff:') ? remote.slice(7) : remote;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** gzip is acceptable unless the client left it out or gave it q=0. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * A refusal written straight to the socket, then the connection closed: past the per-address cap
 * (before any request is read) and for requests Node's parser throws out (time-outs, bad syntax), so
 * those too carry the security headers and a Result.
 */
function refuseSocket(socket: Socket, status: string, result: Result<never>, retryAfter?: number): void {
  const body = JSON.stringify(result);
  const head = [
    `HTTP/1.1 ${status}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(retryAfter ? [`Retry-After: ${retryAfter}`] : []),
    'Cache-Control: no-store',
    `Content-Security-Policy: ${GATEWAY_CSP}`,
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: no-referrer',
    'X-Frame-Options: DENY',
    'Cross-Origin-Resource-Policy: same-origin',
    'Connection: close',
  ].join('\r\n');
  socket.on('error', () => undefined);
  if (socket.writable) socket.end(`${head}\r\n\r\n${body}`);
  // A client that never closes its side must not keep the socket.
  setTimeout(() => socket.destroy(), 1_000).unref();
}

function onClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return refuseSocket(socket, '408 Request Timeout', fail('timeout', M.tooSlow));
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return refuseSocket(socket, '431 Request Header Fields Too Large', fail('too_large', M.badRequest));
  refuseSocket(socket, '400 Bad Request', fail('invalid_input', M.badRequest));
}

function listenError(error: NodeJS.ErrnoException, address: string, port: number): GatewayListenError {
  switch (error.code) {
    case 'EADDRINUSE':
      return new GatewayListenError(M.portInUse(port), error.code);
    case 'EADDRNOTAVAIL':
    case 'EINVAL':
    case 'ENOTFOUND':
      return new GatewayListenError(M.addressGone(address), error.code);
    case 'EACCES':
      return new GatewayListenError(M.portDenied(port), error.code);
    default:
      return new GatewayListenError(M.listenFailed(error.message), error.code);
  }
}
