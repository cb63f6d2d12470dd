import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiClient, resultSchema, type ApiClient, type Method, type Result } from '../../shared/api';
import { TEST_DATA_DIR, TEST_VERSION, type ContractHarness } from './harnesses';
import { CHINESE, nextEvent, refusal, value } from './result-helpers';

const draft = {
  title: '方庄街道 2025 年向群众报告工作会',
  level: 'street' as const,
  startsAt: '2025-03-05T14:30:00+08:00',
  venue: '方庄街道办事处三楼会议室',
};

/**
 * The one contract suite: every method through createApiClient, bad input, and push events. Each
 * transport runs it with its own harness, so IPC and HTTP must behave exactly like direct dispatch.
 */
export function runContractSuite(transportName: string, openHarness: () => Promise<ContractHarness>): void {
  describe(`API contract over ${transportName}`, () => {
    let harness: ContractHarness;
    let api: ApiClient;

    beforeEach(async () => {
      harness = await openHarness();
      api = createApiClient(harness.connect());
    });
    afterEach(async () => {
      await harness.close();
    });

    /** Everything a user could see, to prove a refused call changed nothing. */
    async function snapshot() {
      return {
        office: value(await api.call('office.get', {})),
        meetings: value(await api.call('meetings.list', {})),
        trash: value(await api.call('meetings.trash', {})),
        preferences: value(await api.call('preferences.get', {})),
        writes: harness.store.writes,
        texts: new Map(harness.store.texts),
      };
    }

    it('answers app.info, dismisses notices and keeps preferences', async () => {
      expect(value(await api.call('app.info', {}))).toEqual({
        version: TEST_VERSION,
        dataDir: TEST_DATA_DIR,
        notices: [],
      });
      expect(value(await api.call('app.dismissNotice', { id: 'notice-0' }))).toBeNull();
      expect(value(await api.call('preferences.get', {})).language).toBe('zh-CN');
      expect(value(await api.call('preferences.update', { language: 'en-US' })).language).toBe('en-US');
      expect(value(await api.call('preferences.get', {})).language).toBe('en-US');
    });

    it('updates the office profile and keeps communities: create, rename, reorder, merge, delete', async () => {
      const office = value(
        await api.call('office.update', {
          name: '方庄街道办事处',
          district: '丰台区',
          phone: '010-67625588',
        }),
      );
      expect(office.profile).toMatchObject({ name: '方庄街道办事处', district: '丰台区', kind: 'street' });
      const first = value(await api.call('communities.create', { name: '芳群园第一社区' }));
      const dup = value(await api.call('communities.create', { name: '芳群园一社区' }));
      const third = value(await api.call('communities.create', { name: '紫芳园村', kind: 'village' }));
      expect(third.kind).toBe('village');
      const clash = refusal(await api.call('communities.create', { name: '芳群园第一社区' }));
      expect(clash.code).toBe('conflict');
      expect(clash.message).toMatch(CHINESE);
      expect(
        value(await api.call('communities.update', { id: third.id, name: '紫芳园社区', kind: 'community' })),
      ).toEqual({
        id: third.id,
        name: '紫芳园社区',
        kind: 'community',
      });
      const reordered = value(await api.call('communities.reorder', { ids: [third.id, dup.id, first.id] }));
      expect(reordered.map((c) => c.id)).toEqual([third.id, dup.id, first.id]);
      const meeting = value(await api.call('meetings.create', { ...draft, communityIds: [dup.id] }));
      const merged = value(await api.call('communities.merge', { sourceId: dup.id, targetId: first.id }));
      expect(merged.map((c) => c.id)).toEqual([third.id, first.id]);
      expect(value(await api.call('meetings.get', { id: meeting.id })).communityIds).toEqual([first.id]);
      expect(value(await api.call('communities.delete', { id: third.id }))).toBeNull();
      const after = value(await api.call('office.get', {}));
      expect(after.profile.name).toBe('方庄街道办事处');
      expect(after.communities).toEqual([{ id: first.id, name: '芳群园第一社区', kind: 'community' }]);
    });

    it('keeps departments: create, update, reorder, merge, delete', async () => {
      const housing = value(
        await api.call('departments.create', {
          name: '区房管局',
          kind: 'district',
          contact: { person: '王科长', phone: '010-12345678' },
        }),
      );
      const city = value(await api.call('departments.create', { name: '城市管理办公室' }));
      const cityDup = value(await api.call('departments.create', { name: '城管办' }));
      const sports = value(await api.call('departments.create', { name: '区体育局', kind: 'district' }));
      expect(city).toMatchObject({ kind: 'section', contact: { person: '', phone: '' } });
      const updated = value(
        await api.call('departments.update', {
          id: city.id,
          contact: { person: '李主任', phone: '13800138000' },
        }),
      );
      expect(updated).toEqual({ ...city, contact: { person: '李主任', phone: '13800138000' } });
      const order = [sports.id, cityDup.id, city.id, housing.id];
      expect(value(await api.call('departments.reorder', { ids: order })).map((d) => d.id)).toEqual(order);
      const merged = value(await api.call('departments.merge', { sourceId: cityDup.id, targetId: city.id }));
      expect(merged.map((d) => d.id)).toEqual([sports.id, city.id, housing.id]);
      expect(value(await api.call('departments.delete', { id: sports.id }))).toBeNull();
      const missing = refusal(await api.call('departments.delete', { id: sports.id }));
      expect(missing.code).toBe('not_found');
      expect(missing.message).toMatch(CHINESE);
      expect(value(await api.call('office.get', {})).departments.map((d) => d.name)).toEqual([
        '城市管理办公室',
        '区房管局',
      ]);
    });

    it('creates, edits, duplicates, deletes, undoes, trashes and restores meetings', async () => {
      const created = value(await api.call('meetings.create', draft));
      expect(created).toMatchObject({ ...draft, status: 'draft', revision: 1, communityIds: [] });
      expect(value(await api.call('meetings.get', { id: created.id }))).toEqual(created);

      const edited = value(
        await api.call('meetings.update', {
          id: created.id,
          patch: { status: 'scheduled', venue: '方庄体育公园' },
          expectedRevision: 1,
        }),
      );
      expect(edited).toMatchObject({
        status: 'scheduled',
        venue: '方庄体育公园',
        revision: 2,
        title: draft.title,
      });
      const stale = refusal(
        await api.call('meetings.update', { id: created.id, patch: { venue: '别处' }, expectedRevision: 1 }),
      );
      expect(stale.code).toBe('conflict');
      expect(stale.message).toMatch(CHINESE);

      const copy = value(await api.call('meetings.duplicate', { id: created.id }));
      expect(copy.id).not.toBe(created.id);
      expect(copy).toMatchObject({
        title: `${draft.title}（副本）`,
        status: 'draft',
        revision: 1,
        venue: '方庄体育公园',
      });
      expect(value(await api.call('meetings.list', { query: '副本' })).map((m) => m.id)).toEqual([copy.id]);

      expect(value(await api.call('meetings.delete', { id: created.id }))).toEqual({ id: created.id });
      expect(value(await api.call('meetings.list', {})).map((m) => m.id)).toEqual([copy.id]);
      expect(refusal(await api.call('meetings.get', { id: created.id })).code).toBe('not_found');
      expect(value(await api.call('meetings.undoDelete', { id: created.id }))).toMatchObject({
        id: created.id,
        revision: 2,
      });
      expect(value(await api.call('meetings.list', { status: 'scheduled' })).map((m) => m.id)).toEqual([
        created.id,
      ]);

      value(await api.call('meetings.delete', { id: copy.id }));
      const trash = value(await api.call('meetings.trash', {}));
      expect(trash).toEqual([
        {
          meeting: expect.objectContaining({ id: copy.id }),
          deletedAt: '2025-03-01T10:00:00+08:00',
          purgeAfter: '2025-03-31T10:00:00+08:00',
        },
      ]);
      expect(value(await api.call('meetings.restore', { id: copy.id })).id).toBe(copy.id);
      expect(value(await api.call('meetings.trash', {}))).toEqual([]);
      expect(
        value(await api.call('meetings.list', {}))
          .map((m) => m.id)
          .sort(),
      ).toEqual([created.id, copy.id].sort());
    });

    it('refuses bad input with a clear Chinese message and changes nothing', async () => {
      const meeting = value(await api.call('meetings.create', draft));
      value(await api.call('communities.create', { name: '芳城园社区' }));
      const before = await snapshot();

      const refusals: [string, Promise<Result<unknown>>, RegExp?][] = [
        ['wrong type', api.call('meetings.create', { ...draft, title: 123 as unknown as string })],
        [
          'oversized title',
          api.call('meetings.create', { ...draft, title: '报'.repeat(201) }),
          /标题不能超过 200/,
        ],
        ['oversized name', api.call('communities.create', { name: '社'.repeat(101) }), /名称不能超过 100/],
        [
          'oversized notes',
          api.call('meetings.update', { id: meeting.id, patch: { notes: '备'.repeat(5001) } }),
          /备注不能超过/,
        ],
        ['bad phone', api.call('office.update', { phone: 'call me' }), /电话号码/],
        ['bad enum', api.call('meetings.update', { id: meeting.id, patch: { status: 'open' as 'draft' } })],
        ['unknown field', api.call('meetings.update', { id: meeting.id, patch: {}, extra: 1 } as never)],
        ['bad id', api.call('meetings.get', { id: '../office' }), /编号只能包含/],
        [
          'bad time',
          api.call('meetings.update', { id: meeting.id, patch: { startsAt: '明天下午' } }),
          /ISO 8601/,
        ],
        ['self merge', api.call('communities.merge', { sourceId: 'c1', targetId: 'c1' }), /不能与自身合并/],
      ];
      for (const [label, call, pattern] of refusals) {
        const error = refusal(await call);
        expect(error.code, label).toBe('invalid_input');
        expect(error.message, label).toMatch(pattern ?? CHINESE);
      }
      expect(refusal(await api.call('meetings.get', { id: 'mnothere' })).message).toMatch(/找不到会议/);

      // A name outside the contract, sent below the typed client, as a misbehaving page would.
      const transport = harness.connect();
      for (const raw of [
        await transport.invoke('meetings.nope' as Method, {}),
        await transport.invoke('constructor' as Method, {}),
      ]) {
        const parsed = resultSchema(z.unknown()).parse(raw);
        expect(parsed).toMatchObject({
          ok: false,
          error: { code: 'unknown_method', message: expect.stringMatching(/未知的接口/) },
        });
      }
      // Input that is not an object at all.
      for (const input of [null, [], 'meeting', 42]) {
        const parsed = resultSchema(z.unknown()).parse(await transport.invoke('meetings.create', input));
        expect(parsed.ok).toBe(false);
      }

      expect(await snapshot()).toEqual(before);
    });

    it('delivers typed events for a change made through another client', async () => {
      const watcher = createApiClient(harness.connect());
      await harness.eventsReady(1);
      const meetingChanged = nextEvent(watcher, 'meetings.changed', (p) => p.id !== null);
      const officeChanged = nextEvent(watcher, 'office.changed');
      const preferencesChanged = nextEvent(watcher, 'preferences.changed');

      const created = value(await api.call('meetings.create', draft));
      expect(await meetingChanged).toEqual({ id: created.id });
      value(await api.call('departments.create', { name: '区水务局', kind: 'district' }));
      expect(await officeChanged).toEqual({});
      value(await api.call('preferences.update', { language: 'en-US' }));
      expect(await preferencesChanged).toEqual({});
    });
  });
}
