import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containedFile, plainPathSegments } from '../../electron/static/contained-file';

let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'contained-file-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), 'INDEX');
  writeFileSync(join(base, 'secret.txt'), 'SECRET');
  // Same prefix as the root, so a startsWith(root) check would let it through.
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.txt'), 'SECRET');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'out.txt'));
  symlinkSync(join(base, 'renderer-evil'), join(root, 'assets', 'evil'), 'dir');
  // The served folder itself may be a link (a deploy that swaps folders); files under it still count.
  symlinkSync(root, join(base, 'current'), 'dir');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('one containment rule for every static file', () => {
  it('accepts only plain path segments', () => {
    expect(plainPathSegments('/assets/a.js')).toEqual(['assets', 'a.js']);
    expect(plainPathSegments('/')).toEqual([]);
    for (const path of ['/../x', '/a/./b', '/a\\b', '/a\0b', '//etc/passwd', '/C:/Windows', '/c:x']) {
      expect(plainPathSegments(path), JSON.stringify(path)).toBeNull();
    }
  });

  it('follows symlinks and refuses what leads outside the root', async () => {
    expect(await containedFile(root, ['index.html'])).toMatchObject({
      path: join(root, 'index.html'),
      size: 5,
    });
    expect(await containedFile(join(base, 'current'), ['index.html'])).toMatchObject({ size: 5 });
    expect(await containedFile(root, ['assets', 'out.txt'])).toBeNull();
    expect(await containedFile(root, ['assets', 'evil', 'x.txt'])).toBeNull();
    expect(await containedFile(root, ['..', 'secret.txt'])).toBeNull();
    expect(await containedFile(root, ['..', 'renderer-evil', 'x.txt'])).toBeNull();
    expect(await containedFile(root, ['assets'])).toBeNull();
    expect(await containedFile(root, [])).toBeNull();
    expect(await containedFile(join(base, 'missing'), ['index.html'])).toBeNull();
  });
});
