import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEETING_SCHEMA_VERSION } from '../../shared/domain';
import { openAppServices } from '../../electron/services/app-services';
import { decodeDocument } from '../../electron/storage/documents';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { filesIn, manualClock, tempDir } from './helpers';
import { sampleMeetingDocument } from './sample-meeting';

const NAME = 'meeting-m1';
const v1 = sampleMeetingDocument(10, 'm1');
const v2 = { ...v1, meeting: { ...v1.meeting, title: '第二版标题', revision: 2 } };

/** A store holding v2 as the current file and v1 as its backup. */
async function storeWithBackup() {
  const dir = tempDir();
  const store = new FileDocumentStore({ dir });
  await store.open(decodeDocument);
  await store.write(NAME, v1);
  await store.write(NAME, v2);
  await store.close();
  return dir;
}

const damage: Record<string, (text: string) => string> = {
  'not JSON at all': () => '\u0000\u0000 garbage \u00ff',
  'truncated mid-write': (text) => text.slice(0, Math.floor(text.length / 2)),
  empty: () => '',
  'valid JSON of the wrong shape': () => JSON.stringify({ schemaVersion: 1, meeting: { title: 42 } }),
};

describe('quarantine', () => {
  for (const [what, corrupt] of Object.entries(damage)) {
    it(`moves a document that is ${what} aside, byte for byte, and loads the newest good backup`, async () => {
      const dir = await storeWithBackup();
      const path = join(dir, `${NAME}.json`);
      const damaged = corrupt(readFileSync(path, 'utf8'));
      writeFileSync(path, damaged);

      const opened = await new FileDocumentStore({ dir }).open(decodeDocument);
      expect(opened.documents.get(NAME)).toEqual(v1);
      expect(opened.notices).toHaveLength(1);
      const [notice] = opened.notices;
      expect(notice).toMatchObject({ kind: 'restoredFromBackup', document: NAME });
      expect(notice!.backup).toMatch(/backups[\\/]meeting-m1[\\/]/);
      expect(notice!.reason.length).toBeGreaterThan(0);
      expect(readFileSync(notice!.quarantinedAs!, 'utf8')).toBe(damaged);

      // The restored version was written back: the next start is clean and sees the same data.
      const again = await new FileDocumentStore({ dir }).open(decodeDocument);
      expect(again.notices).toEqual([]);
      expect(again.documents.get(NAME)).toEqual(v1);
    });
  }

  it('with no usable backup: quarantines, gives a notice, and still opens the other documents', async () => {
    const dir = tempDir();
    const store = new FileDocumentStore({ dir });
    await store.open(decodeDocument);
    await store.write(NAME, v1);
    await store.write('preferences', { schemaVersion: 1, language: 'en-US' });
    await store.close();
    writeFileSync(join(dir, `${NAME}.json`), '{"schemaVersion":1,"meet');

    const opened = await new FileDocumentStore({ dir }).open(decodeDocument);
    expect(opened.notices).toEqual([
      expect.objectContaining({ kind: 'quarantinedWithoutBackup', document: NAME, backup: null }),
    ]);
    expect(opened.documents.has(NAME)).toBe(false);
    expect(opened.documents.get('preferences')).toEqual({ schemaVersion: 1, language: 'en-US' });
    expect(readFileSync(opened.notices[0]!.quarantinedAs!, 'utf8')).toBe('{"schemaVersion":1,"meet');
  });

  it('skips backups that are damaged too and never overwrites an earlier quarantined file', async () => {
    const clock = manualClock();
    const dir = tempDir();
    const store = new FileDocumentStore({ dir, now: clock.now, backupIntervalMs: 0 });
    await store.open(decodeDocument);
    await store.write(NAME, v1);
    await store.write(NAME, v2); // backup: v1
    await store.write(NAME, v2); // backup: v2 (newest)
    const [newest] = store.listBackups(NAME);
    writeFileSync(newest!, 'broken');
    writeFileSync(join(dir, `${NAME}.json`), 'first damage');

    const first = await new FileDocumentStore({ dir, now: clock.now }).open(decodeDocument);
    expect(first.documents.get(NAME)).toEqual(v1);
    writeFileSync(join(dir, `${NAME}.json`), 'second damage'); // same clock: same time stamp
    const second = await new FileDocumentStore({ dir, now: clock.now }).open(decodeDocument);
    expect(second.notices[0]!.quarantinedAs).not.toBe(first.notices[0]!.quarantinedAs);
    expect(readFileSync(first.notices[0]!.quarantinedAs!, 'utf8')).toBe('first damage');
    expect(readFileSync(second.notices[0]!.quarantinedAs!, 'utf8')).toBe('second damage');
    expect(filesIn(join(dir, 'quarantine'))).toHaveLength(2);
  });

  it('sets aside a document from a newer version of the app with its own notice', async () => {
    const dir = await storeWithBackup();
    const newer = JSON.stringify({ ...v2, schemaVersion: 99, somethingNew: ['未来的字段'] });
    writeFileSync(join(dir, `${NAME}.json`), newer);
    writeFileSync(join(dir, 'office.json'), JSON.stringify({ schemaVersion: 42 }));

    const opened = await new FileDocumentStore({ dir }).open(decodeDocument);
    const byDoc = Object.fromEntries(opened.notices.map((n) => [n.document, n]));
    expect(byDoc[NAME]).toMatchObject({ kind: 'newerVersion', backup: expect.any(String) });
    expect(byDoc.office).toMatchObject({ kind: 'newerVersion', backup: null });
    expect(byDoc[NAME]!.reason).toMatch(/newer/);
    expect(readFileSync(byDoc[NAME]!.quarantinedAs!, 'utf8')).toBe(newer);
    expect(opened.documents.get(NAME)).toEqual(v1);
    expect(opened.documents.has('office')).toBe(false);
  });

  it('shows the user what happened through app.info, in Chinese', async () => {
    const dir = await storeWithBackup();
    writeFileSync(join(dir, `${NAME}.json`), '{"trunc');
    const app = await openAppServices({
      store: new FileDocumentStore({ dir }),
      dataDir: dir,
      version: 'test',
    });
    const info = await app.dispatch('app.info', {});
    expect(info).toMatchObject({
      ok: true,
      value: { notices: [{ kind: 'restoredFromBackup', document: NAME }] },
    });
    const notices = (info as { value: { notices: { message: string; quarantinedAs: string }[] } }).value
      .notices;
    expect(notices[0]!.message).toMatch(/已损坏.*备份恢复/);
    expect(notices[0]!.quarantinedAs).toContain('quarantine');
    expect(await app.dispatch('meetings.get', { id: 'm1' })).toMatchObject({
      ok: true,
      value: { title: v1.meeting.title },
    });
    await app.close();
  });

  it('tells the user in Chinese when a document comes from a newer version', async () => {
    const dir = await storeWithBackup();
    writeFileSync(
      join(dir, `${NAME}.json`),
      JSON.stringify({ ...v2, schemaVersion: MEETING_SCHEMA_VERSION + 1 }),
    );
    const app = await openAppServices({
      store: new FileDocumentStore({ dir }),
      dataDir: dir,
      version: 'test',
    });
    const info = await app.dispatch('app.info', {});
    expect(info).toMatchObject({
      ok: true,
      value: { notices: [{ kind: 'newerVersion', message: expect.stringMatching(/更新版本/) }] },
    });
    await app.close();
  });
});
