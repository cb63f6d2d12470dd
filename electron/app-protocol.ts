import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { containedFile, isStrictlyInside, plainPathSegments } from './static/contained-file';
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

/** The path segments an `app://desk/…` URL names, or null for another host or an unsafe spelling. */
function appPathSegments(requestUrl: string): string[] | null {
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
  const segments = plainPathSegments(pathname);
  if (!segments) return null;
  return segments.length === 0 ? ['index.html'] : segments;
}

/**
 * Maps an `app://desk/…` URL to a path strictly inside `root` by its spelling alone, or null. The
 * handler also resolves symlinks (containedFile) before it reads anything.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  const segments = appPathSegments(requestUrl);
  if (!segments) return null;
  const fixedRoot = resolve(root);
  const target = resolve(fixedRoot, ...segments);
  return isStrictlyInside(fixedRoot, target) ? target : null;
}

export type ReadAppFile = (path: string) => Promise<Uint8Array>;

export interface AppProtocolOptions {
  /** dist/renderer; everything served comes from inside it. */
  root: string;
  readFile?: ReadAppFile;
}

/** A handler for protocol.handle(APP_SCHEME, …). Plain Request → Response so it is testable in Node. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const read = options.readFile ?? ((path: string) => readFile(path));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed');
    }
    const segments = appPathSegments(request.url);
    const file = segments ? await containedFile(options.root, segments) : null;
    if (!file) return textResponse(404, 'Not Found');
    const filePath = file.path;
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
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
