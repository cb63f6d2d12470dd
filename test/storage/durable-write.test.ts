import * as fs from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesIn, tempDir } from './helpers';

/** Codes the next renames are refused with, in order; empty: renames go through. */
const refusals: string[] = [];
let renameCalls = 0;
const renamedFrom: string[] = [];
/** A folder whose chmod is refused, as for a folder another user owns. */
let chmodRefusedFor: string | null = null;

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      renameCalls += 1;
      renamedFrom.push(String(from));
      const code = refusals.shift();
      if (code) throw Object.assign(new Error(`${code}: rename refused (test)`), { code, syscall: 'rename' });
      real.renameSync(from, to);
    },
    chmodSync: (path: fs.PathLike, mode: fs.Mode) => {
      if (String(path) === chmodRefusedFor)
        throw Object.assign(new Error('EPERM: operation not permitted (test)'), { code: 'EPERM' });
      real.chmodSync(path, mode);
    },
  };
});

const { RENAME_RETRY_DELAYS_MS, RenameRefusedError, writeFileDurably } =
  await import('../../electron/storage/durable-write');
const { FileDocumentStore } = await import('../../electron/storage/file-document-store');
const { isTempFile } = await import('../../electron/storage/stale-temp-cleanup');
const { decodeDocument } = await import('../../electron/storage/documents');

const bytes = (text: string) => Buffer.from(text);
const posix = process.platform !== 'win32';

afterEach(() => {
  refusals.length = 0;
  renameCalls = 0;
  renamedFrom.length = 0;
  chmodRefusedFor = null;
});

describe('writeFileDurably', () => {
  it('writes exactly the bytes as a new file each time, 0600, leaving no temp file', () => {
    const dir = tempDir();
    const path = join(dir, 'office.json');
    writeFileDurably(path, bytes('{"n":1}'));
    const first = fs.statSync(path).ino;
    writeFileDurably(path, bytes('{"n":2}'));
    expect(fs.readFileSync(path, 'utf8')).toBe('{"n":2}');
    expect(fs.statSync(path).ino).not.toBe(first);
    if (posix) expect(fs.statSync(path).mode & 0o777).toBe(0o600);
    expect(filesIn(dir)).toEqual(['office.json']);
  });

  it('names its temp files so that a crashed write is cleaned at the next start', () => {
    const dir = tempDir();
    writeFileDurably(join(dir, 'meeting-m1.json'), bytes('{}'));
    expect(renamedFrom).toHaveLength(1);
    expect(renamedFrom[0]!.startsWith(join(dir, 'meeting-m1.json.tmp-'))).toBe(true);
    expect(isTempFile(basename(renamedFrom[0]!))).toBe(true);
  });

  it.each(['EPERM', 'EACCES', 'EBUSY', 'EXDEV'])(
    'retries a rename refused with %s, then replaces the file',
    (code) => {
      const dir = tempDir();
      const path = join(dir, 'office.json');
      writeFileDurably(path, bytes('old'));
      refusals.push(code, code);
      renameCalls = 0;
      writeFileDurably(path, bytes('new'), { retryRenames: true });
      expect(renameCalls).toBe(3);
      expect(fs.readFileSync(path, 'utf8')).toBe('new');
      expect(filesIn(dir)).toEqual(['office.json']);
    },
  );

  it('gives up after a bounded number of attempts with a Chinese message, the old file untouched', () => {
    const dir = tempDir();
    const path = join(dir, 'office.json');
    writeFileDurably(path, bytes('old'));
    const inode = fs.statSync(path).ino;
    refusals.push(...Array<string>(100).fill('EBUSY'));
    renameCalls = 0;
    let thrown: unknown;
    try {
      writeFileDurably(path, bytes('new'), { retryRenames: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RenameRefusedError);
    expect((thrown as Error).message).toMatch(/无法保存“office\.json”.*EBUSY.*保持上一次保存的内容/);
    expect(renameCalls).toBe(RENAME_RETRY_DELAYS_MS.length + 1);
    // Never a fallback to writing in place: same file, same bytes, and the temp file is gone.
    expect(fs.statSync(path).ino).toBe(inode);
    expect(fs.readFileSync(path, 'utf8')).toBe('old');
    expect(filesIn(dir)).toEqual(['office.json']);
  });

  it('does not retry where retries are off (POSIX), nor a refusal that does not pass', () => {
    const dir = tempDir();
    const path = join(dir, 'office.json');
    writeFileDurably(path, bytes('old'));
    refusals.push('EPERM');
    renameCalls = 0;
    expect(() => writeFileDurably(path, bytes('new'), { retryRenames: false })).toThrow(/EPERM/);
    refusals.push('ENOSPC');
    expect(() => writeFileDurably(path, bytes('new'), { retryRenames: true })).toThrow(/ENOSPC/);
    expect(renameCalls).toBe(2);
    expect(fs.readFileSync(path, 'utf8')).toBe('old');
    expect(filesIn(dir)).toEqual(['office.json']);
  });
});

describe('FileDocumentStore over refused renames', () => {
  const office = {
    schemaVersion: 1,
    profile: { name: '方庄地区办事处', kind: 'street' },
    communities: [],
    departments: [],
  };

  it('fails the save and keeps the document as it was when the rename stays refused', async () => {
    const dir = tempDir();
    const store = new FileDocumentStore({ dir, retryRenames: true, backupIntervalMs: 0 });
    await store.open(decodeDocument);
    await store.write('office', office);
    refusals.push(...Array<string>(100).fill('EPERM'));
    await expect(
      store.write('office', {
        ...office,
        communities: [{ id: 'c-1', name: '芳城园社区', kind: 'community' }],
      }),
    ).rejects.toThrow(RenameRefusedError);
    refusals.length = 0;
    expect(JSON.parse(fs.readFileSync(join(dir, 'office.json'), 'utf8'))).toEqual(office);
    expect(filesIn(dir).filter((file) => file.includes('.tmp-'))).toEqual([]);
  });

  it.runIf(posix)('refuses a data folder open to others that it cannot make private, saying why', () => {
    const dir = join(tempDir(), 'shared');
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o755);
    chmodRefusedFor = dir;
    expect(() => new FileDocumentStore({ dir })).toThrow(
      /数据文件夹“.*shared”其他用户也能访问.*0700.*--data/,
    );
  });
});
