import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { decodeDocument } from '../../electron/storage/documents';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { manualClock, tempDir } from './helpers';

const NAME = 'preferences';
const version = (n: number) => ({ schemaVersion: 1, language: n % 2 ? 'en-US' : 'zh-CN', marker: n });
const decode = (name: string, raw: unknown) => (name === NAME ? raw : decodeDocument(name, raw));

describe('backups', () => {
  it('keeps the previous version at most once per interval', async () => {
    const clock = manualClock();
    const store = new FileDocumentStore({ dir: tempDir(), now: clock.now, backupIntervalMs: 60_000 });
    await store.open(decode);
    await store.write(NAME, version(1));
    expect(store.listBackups(NAME)).toHaveLength(0); // nothing to keep yet
    await store.write(NAME, version(2));
    expect(store.listBackups(NAME)).toHaveLength(1);
    for (let n = 3; n < 10; n++) {
      clock.advance(5_000);
      await store.write(NAME, version(n));
    }
    expect(store.listBackups(NAME)).toHaveLength(1);
    clock.advance(30_000);
    await store.write(NAME, version(10));
    expect(store.listBackups(NAME)).toHaveLength(2);
    expect(JSON.parse(readFileSync(store.listBackups(NAME)[0]!, 'utf8'))).toEqual(version(9));
  });

  it('rotates to a bounded set, and the document can be restored from each backup in it', async () => {
    const clock = manualClock();
    const dir = tempDir();
    const store = new FileDocumentStore({ dir, now: clock.now, maxBackups: 4, backupIntervalMs: 1_000 });
    await store.open(decode);
    for (let n = 1; n <= 12; n++) {
      clock.advance(1_000);
      await store.write(NAME, version(n));
    }
    const backups = store.listBackups(NAME);
    expect(backups).toHaveLength(4);
    // Newest first: the versions before the current one (12), i.e. 11, 10, 9, 8.
    expect(
      backups.map((path) => (JSON.parse(readFileSync(path, 'utf8')) as { marker: number }).marker),
    ).toEqual([11, 10, 9, 8]);
    await store.close();

    for (const [index, backup] of backups.entries()) {
      // A copy of the folder where the document and every newer backup are damaged.
      const copy = tempDir();
      cpSync(dir, copy, { recursive: true });
      writeFileSync(join(copy, `${NAME}.json`), '{"damaged');
      for (const newer of backups.slice(0, index))
        writeFileSync(join(copy, 'backups', NAME, basename(newer)), '');
      const opened = await new FileDocumentStore({ dir: copy, now: clock.now }).open(decode);
      expect(opened.notices).toEqual([
        expect.objectContaining({
          kind: 'restoredFromBackup',
          backup: join(copy, 'backups', NAME, basename(backup)),
        }),
      ]);
      expect(opened.documents.get(NAME)).toEqual(version(11 - index));
    }
  });

  it('keeps a backup that later saves do not change', async () => {
    const clock = manualClock();
    const store = new FileDocumentStore({ dir: tempDir(), now: clock.now, backupIntervalMs: 60_000 });
    await store.open(decode);
    await store.write(NAME, version(1));
    await store.write(NAME, version(2));
    const [backup] = store.listBackups(NAME);
    for (let n = 3; n < 8; n++) await store.write(NAME, version(n));
    expect(JSON.parse(readFileSync(backup!, 'utf8'))).toEqual(version(1));
  });

  it('takes a copy of its own, not a second name for the live file, that a write in place cannot change', async () => {
    // SNAP set is how conf ran in a snap package: it then wrote the live file in place.
    vi.stubEnv('SNAP', '1');
    try {
      const clock = manualClock();
      const dir = tempDir();
      const store = new FileDocumentStore({ dir, now: clock.now, backupIntervalMs: 60_000 });
      await store.open(decode);
      await store.write(NAME, version(1));
      const liveInode = statSync(join(dir, `${NAME}.json`)).ino;
      await store.write(NAME, version(2));
      const [backup] = store.listBackups(NAME);
      expect(statSync(backup!).ino).not.toBe(liveInode);
      expect(statSync(backup!).nlink).toBe(1);
      for (let n = 3; n < 8; n++) await store.write(NAME, version(n));
      expect(JSON.parse(readFileSync(backup!, 'utf8'))).toEqual(version(1));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('removes a copy a crash cut short, and never lists it as a backup', async () => {
    const clock = manualClock();
    const dir = tempDir();
    const store = new FileDocumentStore({ dir, now: clock.now, backupIntervalMs: 1_000 });
    await store.open(decode);
    await store.write(NAME, version(1));
    mkdirSync(join(dir, 'backups', NAME), { recursive: true });
    const partial = join(dir, 'backups', NAME, '20250305T062900000Z-000.json.partial');
    writeFileSync(partial, '{"schemaVer');
    clock.advance(1_000);
    await store.write(NAME, version(2));
    expect(existsSync(partial)).toBe(false);
    expect(store.listBackups(NAME).map((path) => JSON.parse(readFileSync(path, 'utf8')) as unknown)).toEqual([
      version(1),
    ]);
  });
});
