import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardInput } from '../../shared/domain';
import type { ImportRecord, OpinionSetDocument } from '../../shared/domain';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { unresolvedItemGroupIds } from '../../electron/services/report-service';
import { writeMediaFile } from '../../electron/services/media-files';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { opinionsDocName } from '../../electron/storage/documents';
import { CHINESE, refusal, value } from '../contract/result-helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(store = new MemoryDocumentStore(), now = () => new Date('2025-03-01T02:00:00Z')) {
  const dataDir = mkdtempSync(join(tmpdir(), 'report-service-'));
  dirs.push(dataDir);
  const app = await openAppServices({ store, dataDir, version: 'test', now });
  return { app, store, dataDir };
}

const settings = {
  layout: '16:9' as const,
  showHeader: true,
  showFooter: true,
  showClock: false,
  showLogo: true,
  footerText: '',
};

function cover(id: string, title = '方庄街道 2025 年向群众报告工作会'): CardInput {
  return { id, kind: 'cover', title, subtitle: '方庄街道办事处', dateText: '2025 年 3 月 5 日' };
}

async function meeting(
  app: AppServices,
  title = '方庄街道 2025 年向群众报告工作会',
  startsAt = '2025-03-05T14:30:00+08:00',
) {
  return value(await app.call('meetings.create', { title, level: 'street', startsAt }));
}

describe('report service: get and save', () => {
  it('starts empty at revision 0, saves, and refuses a stale revision in Chinese with nothing written', async () => {
    const { app, store } = await open();
    const m = await meeting(app);
    const empty = value(await app.call('report.get', { meetingId: m.id }));
    expect(empty).toMatchObject({ meetingId: m.id, cards: [], revision: 0, updatedAt: null });

    const saved = value(
      await app.call('report.save', {
        meetingId: m.id,
        cards: [cover('ca1')],
        settings,
        expectedRevision: 0,
      }),
    );
    expect(saved.revision).toBe(1);
    expect(saved.cards.map((c) => c.id)).toEqual(['ca1']);

    const writes = store.writes;
    const text = store.texts.get(`report-${m.id}`);
    const stale = refusal(
      await app.call('report.save', {
        meetingId: m.id,
        cards: [cover('ca2', '另一个标题')],
        settings,
        expectedRevision: 0,
      }),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(CHINESE);
    expect(store.writes).toBe(writes);
    expect(store.texts.get(`report-${m.id}`)).toBe(text);
    expect(value(await app.call('report.get', { meetingId: m.id })).cards.map((c) => c.id)).toEqual(['ca1']);
  });

  it('refuses two cards with one id, and a card that breaks its schema, writing nothing', async () => {
    const { app, store } = await open();
    const m = await meeting(app);
    const writes = store.writes;
    const dup = refusal(
      await app.call('report.save', {
        meetingId: m.id,
        cards: [cover('cdup'), cover('cdup')],
        settings,
        expectedRevision: 0,
      }),
    );
    expect(dup.code).toBe('invalid_input');
    expect(dup.message).toMatch(/卡片编号重复/);
    const bad = await app.dispatch('report.save', {
      meetingId: m.id,
      cards: [{ id: 'cbad', kind: 'figure', title: 'x' }],
      settings,
      expectedRevision: 0,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(store.writes).toBe(writes);
    expect(store.texts.has(`report-${m.id}`)).toBe(false);
  });

  it('refuses a deleted meeting for get, save, view and draft', async () => {
    const { app, store } = await open();
    const m = await meeting(app);
    await app.call('meetings.delete', { id: m.id });
    const writes = store.writes;
    const errors = [
      refusal(await app.call('report.get', { meetingId: m.id })),
      refusal(
        await app.call('report.save', {
          meetingId: m.id,
          cards: [cover('c1')],
          settings,
          expectedRevision: 0,
        }),
      ),
      refusal(await app.call('report.view', { meetingId: m.id })),
      refusal(await app.call('report.draft', { meetingId: m.id })),
    ];
    for (const error of errors) {
      expect(error.code).toBe('not_found');
      expect(error.message).toMatch(CHINESE);
    }
    expect(store.writes).toBe(writes);
  });

  it('announces a save with report.changed', async () => {
    const { app } = await open();
    const m = await meeting(app);
    const heard: unknown[] = [];
    app.events.subscribe((message) => {
      if (message.event === 'report.changed') heard.push(message.payload);
    });
    await app.call('report.save', { meetingId: m.id, cards: [cover('c1')], settings, expectedRevision: 0 });
    expect(heard).toEqual([{ meetingId: m.id }]);
  });
});

describe('report service: view, draft and start from', () => {
  it('resolves the stored cards for display, in order, with their ids', async () => {
    const { app } = await open();
    const m = await meeting(app);
    await app.call('report.save', {
      meetingId: m.id,
      cards: [
        cover('c1'),
        { id: 'c2', kind: 'figure', title: '解决率', figure: { source: 'data', metric: 'resolutionRate' } },
      ],
      settings,
      expectedRevision: 0,
    });
    const view = value(await app.call('report.view', { meetingId: m.id }));
    expect(view.meetingId).toBe(m.id);
    expect(view.revision).toBe(1);
    expect(view.cards.map((c) => [c.id, c.kind])).toEqual([
      ['c1', 'cover'],
      ['c2', 'figure'],
    ]);
    // No sheet imported: the rate is missing, never 0.
    const figure = view.cards[1]!;
    expect(figure.kind === 'figure' && figure.value.kind).toBe('missing');
  });

  it('drafts one shortcoming card per unresolved 重大事项 of the meeting', async () => {
    const { app } = await open();
    value(await app.call('sample.install', {}));
    const street = value(await app.call('meetings.list', {})).find((m) => m.level === 'street')!;
    const set = app.ctx.repo.get(opinionsDocName(street.id))!;
    const unresolved = unresolvedItemGroupIds(set);
    expect(unresolved.length).toBeGreaterThan(0);
    const cards = value(await app.call('report.draft', { meetingId: street.id })).cards;
    const drafted = cards.flatMap((c) => (c.kind === 'shortcoming' && c.groupId ? [c.groupId] : []));
    expect(drafted.sort()).toEqual([...unresolved].sort());
  });

  it('drafts without storing anything, with fresh ids each time', async () => {
    const { app, store } = await open();
    const m = await meeting(app);
    const writes = store.writes;
    const first = value(await app.call('report.draft', { meetingId: m.id })).cards;
    const second = value(await app.call('report.draft', { meetingId: m.id })).cards;
    expect(first.length).toBeGreaterThan(0);
    expect(first[0]!.kind).toBe('cover');
    const ids = [...first, ...second].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(store.writes).toBe(writes);
  });

  it('starts from another meeting with new card ids, and refuses the same meeting and an empty source', async () => {
    const { app, store } = await open();
    const earlier = await meeting(app, '2024 年报告会', '2024-03-05T14:30:00+08:00');
    const now = await meeting(app);
    const empty = refusal(
      await app.call('report.startFrom', {
        meetingId: now.id,
        from: { kind: 'meeting', meetingId: earlier.id },
      }),
    );
    expect(empty.code).toBe('invalid_input');
    expect(empty.message).toMatch(CHINESE);
    await app.call('report.save', {
      meetingId: earlier.id,
      cards: [cover('cold1'), { id: 'cold2', kind: 'agenda', title: '第一部分', plannedMinutes: 20 }],
      settings,
      expectedRevision: 0,
    });
    const writes = store.writes;
    const started = value(
      await app.call('report.startFrom', {
        meetingId: now.id,
        from: { kind: 'meeting', meetingId: earlier.id },
      }),
    ).cards;
    expect(started.map((c) => c.kind)).toEqual(['cover', 'agenda']);
    expect(started.map((c) => c.title)).toEqual(['方庄街道 2025 年向群众报告工作会', '第一部分']);
    expect(started.some((c) => c.id === 'cold1' || c.id === 'cold2')).toBe(false);
    expect(store.writes).toBe(writes);
    const self = refusal(
      await app.call('report.startFrom', {
        meetingId: earlier.id,
        from: { kind: 'meeting', meetingId: earlier.id },
      }),
    );
    expect(self.code).toBe('invalid_input');
    expect(self.message).toMatch(/本场会议/);
  });
});

describe('unresolved 重大事项', () => {
  const group = (id: string, kind: 'item' | 'task', opinionIds: string[]) => ({
    id,
    kind,
    title: id,
    departmentId: null,
    listType: 'deadline' as const,
    term: null,
    opinionIds,
    note: '',
    createdAt: '2025-03-01T10:00:00+08:00',
  });
  const opinion = (id: string, resolved: boolean | null, importId: string | null = null) => ({
    id,
    workOrderNo: '',
    channel: null,
    category: '',
    content: 'x',
    communityName: '',
    communityId: null,
    receivedAt: null,
    resolved,
    closed: null,
    responded: null,
    satisfaction: 'unrated' as const,
    residentName: '',
    residentPhone: '',
    importId,
  });
  const sheet = (id: string, fields: ImportRecord['fields']): ImportRecord => ({
    id,
    fileName: `${id}.xlsx`,
    format: 'xlsx',
    sheet: 'Sheet1',
    headerRow: 1,
    importedAt: '2025-03-01T10:00:00+08:00',
    count: 1,
    skipped: 0,
    duplicates: 0,
    alreadyImported: 0,
    fields,
    undoneAt: null,
  });

  it('is an item with any opinion not marked resolved; tasks, resolved items and sheets without the column are not', () => {
    const set: Pick<OpinionSetDocument, 'opinions' | 'groups' | 'imports'> = {
      imports: [sheet('iwith', ['content', 'resolved']), sheet('iwithout', ['content'])],
      opinions: [
        opinion('o1', true),
        opinion('o2', false),
        opinion('o3', null),
        opinion('o4', true, 'iwith'),
        opinion('o5', false, 'iwith'),
        opinion('o6', null, 'iwithout'),
      ],
      groups: [
        group('gdone', 'item', ['o1', 'o4']),
        group('gopen', 'item', ['o1', 'o2']),
        group('gunknown', 'item', ['o3']),
        group('gsheet', 'item', ['o4', 'o5']),
        group('gnocolumn', 'item', ['o6']),
        group('gtask', 'task', ['o2']),
        group('gempty', 'item', []),
      ],
    };
    expect(unresolvedItemGroupIds(set)).toEqual(['gopen', 'gunknown', 'gsheet']);
  });
});

describe('a meeting and its report card through the lifecycle', () => {
  it('duplicates the report card with new card ids and copies its photos', async () => {
    const { app, dataDir } = await open();
    const m = await meeting(app);
    writeMediaFile(app.ctx, m.id, 'mphoto1', 'jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
    await app.call('report.save', {
      meetingId: m.id,
      cards: [
        cover('c1'),
        { id: 'c2', kind: 'case', title: '案例', before: { mediaId: 'mphoto1', caption: '治理前' } },
      ],
      settings,
      expectedRevision: 0,
    });
    const copy = value(await app.call('meetings.duplicate', { id: m.id }));
    const report = value(await app.call('report.get', { meetingId: copy.id }));
    expect(report.meetingId).toBe(copy.id);
    expect(report.cards.map((c) => c.kind)).toEqual(['cover', 'case']);
    expect(report.cards.some((c) => c.id === 'c1' || c.id === 'c2')).toBe(false);
    expect(readdirSync(join(dataDir, 'media', copy.id))).toEqual(['mphoto1.jpg']);
    // The original is untouched.
    expect(value(await app.call('report.get', { meetingId: m.id })).cards.map((c) => c.id)).toEqual([
      'c1',
      'c2',
    ]);
  });

  it('purges the report card and the photo folder with the meeting after 30 days in the trash', async () => {
    const store = new MemoryDocumentStore();
    const { app, dataDir } = await open(store);
    const m = await meeting(app);
    writeMediaFile(app.ctx, m.id, 'mphoto1', 'png', new Uint8Array([0x89, 0x50]));
    await app.call('report.save', { meetingId: m.id, cards: [cover('c1')], settings, expectedRevision: 0 });
    await app.call('meetings.delete', { id: m.id });
    await app.close();
    const later = await openAppServices({
      store,
      dataDir,
      version: 'test',
      now: () => new Date('2025-04-15T00:00:00Z'),
    });
    expect(store.texts.has(`report-${m.id}`)).toBe(false);
    expect(store.texts.has(`meeting-${m.id}`)).toBe(false);
    expect(readdirSync(join(dataDir, 'media'))).toEqual([]);
    await later.close();
  });

  it('clears at start what a crash left among the photos: a folder of no meeting, an old temp file', async () => {
    const store = new MemoryDocumentStore();
    const { app, dataDir } = await open(store);
    const m = await meeting(app);
    writeMediaFile(app.ctx, m.id, 'pkeep', 'jpg', new Uint8Array([0xff, 0xd8]));
    writeMediaFile(app.ctx, 'mgone', 'porphan', 'jpg', new Uint8Array([0xff, 0xd8]));
    const folder = join(dataDir, 'media', m.id);
    writeFileSync(join(folder, 'pnew.jpg.tmp-abc12345678'), 'x');
    writeFileSync(join(folder, 'pold.jpg.tmp-abc87654321'), 'x');
    const hourAgo = new Date(Date.parse('2025-03-01T01:00:00Z'));
    utimesSync(join(folder, 'pold.jpg.tmp-abc87654321'), hourAgo, hourAgo);
    await app.close();
    const again = await openAppServices({
      store,
      dataDir,
      version: 'test',
      now: () => new Date('2025-03-01T02:00:00Z'),
    });
    expect(readdirSync(join(dataDir, 'media'))).toEqual([m.id]);
    expect(readdirSync(folder).sort()).toEqual(['pkeep.jpg', 'pnew.jpg.tmp-abc12345678']);
    await again.close();
  });
});
