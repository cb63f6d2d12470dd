import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../shared/domain';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { decodeDocument } from '../../electron/storage/documents';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { Repository } from '../../electron/storage/repository';
import { OpinionSetDocument, type Office } from '../../shared/domain';
import { filesIn, tempDir } from './helpers';
import { sampleMeetingDocument, sampleQuestion } from './sample-meeting';

const posix = process.platform !== 'win32';
const mode = (path: string) => statSync(path).mode & 0o777;
const office: Office = {
  schemaVersion: 1,
  profile: {
    name: '方庄地区办事处',
    kind: 'street',
    district: '丰台区',
    address: '方庄路 1 号',
    phone: '010-67600000',
  },
  communities: [{ id: 'c-1', name: '芳城园社区', kind: 'community' }],
  flaggedWords: [],
  followUp: DEFAULT_FOLLOW_UP_SETTINGS,
  departments: [],
};

function opinionSetSample(): object {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'documents', 'opinions.v2.json'), 'utf8'),
  ) as object;
}

describe('FileDocumentStore', () => {
  it('round-trips documents through files and a reopen', async () => {
    const dir = tempDir();
    const store = new FileDocumentStore({ dir });
    await store.open(decodeDocument);
    const meeting = sampleMeetingDocument(25, 'm1');
    await store.write('meeting-m1', meeting);
    await store.write('office', office);
    const opinions = { ...opinionSetSample(), meetingId: 'm1' };
    await store.write('opinions-m1', opinions);
    await store.write('later-feature', { anything: ['kept', 'as', 'is'] });
    await store.close();

    const reopened = await new FileDocumentStore({ dir }).open(decodeDocument);
    expect(reopened.notices).toEqual([]);
    expect(reopened.documents.get('meeting-m1')).toEqual(meeting);
    expect(reopened.documents.get('office')).toEqual(office);
    // The opinion set is decoded with its schema (the current version, as the app writes it).
    expect(reopened.documents.get('opinions-m1')).toEqual(OpinionSetDocument.parse(opinions));
    expect(reopened.documents.get('later-feature')).toEqual({ anything: ['kept', 'as', 'is'] });
    expect(readFileSync(join(dir, 'meeting-m1.json'), 'utf8')).toBe(JSON.stringify(meeting));
  });

  it.runIf(posix)(
    'keeps files 0600 and its folders 0700, and tightens a file left readable by others',
    async () => {
      const dir = join(tempDir(), 'data');
      const store = new FileDocumentStore({ dir, backupIntervalMs: 0 });
      await store.open(decodeDocument);
      await store.write('office', office);
      await store.write('office', { ...office, communities: [] });
      expect(mode(dir)).toBe(0o700);
      expect(mode(join(dir, 'office.json'))).toBe(0o600);
      const [backup] = store.listBackups('office');
      expect(mode(backup!)).toBe(0o600);
      expect(mode(join(dir, 'backups'))).toBe(0o700);
      expect(mode(join(dir, 'backups', 'office'))).toBe(0o700);

      writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ schemaVersion: 1, language: 'en-US' }), {
        mode: 0o644,
      });
      expect(mode(join(dir, 'preferences.json'))).toBe(0o644);
      await new FileDocumentStore({ dir }).open(decodeDocument);
      expect(mode(join(dir, 'preferences.json'))).toBe(0o600);
    },
  );

  it('leaves the last of many unqueued writes to one document, whole', async () => {
    const dir = tempDir();
    const store = new FileDocumentStore({ dir });
    await store.open(decodeDocument);
    const base = sampleMeetingDocument(100, 'm1');
    const versions = Array.from({ length: 20 }, (_, n) => ({
      ...base,
      questions: [...base.questions, sampleQuestion(1000 + n)],
    }));
    await Promise.all(versions.map((doc) => store.write('meeting-m1', doc)));
    expect(JSON.parse(readFileSync(join(dir, 'meeting-m1.json'), 'utf8'))).toEqual(versions.at(-1));
    expect(filesIn(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('works through Repository: a failed write changes neither memory nor disk', async () => {
    const dir = tempDir();
    const repo = new Repository(new FileDocumentStore({ dir }));
    await repo.open(decodeDocument);
    await repo.update('office', () => office);
    // @ts-expect-error an untyped caller can still pass any name; the store's alphabet refuses it
    await expect(repo.update('Bad Name', () => office)).rejects.toThrow(/invalid document name/);
    await expect(
      repo.update('office', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(repo.get('office')).toEqual(office);
    expect(JSON.parse(readFileSync(join(dir, 'office.json'), 'utf8'))).toEqual(office);
  });

  it('removes a document and its backups for good', async () => {
    const dir = tempDir();
    const store = new FileDocumentStore({ dir, backupIntervalMs: 0 });
    await store.open(decodeDocument);
    await store.write('meeting-m1', sampleMeetingDocument(1, 'm1'));
    await store.write('meeting-m1', sampleMeetingDocument(2, 'm1'));
    expect(store.listBackups('meeting-m1')).toHaveLength(1);
    await store.remove('meeting-m1');
    expect(filesIn(dir)).toEqual(['backups']);
    expect(filesIn(join(dir, 'backups'))).toEqual([]);
    expect((await new FileDocumentStore({ dir }).open(decodeDocument)).documents.size).toBe(0);
  });

  it('refuses writes after close', async () => {
    const store = new FileDocumentStore({ dir: tempDir() });
    await store.open(decodeDocument);
    await store.close();
    await expect(store.write('office', office)).rejects.toThrow(/closed/);
  });

  it('replaces the file on every save, never rewriting it in place, also when SNAP is set', async () => {
    // Snap packages set SNAP; conf then wrote the document in place, so a crash left it cut short.
    vi.stubEnv('SNAP', '1');
    try {
      const dir = tempDir();
      const store = new FileDocumentStore({ dir });
      await store.open(decodeDocument);
      await store.write('office', office);
      const path = join(dir, 'office.json');
      // A second name for the file as it is now, like a reader that still has it open.
      const earlier = join(tempDir(), 'office-earlier.json');
      linkSync(path, earlier);
      const inode = statSync(path).ino;
      await store.write('office', { ...office, communities: [] });
      expect(statSync(path).ino).not.toBe(inode);
      expect(readFileSync(earlier, 'utf8')).toBe(JSON.stringify(office));
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ ...office, communities: [] });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.runIf(posix)('makes an existing data folder 0700, as one it creates', async () => {
    const dir = join(tempDir(), 'given-with---data');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const store = new FileDocumentStore({ dir });
    expect(mode(dir)).toBe(0o700);
    await store.open(decodeDocument);
    await store.write('office', office);
    expect(mode(dir)).toBe(0o700);
  });

  it.runIf(posix)(
    'refuses a shared sticky folder such as /tmp as the data folder, and leaves its mode alone',
    () => {
      const dir = join(tempDir(), 'like-tmp');
      mkdirSync(dir);
      chmodSync(dir, 0o1777);
      expect(() => new FileDocumentStore({ dir })).toThrow(/数据文件夹“.*like-tmp”其他用户也能访问.*--data/);
      expect(statSync(dir).mode & 0o7777).toBe(0o1777);
    },
  );
});

describe('opinion sets on disk', () => {
  it('round-trips 20,000 imported rows through the store and the repository', async () => {
    const dir = tempDir();
    const repo = new Repository(new FileDocumentStore({ dir }));
    await repo.open(decodeDocument);
    const sample = OpinionSetDocument.parse(opinionSetSample());
    const row = sample.opinions[0]!;
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      ...row,
      id: `o-${i}`,
      workOrderNo: `2025030500${String(i).padStart(6, '0')}`,
      residentPhone: `0${13800000000 + i}`,
    }));
    const set = { ...sample, opinions: rows };
    await repo.update('opinions-m-2025-fz', () => set);
    await repo.close();

    const again = new Repository(new FileDocumentStore({ dir }));
    await again.open(decodeDocument);
    expect(again.notices).toEqual([]);
    const loaded = again.get('opinions-m-2025-fz')!;
    expect(loaded).toEqual(set);
    // Long digit strings stay text, leading zero and all.
    expect(loaded.opinions[7]!.residentPhone).toBe('013800000007');
    await again.close();
  });
});
