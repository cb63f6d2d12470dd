import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../electron/storage/documents';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { isTempFile } from '../../electron/storage/stale-temp-cleanup';
import { filesIn, tempDir } from './helpers';

describe('stale temp files', () => {
  it('recognises the temp names of atomically and of earlier builds, nothing else', () => {
    expect(isTempFile('meeting-m1.json.tmp-1741156200123a1b2c3')).toBe(true);
    expect(isTempFile('office.json.tmp-4242')).toBe(true);
    expect(isTempFile('office.json')).toBe(false);
    expect(isTempFile('notes.txt.tmp-1')).toBe(false);
    expect(isTempFile('backups')).toBe(false);
  });

  it('are removed at open once older than the grace; fresh ones and documents stay', async () => {
    const dir = tempDir();
    const store = new FileDocumentStore({ dir });
    await store.open(decodeDocument);
    await store.write('preferences', { schemaVersion: 1, language: 'zh-CN' });
    const old = [
      'preferences.json.tmp-1741156200123a1b2c3',
      'meeting-m1.json.tmp-1234',
      'office.json.tmp-9999999999ffffff',
    ];
    for (const file of old) {
      writeFileSync(join(dir, file), '{"half a wri');
      utimesSync(join(dir, file), new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    }
    const fresh = 'office.json.tmp-1741156299999000000';
    writeFileSync(join(dir, fresh), '{');
    writeFileSync(join(dir, 'README.txt'), 'not ours');

    const opened = await new FileDocumentStore({ dir, staleTempGraceMs: 60_000 }).open(decodeDocument);
    expect(opened.notices).toEqual([]);
    expect(filesIn(dir)).toEqual(['README.txt', fresh, 'preferences.json']);

    await new FileDocumentStore({ dir, staleTempGraceMs: 0 }).open(decodeDocument);
    expect(existsSync(join(dir, fresh))).toBe(false);
    expect(existsSync(join(dir, 'README.txt'))).toBe(true);
  });
});
