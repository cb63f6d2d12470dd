import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GatewayResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json(): unknown;
}

export interface GatewayRequest {
  /** The server's address (where to connect). */
  address?: string;
  port: number;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Our side's address: Linux routes all of 127/8 to lo, so 127.0.0.2 and .3 are two "phones". */
  localAddress?: string;
  /** Omits the Host header Node would otherwise add. */
  host?: string;
}

/** A raw HTTP request, so tests can send what a browser would refuse to (a foreign Host, a bad path). */
export function gatewayRequest(options: GatewayRequest): Promise<GatewayResponse> {
  const address = options.address ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: address,
        port: options.port,
        method: options.method ?? 'GET',
        path: options.path,
        localAddress: options.localAddress,
        headers: { Host: options.host ?? `${address}:${options.port}`, ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text,
            json: () => JSON.parse(text) as unknown,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) {
      req.setHeader('Content-Length', String(Buffer.byteLength(options.body)));
      req.write(options.body);
    }
    req.end();
  });
}

export const PAGE = {
  index: '<!doctype html><html lang="zh-CN"><title>手机提问</title><script src="/phone.js"></script></html>',
  js: `console.log(${JSON.stringify('phone '.repeat(200))});`,
  css: 'body { font: 16px sans-serif; }',
};

/** A phone page folder as the build makes it, plus a secret beside it that must never be served. */
export function makePhoneDir(): { base: string; phoneDir: string } {
  const base = mkdtempSync(join(tmpdir(), 'rbd-gateway-'));
  const phoneDir = join(base, 'phone');
  mkdirSync(phoneDir);
  writeFileSync(join(phoneDir, 'index.html'), PAGE.index);
  writeFileSync(join(phoneDir, 'phone.js'), PAGE.js);
  writeFileSync(join(phoneDir, 'phone.css'), PAGE.css);
  writeFileSync(join(phoneDir, '.env'), 'SECRET=dotfile');
  writeFileSync(join(base, 'secret.txt'), 'TOP-SECRET');
  return { base, phoneDir };
}

/** A valid phone id / client id (PhoneId, PhoneClientId: 16–64 of [A-Za-z0-9_-]). */
export function phoneId(n: number | string): string {
  return `phone-${String(n).padStart(12, '0')}`;
}
