import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP, createAppProtocolHandler, resolveAppPath } from '../../electron/app-protocol';

const SECRET = 'outside-the-renderer-folder';
let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>报告会</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  // Same prefix as the root: a naive startsWith(root) check would let this through.
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.txt'), SECRET);
  writeFileSync(join(base, 'secret.txt'), SECRET);
  handle = createAppProtocolHandler({ root });
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => handle(new Request(url));

describe('app:// protocol', () => {
  it('serves index.html with its MIME type and the CSP header', async () => {
    for (const url of ['app://desk/index.html', 'app://desk/', 'app://desk']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('报告会');
    }
  });

  it('serves assets with the right MIME types', async () => {
    expect((await get('app://desk/assets/index-abc.js')).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    );
    expect((await get('app://desk/assets/index-abc.css')).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await get('app://desk/assets/index-abc.js?v=1#x')).status).toBe(200);
  });

  it('refuses path traversal, absolute paths and other hosts', async () => {
    const refused = [
      'app://desk/..%2Fsecret.txt',
      'app://desk/assets/..%2F..%2Fsecret.txt',
      'app://desk/%2e%2e%2fsecret.txt',
      'app://desk/..%5Csecret.txt',
      'app://desk/assets%5C..%5C..%5Csecret.txt',
      'app://desk/../secret.txt',
      'app://desk/..%2Frenderer-evil%2Fx.txt',
      `app://desk/${encodeURIComponent(join(base, 'secret.txt'))}`,
      `app://desk/${join(base, 'secret.txt').replace(/\\/g, '/')}`,
      'app://desk//etc/passwd',
      'app://desk/%2Fetc%2Fpasswd',
      'app://desk/C:%5CWindows%5Cwin.ini',
      'app://desk/C:/Windows/win.ini',
      'app://desk/index.html%00.js',
      'app://desk/%E0%A4%A',
      'app://evil/index.html',
      'file:///etc/passwd',
      'app://desk/assets',
      'app://desk/missing.js',
    ];
    for (const url of refused) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain(SECRET);
    }
  });

  it('refuses a symlink inside the root that leads out of it, and follows one that stays inside', async () => {
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link-out.txt'));
    symlinkSync(base, join(root, 'assets', 'folder-out'), 'dir');
    symlinkSync(join(root, 'index.html'), join(root, 'assets', 'link-in.html'));
    for (const url of ['app://desk/assets/link-out.txt', 'app://desk/assets/folder-out/secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain(SECRET);
    }
    expect(await (await get('app://desk/assets/link-in.html')).text()).toContain('报告会');
  });

  it('resolves only to files inside the root', () => {
    expect(resolveAppPath(root, 'app://desk/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://desk/..%2Fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://desk/%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://desk/.%2Findex.html')).toBeNull();
  });

  it('answers only GET and HEAD', async () => {
    expect((await handle(new Request('app://desk/index.html', { method: 'POST', body: 'x' }))).status).toBe(
      405,
    );
    const head = await handle(new Request('app://desk/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('keeps the CSP strict', () => {
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(APP_CSP).not.toMatch(/https?:/);
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).toMatch(/script-src 'self'(;|$)/);
  });
});
