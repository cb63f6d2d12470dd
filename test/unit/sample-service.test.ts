import { afterEach, describe, expect, it } from 'vitest';
import type { Input, Method, Output, Transport } from '../../shared/api';
import { SampleCounts, SampleRemoval } from '../../shared/api';
import { Office } from '../../shared/domain';
import { openAppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { directHarness, httpHarness, type ContractHarness } from '../contract/harnesses';

/** Calls one method over a transport and unwraps the Result, failing the test on a refusal. */
async function call<M extends Method>(transport: Transport, method: M, input: Input<M>): Promise<Output<M>> {
  const result = (await transport.invoke(method, input)) as {
    ok: boolean;
    value?: unknown;
    error?: { message: string };
  };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  // The transport carried this method's validated output.
  return result.value as Output<M>;
}

const harnesses: Array<[string, () => Promise<ContractHarness>]> = [
  ['direct dispatch', directHarness],
  ['HTTP', httpHarness],
];

const open: ContractHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

describe.each(harnesses)('the sample office over %s', (_name, openHarness) => {
  async function connect(): Promise<{ api: Transport; store: MemoryDocumentStore }> {
    const harness = await openHarness();
    open.push(harness);
    return { api: harness.connect(), store: harness.store };
  }

  it('installs on an empty folder, marked as sample, and removes in one step back to empty', async () => {
    const { api, store } = await connect();
    const before = new Map(store.texts);
    const installed = SampleCounts.parse(await call(api, 'sample.install', {}));
    expect(installed).toEqual({
      meetings: 3,
      communities: 14,
      departments: 14,
      opinions: 1250,
      reportCards: expect.any(Number),
      followUps: 11,
      projects: 443,
    });

    const meetings = await call(api, 'meetings.list', {});
    expect(meetings).toHaveLength(3);
    expect(meetings.every((m) => m.sample === true)).toBe(true);
    const office = await call(api, 'office.get', {});
    expect(office.profile.name).toBe('方庄街道办事处');
    expect(office.sampleProfile).toBe(true);
    expect(office.communities.every((c) => c.sample === true)).toBe(true);
    const street = meetings.find((m) => m.level === 'street')!;
    expect((await call(api, 'opinions.analysis', { meetingId: street.id })).summary.total).toBe(1250);
    expect(await call(api, 'groups.list', { meetingId: street.id })).toHaveLength(4);

    // The street meeting's report card: the draft plus the hand edits an operator makes.
    const report = await call(api, 'report.get', { meetingId: street.id });
    expect(report.cards.length).toBe(installed.reportCards);
    expect(report.revision).toBe(1);
    const kinds = report.cards.map((c) => c.kind);
    expect(kinds[0]).toBe('cover');
    const caseCard = report.cards.find((c) => c.kind === 'case');
    expect(caseCard).toMatchObject({ before: { caption: expect.stringMatching(/治理前/) } });
    const shortcoming = report.cards.find((c) => c.kind === 'shortcoming' && c.measure !== '');
    const housing = office.departments.find((d) => d.name === '丰台区房屋管理局')!;
    expect(shortcoming).toMatchObject({ departmentId: housing.id, deadline: '2025-10-31' });
    // The edit lands on the card drafted from the elevator item, not on another item's card.
    const groups = await call(api, 'groups.list', { meetingId: street.id });
    const elevator = groups.find((g) => g.title === '老旧小区加装电梯')!;
    expect(shortcoming).toMatchObject({ groupId: elevator.id, problem: expect.stringMatching(/电梯/) });
    expect(report.cards.filter((c) => c.notes !== '').length).toBeGreaterThanOrEqual(2);
    // Everything on it resolves for the projector, as the builder would show it.
    const view = await call(api, 'report.view', { meetingId: street.id });
    expect(view.cards).toHaveLength(report.cards.length);

    // The parking meeting of 2024-11-20 holds the commitments "last time we promised" looks back to.
    const topic = meetings.find((m) => m.level === 'topic')!;
    const topicDoc = JSON.parse(store.texts.get(`meeting-${topic.id}`)!) as {
      commitments: Array<{ id: string; leadDepartmentId: string; history?: unknown }>;
    };
    expect(topicDoc.commitments.length).toBeGreaterThanOrEqual(6);
    expect(topicDoc.commitments.length).toBeLessThanOrEqual(8);
    const departmentIds = new Set(office.departments.map((d) => d.id));
    expect(topicDoc.commitments.every((c) => departmentIds.has(c.leadDepartmentId))).toBe(true);
    // The follow-up item is the one record of how far a promise got.
    expect(topicDoc.commitments.every((c) => c.history === undefined)).toBe(true);

    // Its 跟踪 half-way: every state, each reached by real steps with their history.
    const { rows } = await call(api, 'followUps.list', { meetingId: topic.id, asOf: '2025-03-01' });
    expect(rows).toHaveLength(installed.followUps);
    expect(new Set(rows.map((r) => r.state))).toEqual(
      new Set([
        'assigned',
        'in_progress',
        'replied',
        'solved',
        'partly_solved',
        'closed_unsolved',
        'reopened',
      ]),
    );
    expect(new Set(rows.map((r) => r.sourceKind))).toEqual(new Set(['commitment', 'referral', 'manual']));
    const promised = new Set(rows.flatMap((r) => (r.sourceKind === 'commitment' ? [r.id] : [])));
    expect(promised.size).toBe(topicDoc.commitments.length);
    expect(rows.filter((r) => r.overdue).length).toBeGreaterThan(0);
    // Finished on its deadline day: on time.
    expect(rows.some((r) => r.state === 'solved' && r.finishedOn === r.deadline && !r.overdue)).toBe(true);
    const reopened = rows.find((r) => r.state === 'reopened')!;
    const detail = await call(api, 'followUps.get', { meetingId: topic.id, id: reopened.id });
    expect(detail.item.verdicts.at(-1)).toMatchObject({
      verdict: 'dissatisfied',
      note: expect.stringMatching(/\S/),
    });
    expect(detail.item.history.some((h) => h.to === 'reopened' && h.note.includes('无牌车'))).toBe(true);
    const answered = rows.find((r) => r.verdict === 'satisfied' && r.sourceKind === 'commitment')!;
    const called = await call(api, 'followUps.get', { meetingId: topic.id, id: answered.id });
    expect(called.item.verdicts.at(-1)?.channel).toBe('callback');
    expect(called.item.resident.name).not.toBe('');
    // A resident's name and phone only where one asked: the manual item has none.
    const manual = rows.find((r) => r.sourceKind === 'manual')!;
    const entered = await call(api, 'followUps.get', { meetingId: topic.id, id: manual.id });
    expect(entered.item.resident).toEqual({ name: '', phone: '' });
    expect(store.texts.has(`follow-${topic.id}`)).toBe(true);
    // "Last time we promised" on the street meeting's card counts only the solved of those items.
    const today = await call(api, 'followUps.list', { meetingId: topic.id });
    const promises = view.cards.find((c) => c.kind === 'promises');
    expect(promises).toMatchObject({
      total: topicDoc.commitments.length,
      done: today.rows.filter((r) => r.sourceKind === 'commitment' && r.state === 'solved').length,
      asOf: today.asOf,
    });
    expect(promises?.kind === 'promises' && promises.done).toBe(2);

    const removal = SampleRemoval.parse(await call(api, 'sample.remove', {}));
    expect(removal).toEqual({
      removed: {
        meetings: 3,
        communities: 14,
        departments: 14,
        opinions: 1250,
        reportCards: installed.reportCards,
        followUps: installed.followUps,
        projects: 443,
      },
      kept: { communities: 0, departments: 0 },
    });
    expect(await call(api, 'meetings.list', {})).toEqual([]);
    expect(await call(api, 'meetings.trash', {})).toEqual([]);
    const emptied = await call(api, 'office.get', {});
    expect(emptied.profile).toEqual({ name: '', kind: 'street', district: '', address: '', phone: '' });
    expect(emptied.communities).toEqual([]);
    expect(emptied.departments).toEqual([]);
    // Only the office document remains (now empty), as after any first write; no opinion sets linger.
    expect([...store.texts.keys()].filter((name) => !before.has(name))).toEqual(['office']);
  });

  it('leaves everything the user entered untouched, before and after the sample, and keeps what it uses', async () => {
    const { api, store } = await connect();
    await call(api, 'office.update', { name: '右安门街道办事处', district: '北京市丰台区' });
    const own = await call(api, 'communities.create', { name: '玉林东里社区', kind: 'community' });
    // Same name as a sample community: the sample must reuse it, never take it away.
    const sameName = await call(api, 'communities.create', { name: '紫芳园社区', kind: 'community' });
    const dept = await call(api, 'departments.create', { name: '城市管理办公室', kind: 'section' });
    const mine = await call(api, 'meetings.create', {
      title: '右安门街道 2025 年报告会',
      level: 'street',
      startsAt: '2025-04-01T14:30:00+08:00',
      communityIds: [own.id, sameName.id],
    });
    await call(api, 'opinions.create', {
      meetingId: mine.id,
      opinion: {
        content: '楼道灯坏了',
        channel: 'hotline12345',
        communityName: '玉林东里社区',
        communityId: own.id,
      },
    });
    const userMeetingDoc = store.texts.get(`meeting-${mine.id}`);
    const userOpinionsDoc = store.texts.get(`opinions-${mine.id}`);

    const installed = await call(api, 'sample.install', {});
    expect(installed).toMatchObject({ communities: 13, departments: 13 });
    let office = await call(api, 'office.get', {});
    expect(office.profile.name).toBe('右安门街道办事处'); // not blank, so not replaced
    expect(office.sampleProfile).toBeUndefined();
    expect(office.communities.filter((c) => c.name === '紫芳园社区')).toEqual([sameName]);

    // After installing, the user uses a sample community in a new meeting of their own and copies a sample meeting.
    const sampleCommunity = office.communities.find((c) => c.name === '芳古园一区社区')!;
    const later = await call(api, 'meetings.create', {
      title: '芳古园议事会',
      level: 'community',
      startsAt: '2025-04-10T19:00:00+08:00',
      communityIds: [sampleCommunity.id],
    });
    const sampleMeetings = (await call(api, 'meetings.list', {})).filter((m) => m.sample);
    const copy = await call(api, 'meetings.duplicate', {
      id: sampleMeetings.find((m) => m.level === 'topic')!.id,
    });
    expect(copy.sample).toBeUndefined();
    // A sample meeting in the trash goes too.
    await call(api, 'meetings.delete', { id: sampleMeetings.find((m) => m.level === 'community')!.id });

    const removal = await call(api, 'sample.remove', {});
    expect(removal.removed.meetings).toBe(3);
    // 芳古园一区社区 (used by the user's meeting) and the three communities the copy names stay.
    expect(removal.kept.communities).toBe(4);
    expect(removal.removed.communities).toBe(13 - 4);

    expect(store.texts.get(`meeting-${mine.id}`)).toBe(userMeetingDoc);
    expect(store.texts.get(`opinions-${mine.id}`)).toBe(userOpinionsDoc);
    const left = (await call(api, 'meetings.list', {})).map((m) => m.id).sort();
    expect(left).toEqual([mine.id, later.id, copy.id].sort());
    expect(await call(api, 'meetings.trash', {})).toEqual([]);
    office = await call(api, 'office.get', {});
    expect(office.profile).toMatchObject({ name: '右安门街道办事处', district: '北京市丰台区' });
    expect(office.communities.map((c) => c.name)).toEqual(
      expect.arrayContaining(['玉林东里社区', '紫芳园社区', '芳古园一区社区']),
    );
    expect(office.communities.some((c) => c.sample)).toBe(false);
    expect(office.departments).toEqual([dept]);
    expect(await call(api, 'meetings.get', { id: later.id })).toMatchObject({
      communityIds: [sampleCommunity.id],
    });
  });

  it('refuses a second install and a removal with nothing to remove, changing nothing', async () => {
    const { api, store } = await connect();
    const nothing = await api.invoke('sample.remove', {});
    expect(nothing).toMatchObject({ ok: false, error: { code: 'not_found', message: '没有示例数据可移除' } });
    await call(api, 'sample.install', {});
    const snapshot = new Map(store.texts);
    const again = await api.invoke('sample.install', {});
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((again as { error: { message: string } }).error.message).toContain('请先移除示例数据');
    expect(store.texts).toEqual(snapshot);
  });

  it('keeps a sample profile the user has since edited', async () => {
    const { api } = await connect();
    await call(api, 'sample.install', {});
    await call(api, 'office.update', { phone: '010-12345678' });
    await call(api, 'sample.remove', {});
    expect((await call(api, 'office.get', {})).profile).toMatchObject({
      name: '方庄街道办事处',
      phone: '010-12345678',
    });
  });
});

describe('the sample office on reopen', () => {
  it('installed, then removed, reopens to the same state without a notice', async () => {
    const store = new MemoryDocumentStore();
    const first = await openAppServices({ store, dataDir: '/mem', version: 'test' });
    expect((await first.dispatch('sample.install', {})).ok).toBe(true);
    const reopened = await openAppServices({ store, dataDir: '/mem', version: 'test' });
    const office = Office.parse(((await reopened.dispatch('office.get', {})) as { value: unknown }).value);
    expect(office.communities.filter((c) => c.sample)).toHaveLength(14);
    expect((await reopened.dispatch('sample.remove', {})).ok).toBe(true);
    const again = await openAppServices({ store, dataDir: '/mem', version: 'test' });
    expect(await again.dispatch('meetings.list', {})).toEqual({ ok: true, value: [] });
    expect(await again.dispatch('app.info', {})).toMatchObject({ ok: true, value: { notices: [] } });
  });
});
