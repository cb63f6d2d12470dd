import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import {
  IMPORT_PRESETS_DOC,
  MEETING_PREFIX,
  OFFICE_DOC,
  OPINIONS_PREFIX,
  PREFERENCES_DOC,
} from '../../electron/storage/documents';
import type { Repository } from '../../electron/storage/repository';
import type { Result } from '../../shared/api';
import { emptyOffice, OFFICE_LIMITS, type Office } from '../../shared/domain';
import { tempDir } from './helpers';

/**
 * Whatever sequence of calls the API acknowledges, a fresh store on the same folder reads back exactly
 * that state with no storage notice; and a call it refuses changes nothing. The office may start a few
 * short of its limits, so sequences also run into them.
 */

const now = () => new Date('2025-03-01T02:00:00Z');

const NAMES = ['芳城园社区', '紫芳园社区', '芳古园一区社区', ' 方庄南路社区 ', '芳星园二区社区'];
const name = fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 0, maxLength: 12 }));
const pick = fc.nat();
const picks = fc.array(fc.nat(), { maxLength: 4 });
// Long titles reach the 200-character limit, also when duplicated as “（副本）”.
const title = fc.oneof(
  fc.constantFrom('方庄街道报告会', '芳群园社区议事会'),
  fc.string({ minLength: 195, maxLength: 202 }),
  fc.string(),
);
const status = fc.constantFrom('draft', 'scheduled', 'live', 'closed' as const);
const channel = fc.constantFrom('hotline12345', 'onSite', 'wechat' as const);

const listOps = (list: 'communities' | 'departments') => [
  fc.record({ op: fc.constant(`${list}.create` as const), name }),
  fc.record({ op: fc.constant(`${list}.create` as const), name }),
  fc.record({ op: fc.constant(`${list}.create` as const), name }),
  fc.record({ op: fc.constant(`${list}.update` as const), at: pick, name }),
  fc.record({ op: fc.constant(`${list}.delete` as const), at: pick }),
  fc.record({ op: fc.constant(`${list}.reorder` as const), seed: fc.nat() }),
  fc.record({ op: fc.constant(`${list}.merge` as const), at: pick, into: pick }),
];

const command = fc.oneof(
  ...listOps('communities'),
  ...listOps('departments'),
  fc.record({ op: fc.constant('office.update' as const), name }),
  fc.record({ op: fc.constant('preferences.update' as const), english: fc.boolean() }),
  fc.record({ op: fc.constant('meetings.create' as const), title, communities: picks }),
  fc.record({ op: fc.constant('meetings.update' as const), at: pick, title, status, communities: picks }),
  fc.record({ op: fc.constant('meetings.duplicate' as const), at: pick }),
  fc.record({ op: fc.constant('meetings.delete' as const), at: pick }),
  fc.record({ op: fc.constant('meetings.undoDelete' as const), at: pick }),
  fc.record({ op: fc.constant('meetings.restore' as const), at: pick }),
  fc.record({
    op: fc.constant('opinions.create' as const),
    at: pick,
    content: fc.string(),
    community: name,
    channel,
  }),
  fc.record({
    op: fc.constant('opinions.update' as const),
    at: pick,
    row: pick,
    content: fc.string(),
    community: name,
  }),
  fc.record({ op: fc.constant('opinions.delete' as const), at: pick, row: pick }),
  fc.record({ op: fc.constant('groups.create' as const), at: pick, rows: picks, title }),
  fc.record({ op: fc.constant('groups.delete' as const), at: pick, row: pick }),
  fc.record({ op: fc.constant('imports.savePreset' as const), name }),
  fc.record({ op: fc.constant('imports.deletePreset' as const), at: pick }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function at<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

const MISSING = 'x-missing';

function meetingIds(repo: Repository, live: boolean | null): string[] {
  return repo
    .names(MEETING_PREFIX)
    .map((n) => repo.get(n)!)
    .filter((doc) => live === null || (doc.deletedAt === null) === live)
    .map((doc) => doc.meeting.id);
}

/** Runs one command through the typed API; ids are chosen among what exists, or one that does not. */
function run(app: AppServices, c: Command): Promise<Result<unknown>> {
  const repo = app.ctx.repo;
  const office = repo.get(OFFICE_DOC) ?? emptyOffice();
  const idIn = (list: readonly { id: string }[], i: number) => at(list, i)?.id ?? MISSING;
  const live = meetingIds(repo, true);
  const opinionsOf = (meetingId: string) => repo.get(`${OPINIONS_PREFIX}${meetingId}`);
  switch (c.op) {
    case 'communities.create':
      return app.call(c.op, { name: c.name });
    case 'departments.create':
      return app.call(c.op, { name: c.name, kind: 'district' });
    case 'communities.update':
      return app.call(c.op, { id: idIn(office.communities, c.at), name: c.name, kind: 'village' });
    case 'departments.update':
      return app.call(c.op, {
        id: idIn(office.departments, c.at),
        name: c.name,
        contact: { person: c.name.slice(0, 4), phone: '' },
      });
    case 'communities.delete':
      return app.call(c.op, { id: idIn(office.communities, c.at) });
    case 'departments.delete':
      return app.call(c.op, { id: idIn(office.departments, c.at) });
    case 'communities.reorder':
    case 'departments.reorder': {
      const list = c.op === 'communities.reorder' ? office.communities : office.departments;
      const ids = list.map((item) => item.id);
      // A rotation: a real new order, cheap to make for a thousand items.
      const k = ids.length === 0 ? 0 : c.seed % ids.length;
      return app.call(c.op, { ids: [...ids.slice(k), ...ids.slice(0, k)] });
    }
    case 'communities.merge':
      return app.call(c.op, {
        sourceId: idIn(office.communities, c.at),
        targetId: idIn(office.communities, c.into),
      });
    case 'departments.merge':
      return app.call(c.op, {
        sourceId: idIn(office.departments, c.at),
        targetId: idIn(office.departments, c.into),
      });
    case 'office.update':
      return app.call(c.op, { name: c.name, district: '丰台区' });
    case 'preferences.update':
      return app.call(c.op, { language: c.english ? 'en-US' : 'zh-CN' });
    case 'meetings.create':
      return app.call(c.op, {
        title: c.title,
        level: 'community',
        startsAt: '2025-03-05T14:30:00+08:00',
        communityIds: [...new Set(c.communities.map((i) => idIn(office.communities, i)))].filter(
          (id) => id !== MISSING,
        ),
      });
    case 'meetings.update':
      return app.call(c.op, {
        id: at(live, c.at) ?? MISSING,
        patch: {
          title: c.title,
          status: c.status,
          communityIds: [...new Set(c.communities.map((i) => idIn(office.communities, i)))],
        },
      });
    case 'meetings.duplicate':
    case 'meetings.delete':
      return app.call(c.op, { id: at(live, c.at) ?? MISSING });
    case 'meetings.undoDelete':
    case 'meetings.restore':
      return app.call(c.op, { id: at(meetingIds(repo, false), c.at) ?? MISSING });
    case 'opinions.create': {
      const meetingId = at(live, c.at) ?? MISSING;
      return app.call(c.op, {
        meetingId,
        opinion: { channel: c.channel, content: c.content, communityName: c.community },
      });
    }
    case 'opinions.update':
    case 'opinions.delete': {
      const meetingId = at(live, c.at) ?? MISSING;
      const id = idIn(opinionsOf(meetingId)?.opinions ?? [], c.row);
      return c.op === 'opinions.update'
        ? app.call(c.op, { meetingId, id, patch: { content: c.content, communityName: c.community } })
        : app.call(c.op, { meetingId, id });
    }
    case 'groups.create': {
      const meetingId = at(live, c.at) ?? MISSING;
      const rows = opinionsOf(meetingId)?.opinions ?? [];
      const opinionIds = c.rows.map((i) => idIn(rows, i));
      return app.call(c.op, {
        meetingId,
        kind: 'task',
        title: c.title,
        listType: 'immediate',
        term: 'near',
        opinionIds,
      });
    }
    case 'groups.delete': {
      const meetingId = at(live, c.at) ?? MISSING;
      return app.call(c.op, { meetingId, id: idIn(opinionsOf(meetingId)?.groups ?? [], c.row) });
    }
    case 'imports.savePreset':
      return app.call(c.op, { name: c.name, rules: [{ header: '工单编号', field: 'workOrderNo' }] });
    case 'imports.deletePreset':
      return app.call(c.op, { id: idIn(repo.get(IMPORT_PRESETS_DOC)?.presets ?? [], c.at) });
  }
}

/** Every stored document, by name. */
function stateOf(repo: Repository): Record<string, unknown> {
  const state: Record<string, unknown> = {
    [OFFICE_DOC]: repo.get(OFFICE_DOC),
    [PREFERENCES_DOC]: repo.get(PREFERENCES_DOC),
    [IMPORT_PRESETS_DOC]: repo.get(IMPORT_PRESETS_DOC),
  };
  for (const n of repo.names(MEETING_PREFIX)) state[n] = repo.get(n);
  for (const n of repo.names(OPINIONS_PREFIX)) state[n] = repo.get(n);
  return state;
}

async function seedOffice(dir: string, communities: number, departments: number): Promise<void> {
  const office: Office = {
    ...emptyOffice(),
    communities: Array.from({ length: communities }, (_, i) => ({
      id: `c-seed-${i}`,
      name: `社区${i}`,
      kind: 'community' as const,
    })),
    departments: Array.from({ length: departments }, (_, i) => ({
      id: `d-seed-${i}`,
      name: `部门${i}`,
      kind: 'section' as const,
      contact: { person: '', phone: '' },
    })),
  };
  const store = new FileDocumentStore({ dir });
  await store.open(() => undefined);
  await store.write(OFFICE_DOC, office);
  await store.close();
}

const start = fc.record({
  communities: fc.constantFrom(0, 2, OFFICE_LIMITS.communities - 2),
  departments: fc.constantFrom(0, 2, OFFICE_LIMITS.departments - 2),
});

describe('what the API acknowledges reopens', () => {
  it('reads back the acknowledged state with no notice after any sequence of calls; a refused call changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(start, fc.array(command, { minLength: 1, maxLength: 30 }), async (seed, commands) => {
        const dir = tempDir('reopen-');
        await seedOffice(dir, seed.communities, seed.departments);
        const app = await openAppServices({
          store: new FileDocumentStore({ dir }),
          dataDir: dir,
          version: 'test',
          now,
        });
        try {
          for (const c of commands) {
            const before = stateOf(app.ctx.repo);
            const result = await run(app, c);
            if (!result.ok) {
              expect(result.error.code, `${c.op}: ${result.error.message}`).not.toBe('internal');
              expect(stateOf(app.ctx.repo), `${c.op} was refused but changed the data`).toEqual(before);
            }
          }
        } finally {
          await app.close();
        }
        const acknowledged = stateOf(app.ctx.repo);
        const again = await openAppServices({
          store: new FileDocumentStore({ dir }),
          dataDir: dir,
          version: 'test',
          now,
        });
        try {
          expect(again.ctx.repo.notices).toEqual([]);
          expect(stateOf(again.ctx.repo)).toEqual(acknowledged);
        } finally {
          await again.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
