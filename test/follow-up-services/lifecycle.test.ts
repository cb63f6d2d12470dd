import { afterEach, describe, expect, it } from 'vitest';
import type { WindowPort } from '../../electron/services/service-context';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { by, closeAll, closedMeeting, meetingDraft, openMemory, openWith } from './support';

afterEach(closeAll);

const followDocs = (store: MemoryDocumentStore) =>
  [...store.texts.keys()].filter((name) => name.startsWith('follow-'));

describe('跟踪 with the meeting it belongs to', () => {
  it("hides a deleted meeting's items, brings them back on restore, removes them when purged", async () => {
    const store = new MemoryDocumentStore();
    const opened = await openMemory(store);
    const { call, refuse } = opened;
    const { meetingId } = await closedMeeting(opened);
    const other = (await call('meetings.create', { ...meetingDraft, title: '另一场' })).id;
    await call('followUps.create', {
      meetingId: other,
      draft: { title: '修路灯', listType: 'immediate' },
      by,
    });
    expect((await call('followUps.list', { meetingId: null })).rows).toHaveLength(3);

    await call('meetings.delete', { id: meetingId });
    const left = (await call('followUps.list', { meetingId: null })).rows;
    expect(left.map((r) => r.meetingId)).toEqual([other]);
    expect((await refuse('followUps.list', { meetingId })).code).toBe('not_found');
    expect((await refuse('followUps.generate', { meetingId, by })).code).toBe('not_found');
    expect((await call('followUps.scoreboard', { meetingId: null })).meetingIds).toEqual([other]);
    expect(followDocs(store)).toHaveLength(2);

    await call('meetings.restore', { id: meetingId });
    expect((await call('followUps.list', { meetingId: null })).rows).toHaveLength(3);

    await call('meetings.delete', { id: meetingId });
    await opened.services.close();
    // 31 days on, the trash is purged at start: the follow-up record goes with its meeting.
    await openMemory(store, () => new Date('2025-04-02T02:00:00Z'));
    expect(followDocs(store)).toEqual([`follow-${other}`]);
  });

  it("removes the sample meetings' follow-up records with the sample, keeping the user's", async () => {
    const store = new MemoryDocumentStore();
    const { call } = await openMemory(store);
    await call('sample.install', {});
    const sample = (await call('meetings.list', {})).find((m) => m.sample)!;
    await call('followUps.create', {
      meetingId: sample.id,
      draft: { title: '示例事项', listType: 'immediate' },
      by,
    });
    const own = (await call('meetings.create', meetingDraft)).id;
    const department = (await call('office.get', {})).departments.find((d) => d.sample)!;
    await call('followUps.create', {
      meetingId: own,
      draft: { title: '自己的事项', listType: 'immediate', leadDepartmentId: department.id },
      by,
    });
    await call('sample.remove', {});
    expect(followDocs(store)).toEqual([`follow-${own}`]);
    expect((await call('followUps.list', { meetingId: null })).rows.map((r) => r.title)).toEqual([
      '自己的事项',
    ]);
    // A sample department the user's own item leads stays, as the user's.
    expect((await call('office.get', {})).departments.find((d) => d.id === department.id)).toBeDefined();
  });

  it('sends 重大事项 with their work orders once, and refuses a task', async () => {
    const { call, refuse } = await openMemory();
    const meetingId = (await call('meetings.create', meetingDraft)).id;
    const community = (await call('communities.create', { name: '芳城园一区社区' })).id;
    const lead = (await call('departments.create', { name: '城市管理办公室' })).id;
    const opinion = (workOrderNo: string) =>
      call('opinions.create', {
        meetingId,
        opinion: { content: '夜间停车难', workOrderNo, channel: null, communityId: community },
      });
    const ids = [(await opinion('GD2025001')).id, (await opinion('')).id, (await opinion('GD2025002')).id];
    const item = await call('groups.create', {
      meetingId,
      kind: 'item',
      title: '芳城园停车难',
      departmentId: lead,
      listType: 'ongoing',
      opinionIds: ids,
    });
    const task = await call('groups.create', {
      meetingId,
      kind: 'task',
      title: '停车楼建设',
      listType: 'ongoing',
      opinionIds: [ids[0]!],
    });
    const refused = await refuse('followUps.sendGroups', { meetingId, groupIds: [item.id, task.id], by });
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toContain('停车楼建设');
    expect((await call('followUps.list', { meetingId })).rows).toEqual([]);

    expect(await call('followUps.sendGroups', { meetingId, groupIds: [item.id], by })).toEqual({
      created: 1,
      skipped: 0,
    });
    expect(await call('followUps.sendGroups', { meetingId, groupIds: [item.id], by })).toEqual({
      created: 0,
      skipped: 1,
    });
    const [row] = (await call('followUps.list', { meetingId })).rows;
    expect(row).toMatchObject({
      title: '芳城园停车难',
      sourceKind: 'group',
      leadDepartmentId: lead,
      listType: 'ongoing',
      communityId: community,
    });
    const detail = await call('followUps.get', { meetingId, id: row!.id });
    expect(detail.item.workOrders).toEqual(['GD2025001', 'GD2025002']);
    expect(detail.item.source).toEqual({ kind: 'group', groupId: item.id });
  });

  it('keeps a close whose follow-up write failed; 生成 adds the items afterwards', async () => {
    class FailingFollow extends MemoryDocumentStore {
      failing = true;
      override async write(name: string, data: unknown): Promise<void> {
        if (this.failing && name.startsWith('follow-')) throw new Error('disk full');
        return super.write(name, data);
      }
    }
    const store = new FailingFollow();
    const opened = await openWith(store);
    const { meetingId } = await closedMeeting(opened);
    expect((await opened.call('meetings.get', { id: meetingId })).status).toBe('closed');
    expect((await opened.call('followUps.list', { meetingId })).rows).toEqual([]);
    store.failing = false;
    expect(await opened.call('followUps.generate', { meetingId, by })).toEqual({ created: 2, total: 2 });
  });

  it('prints the notice page through the desktop shell, naming the file after the meeting', async () => {
    const printed: { meetingId: string; name: string; view: string }[] = [];
    const windows: WindowPort = {
      displays: () => [],
      openProjector: async () => false,
      exportPdf: async (meetingId, name, view) => {
        printed.push({ meetingId, name, view });
        return `/tmp/${name}`;
      },
    };
    const { call } = await openWith(new MemoryDocumentStore(), { windows });
    const meetingId = (await call('meetings.create', meetingDraft)).id;
    expect(await call('followUps.exportNotice', { meetingId })).toEqual({
      supported: true,
      saved: '/tmp/停车管理专题报告会-反馈公示.pdf',
    });
    await call('report.exportPdf', { meetingId });
    expect(printed.map((p) => p.view)).toEqual(['notice', 'print']);
  });
});
