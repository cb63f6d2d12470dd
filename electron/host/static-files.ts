import { createReadStream } from 'node:fs';
import { realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import { containedFile, plainPathSegments } from '../static/contained-file';
import { contentTypeOf } from '../static/content-types';

const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>界面尚未构建</title>
<body style="font:16px sans-serif;margin:3em"><h1>界面尚未构建</h1>
<p>请先在项目目录运行 <code>npm run build</code>，再重新运行 <code>npm run serve</code>。</p></body></html>`;

/**
 * Serves the built renderer from one fixed folder, with the same containment as the app:// protocol
 * (static/contained-file.ts). Unknown paths without an extension get index.html (the app's own routes).
 */
export function createStaticFiles(rendererDir: string) {
  const root = resolve(rendererDir);
  let realRoot: string | null = null;

  async function resolveRoot(): Promise<string | null> {
    if (realRoot) return realRoot;
    try {
      realRoot = await realpath(root);
    } catch {
      return null;
    }
    return realRoot;
  }

  return async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, '只接受 GET 请求', { Allow: 'GET, HEAD' });
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return sendText(res, 400, '路径无效');
    }
    const segments = plainPathSegments(decoded);
    if (!segments) return sendText(res, 400, '路径无效');
    const base = await resolveRoot();
    if (!base) return sendHtml(req, res, 503, NOT_BUILT_PAGE);

    const wanted = segments.length === 0 ? ['index.html'] : segments;
    const file = await containedFile(base, wanted);
    if (file) return sendFile(req, res, file.path, file.size);
    if (extname(wanted.join('/')) !== '') return sendText(res, 404, '找不到该文件');
    const index = await containedFile(base, ['index.html']);
    if (!index) return sendHtml(req, res, 503, NOT_BUILT_PAGE);
    return sendFile(req, res, index.path, index.size);
  };
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string, size: number): void {
  res.writeHead(200, {
    'Content-Type': contentTypeOf(path),
    'Content-Length': String(size),
    // Revalidate every time: a rebuilt renderer must never mix with a cached one.
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function sendHtml(req: IncomingMessage, res: ServerResponse, status: number, html: string): void {
  const body = Buffer.from(html, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    ...headers,
  });
  res.end(body);
}
