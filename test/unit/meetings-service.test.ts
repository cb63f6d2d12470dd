import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { value } from '../contract/result-helpers';

async function open(store = new MemoryDocumentStore(), now = () => new Date('2025-03-01T02:00:00Z')) {
  return openAppServices({ store, dataDir: '/mem', version: 'test', now });
}

const draft = {
  title: '方庄街道 2025 年向群众报告工作会',
  level: 'street' as const,
  startsAt: '2025-03-05T14:30:00+08:00',
  venue: '方庄街道办事处三楼会议室',
};

describe('meetings service', () => {
  it('creates, lists, updates and survives a reopen', async () => {
    const store = new MemoryDocumentStore();
    const app = await open(store);
    const created = await app.dispatch('meetings.create', draft);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const meeting = created.value as { id: string; revision: number; createdAt: string };
    expect(meeting.createdAt).toBe('2025-03-01T10:00:00+08:00');
    const updated = await app.dispatch('meetings.update', {
      id: meeting.id,
      patch: { status: 'scheduled' },
      expectedRevision: 1,
    });
    expect(updated).toMatchObject({ ok: true, value: { status: 'scheduled', revision: 2 } });
    const stale = await app.dispatch('meetings.update', {
      id: meeting.id,
      patch: { venue: 'x' },
      expectedRevision: 1,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const reopened = await open(store);
    const list = await reopened.dispatch('meetings.list', {});
    expect(list).toMatchObject({
      ok: true,
      value: [{ id: meeting.id, status: 'scheduled', venue: draft.venue }],
    });
  });

  it('deletes with undo, then keeps the meeting 30 days in the trash', async () => {
    const store = new MemoryDocumentStore();
    const app = await open(store);
    const created = await app.dispatch('meetings.create', draft);
    const id = (created as { value: { id: string } }).value.id;
    await app.dispatch('meetings.delete', { id });
    expect(await app.dispatch('meetings.list', {})).toMatchObject({ value: [] });
    expect(await app.dispatch('meetings.undoDelete', { id })).toMatchObject({ ok: true });
    await app.dispatch('meetings.delete', { id });
    const later = await open(store, () => new Date('2025-03-20T00:00:00Z'));
    expect(await later.dispatch('meetings.undoDelete', { id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await later.dispatch('meetings.trash', {})).toMatchObject({ value: [{ meeting: { id } }] });
    const muchLater = await open(store, () => new Date('2025-04-02T00:00:00Z'));
    expect(await muchLater.dispatch('meetings.trash', {})).toMatchObject({ value: [] });
    expect(store.texts.size).toBe(0);
  });

  it('refuses bad input with a Chinese message and changes nothing', async () => {
    const store = new MemoryDocumentStore();
    const app = await open(store);
    const bad = await app.dispatch('meetings.create', { ...draft, title: 'x'.repeat(201) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/标题不能超过/);
    expect(await app.dispatch('meetings.nope', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(store.writes).toBe(0);
  });

  it('merges a duplicate community into another and rewrites meetings', async () => {
    const app = await open();
    const a = value(await app.call('communities.create', { name: '芳群园第一社区' }));
    const b = value(await app.call('communities.create', { name: '芳群园一社区' }));
    const dup = await app.call('communities.create', { name: '芳群园第一社区' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const m = value(await app.call('meetings.create', { ...draft, communityIds: [a.id, b.id] }));
    expect(await app.call('communities.delete', { id: b.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const merged = await app.call('communities.merge', { sourceId: b.id, targetId: a.id });
    expect(merged).toMatchObject({ ok: true, value: [{ id: a.id }] });
    expect(await app.call('meetings.get', { id: m.id })).toMatchObject({ value: { communityIds: [a.id] } });
  });
});
