import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../electron/api/app-error';
import { DocumentSchema, InvalidDocumentError, uniqueIds } from '../../electron/storage/document-schema';
import { meetingDocName, opinionsDocName } from '../../electron/storage/documents';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { Repository } from '../../electron/storage/repository';
import {
  emptyOffice,
  Office,
  OPINION_SET_SCHEMA_VERSION,
  type Opinion,
  type OpinionSetDocument,
} from '../../shared/domain';
import { sampleMeetingDocument } from './sample-meeting';

async function openRepo(store = new MemoryDocumentStore()) {
  const repo = new Repository(store);
  await repo.open();
  return { repo, store };
}

function community(i: number) {
  return { id: `c-${i}`, name: `第${i}社区`, kind: 'community' as const };
}

function opinion(i: number): Opinion {
  return {
    id: `o-${i}`,
    workOrderNo: `20250305${String(i).padStart(6, '0')}`,
    channel: 'hotline12345',
    category: '市容环境',
    content: `小区门口电动自行车乱停乱放（第 ${i} 条）`,
    communityName: '芳城园社区',
    communityId: null,
    receivedAt: '2025-03-05T14:30:00+08:00',
    resolved: true,
    closed: true,
    responded: null,
    satisfaction: 'satisfied',
    residentName: '',
    residentPhone: '',
    importId: null,
  };
}

function opinionSet(rows: number): OpinionSetDocument {
  return {
    schemaVersion: OPINION_SET_SCHEMA_VERSION,
    meetingId: 'm1',
    opinions: Array.from({ length: rows }, (_, i) => opinion(i)),
    imports: [],
    groups: [],
  };
}

async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('Repository checks each document before writing it', () => {
  it('refuses an office its schema would refuse at the next start, with its own code, and writes nothing', async () => {
    const { repo, store } = await openRepo();
    const full = { ...emptyOffice(), communities: Array.from({ length: 1000 }, (_, i) => community(i)) };
    await repo.update('office', () => full);
    const writes = store.writes;
    const stored = store.texts.get('office');

    const error = await refusalOf(
      repo.update('office', (o) => ({ ...o!, communities: [...o!.communities, community(1000)] })),
    );
    expect(error.code).toBe('invalid_document');
    expect(error.message).toMatch(
      /没有保存：修改后的单位设置不符合数据规则（communities：.*1000.*），.*没有写入任何内容/,
    );
    expect(error.details?.[0]?.path).toBe('communities');
    expect(store.writes).toBe(writes);
    expect(store.texts.get('office')).toBe(stored);
    expect(repo.get('office')!.communities).toHaveLength(1000);
  });

  it('checks a changed record deep in a long list, and leaves the list as it was', async () => {
    const { repo, store } = await openRepo();
    const name = opinionsDocName('m1');
    await repo.update(name, () => opinionSet(3000));
    const before = repo.get(name);
    const bad = { ...opinion(1500), content: '长'.repeat(5001) };
    const error = await refusalOf(
      repo.update(name, (set) => ({
        ...set!,
        opinions: set!.opinions.map((o, i) => (i === 1500 ? bad : o)),
      })),
    );
    expect(error.code).toBe('invalid_document');
    expect(error.details?.[0]?.path).toBe('opinions.1500.content');
    expect(repo.get(name)).toBe(before);
    expect(JSON.parse(store.texts.get(name)!)).toEqual(before);
  });

  it('refuses two records with one id, and a document stored under another id than its own', async () => {
    const { repo } = await openRepo();
    const twice = await refusalOf(
      repo.update('office', () => ({ ...emptyOffice(), communities: [community(1), community(1)] })),
    );
    expect(twice.details).toEqual([{ path: 'communities.1.id', message: '编号“c-1”重复' }]);

    const elsewhere = await refusalOf(
      repo.update(meetingDocName('m-other'), () => sampleMeetingDocument(3, 'm-one')),
    );
    expect(elsewhere.details?.[0]?.path).toBe('meeting.id');
    expect(repo.get(meetingDocName('m-other'))).toBeUndefined();
  });

  it('keeps what the next start reads back: defaults filled in, names trimmed, unknown keys dropped', async () => {
    const store = new MemoryDocumentStore();
    const { repo } = await openRepo(store);
    const raw = {
      ...emptyOffice(),
      communities: [{ ...community(1), name: '  芳城园社区 ', note: '不在模式里' }],
      departments: [{ id: 'd-1', name: '城管科', kind: 'section' as const, contact: { person: ' 张三' } }],
    };
    // The service layer never builds such a value; a caller that does must still not make memory and disk differ.
    const saved = await repo.update('office', () => raw as unknown as Office);
    expect(saved.communities[0]).toEqual({ id: 'c-1', name: '芳城园社区', kind: 'community' });
    expect(saved.departments[0]!.contact).toEqual({ person: '张三', phone: '' });

    const { repo: reopened } = await openRepo(store);
    expect(reopened.get('office')).toEqual(saved);
  });

  it('parses only the records that changed since the document was last checked', async () => {
    let parsed = 0;
    const Row = z.object({ id: z.string() }).refine(() => {
      parsed += 1;
      return true;
    });
    let walked = 0;
    const unique = uniqueIds('rows');
    const counted = {
      list: 'rows',
      check(rows: readonly unknown[]) {
        walked += 1;
        return unique.check(rows);
      },
    };
    const schema = new DocumentSchema<{ rows: { id: string }[]; note: string }>(
      z.object({ rows: z.array(Row).max(5000), note: z.string() }),
      ['rows'],
      [counted],
    );
    const first = schema.check({ rows: Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}` })), note: '' });
    expect(parsed).toBe(3000);
    parsed = 0;
    const second = schema.check({ rows: [...first.rows, { id: 'r-new' }], note: '' });
    expect(parsed).toBe(1);
    expect(walked).toBe(2);
    // A save that leaves the list as it was does not walk it again.
    expect(schema.check({ ...second, note: '只改了备注' }).rows).toBe(second.rows);
    expect(walked).toBe(2);
    expect(Object.isFrozen(second.rows)).toBe(true);
    // Checked records are frozen, so a check that passed cannot be made stale by changing them in place.
    expect(Object.isFrozen(second.rows[0])).toBe(true);
    expect(() => schema.check({ rows: [...second.rows, { id: 'r0' }], note: '' })).toThrow(
      InvalidDocumentError,
    );
    expect(() =>
      schema.check({ rows: Array.from({ length: 5001 }, () => second.rows[0]), note: '' }),
    ).toThrow(InvalidDocumentError);
  });

  it('accepts and refuses exactly what the office schema does, and returns what it returns', () => {
    const schema = new DocumentSchema<Office>(Office, ['communities', 'departments']);
    const anyCommunity = fc.record({
      id: fc.oneof(fc.constantFrom('c-1', 'c-2'), fc.string({ maxLength: 3 })),
      name: fc.oneof(fc.constantFrom('芳城园社区', ' 紫芳园社区 '), fc.string({ maxLength: 3 })),
      kind: fc.constantFrom('community', 'village', 'town'),
    });
    const anyOffice = fc.record(
      {
        schemaVersion: fc.constantFrom(1, 2),
        profile: fc.record({
          name: fc.string({ maxLength: 4 }),
          kind: fc.constantFrom('street', 'town', 'city'),
          district: fc.constant('丰台区'),
          address: fc.constant(''),
          phone: fc.constantFrom('', '010-67600000', 'abc'),
        }),
        communities: fc.oneof(
          fc.array(anyCommunity, { maxLength: 4 }),
          fc.constant(undefined),
          fc.constant('x'),
        ),
        departments: fc.constant([]),
      },
      { requiredKeys: ['schemaVersion', 'profile'] },
    );
    fc.assert(
      fc.property(anyOffice, (value) => {
        const expected = Office.safeParse(value);
        let actual: Office | null = null;
        try {
          actual = schema.parse(value);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidDocumentError);
        }
        expect(actual !== null).toBe(expected.success);
        if (expected.success) expect(actual).toEqual(expected.data);
      }),
      { numRuns: 500 },
    );
  });
});
