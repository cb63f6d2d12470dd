import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentTypeOf } from './static/content-types';
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';

/**
 * The app's own pages come from `app://desk/…`, served from one fixed folder (dist/renderer). A custom
 * standard+secure scheme gives the pages a real origin (so the IPC sender check and CSP `'self'` mean
 * something) without `file:` (which would expose the whole disk) or a local web server.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for protocol.registerSchemesAsPrivileged; must be registered before `ready`. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  allowServiceWorkers: false,
  bypassCSP: false,
  stream: false,
} as const;

/** Sent as a header as well as the page's <meta>, so a page that loses its meta tag is still locked down. */
export const APP_CSP = CONTENT_SECURITY_POLICY;

/**
 * Maps an `app://desk/…` URL to a file strictly inside `root`, or null. Refuses other hosts, `..`
 * segments (also when percent-encoded), backslashes, NUL, drive letters and absolute paths, and
 * re-checks containment after resolving, so no spelling can reach outside the folder.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;

  const relativePath = pathname.replace(/^\//, '') || 'index.html';
  if (relativePath.startsWith('/') || /^[a-zA-Z]:/.test(relativePath) || isAbsolute(relativePath)) return null;
  const segments = relativePath.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;

  const fixedRoot = resolve(root);
  const target = resolve(join(fixedRoot, ...segments));
  const inside = relative(fixedRoot, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return target;
}

export type ReadAppFile = (path: string) => Promise<Uint8Array>;

export interface AppProtocolOptions {
  /** dist/renderer; everything served comes from inside it. */
  root: string;
  readFile?: ReadAppFile;
}

/** A handler for protocol.handle(APP_SCHEME, …). Plain Request → Response so it is testable in Node. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const read = options.readFile ?? ((path: string) => readFile(path));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed');
    }
    const filePath = resolveAppPath(options.root, request.url);
    if (!filePath) return textResponse(404, 'Not Found');
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      return textResponse(404, 'Not Found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeOf(filePath) },
    });
  };
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}
