import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient, type Result } from '../../shared/api';
import type { FollowUpItem } from '../../shared/domain';
import type { ContractHarness } from './harnesses';
import { CHINESE, nextEvent, refusal, value } from './result-helpers';

const by = '工作人员';

const meetingDraft = {
  title: '停车管理专题报告会',
  level: 'topic' as const,
  startsAt: '2025-03-01T09:30:00+08:00',
  venue: '方庄街道办事处二楼会议室',
};

const RESIDENT = { name: '王桂芳', phone: '13801012345' };

/** 跟踪 over every transport: from the close of the meeting to an honest end state, and its figures. */
export function runFollowUpContractSuite(
  transportName: string,
  openHarness: () => Promise<ContractHarness>,
): void {
  describe(`follow-up lists over ${transportName}`, () => {
    let harness: ContractHarness;
    let api: ApiClient;
    let meetingId: string;
    let lead: string;
    let referTo: string;
    let community: string;

    beforeEach(async () => {
      harness = await openHarness();
      api = createApiClient(harness.connect());
      meetingId = value(await api.call('meetings.create', meetingDraft)).id;
      lead = value(await api.call('departments.create', { name: '城市管理办公室' })).id;
      referTo = value(await api.call('departments.create', { name: '房管所' })).id;
      community = value(await api.call('communities.create', { name: '芳城园一区社区' })).id;
    });
    afterEach(async () => {
      await harness.close();
    });

    const ask = async (text: string, extra: Record<string, unknown> = {}) =>
      value(await api.call('questions.create', { meetingId, question: { text, ...extra }, by }));

    /** A meeting closed with one commitment (answering a resident's question) and one referral. */
    async function closeWithCommitmentAndReferral(): Promise<void> {
      const parking = await ask('小区晚上停车难，车位不够', {
        communityId: community,
        askerName: RESIDENT.name,
        askerPhone: RESIDENT.phone,
      });
      value(
        await api.call('questions.move', {
          meetingId,
          id: parking.id,
          expectedRevision: 1,
          move: { to: 'onScreen' },
          by,
        }),
      );
      value(
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            questionId: parking.id,
            text: '一个月内在芳城园一区增设 30 个夜间共享车位',
            listType: 'deadline',
            leadDepartmentId: lead,
            deadline: { kind: 'preset', preset: 'days30' },
          },
          by,
        }),
      );
      const leak = await ask('楼道漏水，物业不管');
      value(
        await api.call('questions.move', {
          meetingId,
          id: leak.id,
          expectedRevision: 1,
          move: { to: 'referred', departmentId: referTo, dueDate: '2025-03-20' },
          by,
        }),
      );
      value(await api.call('live.close', { meetingId, by }));
    }

    async function rows() {
      return value(await api.call('followUps.list', { meetingId })).rows;
    }

    async function act(item: { id: string; revision: number }, action: Record<string, unknown>) {
      return value(
        await api.call('followUps.act', {
          meetingId,
          id: item.id,
          expectedRevision: item.revision,
          action: action as never,
          by,
        }),
      );
    }

    async function manual(title: string): Promise<FollowUpItem> {
      return value(
        await api.call('followUps.create', {
          meetingId,
          draft: { title, listType: 'immediate', leadDepartmentId: lead, deadline: '2025-03-05' },
          by,
        }),
      );
    }

    it('generates an item per commitment and referral at the close, once; runs one to solved', async () => {
      await closeWithCommitmentAndReferral();
      const made = await rows();
      expect(made).toHaveLength(2);
      const fromCommitment = made.find((r) => r.sourceKind === 'commitment')!;
      const fromReferral = made.find((r) => r.sourceKind === 'referral')!;
      expect(fromCommitment).toMatchObject({
        title: '一个月内在芳城园一区增设 30 个夜间共享车位',
        listType: 'deadline',
        leadDepartmentId: lead,
        deadline: '2025-03-31',
        communityId: community,
        state: 'assigned',
        meetingDate: '2025-03-01',
        revision: 1,
      });
      expect(fromReferral).toMatchObject({
        title: '楼道漏水，物业不管',
        listType: 'deadline',
        leadDepartmentId: referTo,
        deadline: '2025-03-20',
        state: 'assigned',
      });
      // Again (the tab's 生成 button): nothing new, nothing written.
      const writes = harness.store.writes;
      expect(value(await api.call('followUps.generate', { meetingId, by }))).toEqual({
        created: 0,
        total: 2,
      });
      expect(harness.store.writes).toBe(writes);
      expect(await rows()).toHaveLength(2);

      const detail = value(await api.call('followUps.get', { meetingId, id: fromCommitment.id }));
      expect(detail.item.resident).toEqual(RESIDENT);
      expect(detail.item.history[0]).toMatchObject({ kind: 'created', to: 'assigned', by });
      expect(detail.question).toMatchObject({ text: '小区晚上停车难，车位不够', askerName: RESIDENT.name });
      expect(detail.timeline.length).toBeGreaterThan(1);

      const other = createApiClient(harness.connect());
      await harness.eventsReady(1);
      const heard = nextEvent(other, 'followUps.changed', (p) => p.meetingId === meetingId);
      let item = await act(detail.item, { kind: 'start' });
      expect(await heard).toEqual({ meetingId });
      expect(item.state).toBe('in_progress');
      item = await act(item, { kind: 'reply', date: '2025-03-01', text: '已施划 12 个车位' });
      expect(item.state).toBe('replied');
      item = await act(item, {
        kind: 'evaluate',
        verdict: 'dissatisfied',
        channel: 'visit',
        note: '车位只有 12 个，不够',
      });
      expect(item.state).toBe('reopened');
      item = await act(item, { kind: 'reply', date: '2025-03-01', text: '又增设 18 个，共 30 个' });
      expect(item.state).toBe('replied');

      // 回访 is due a week after the reply (限期办理), with the resident to call.
      const before = value(await api.call('followUps.callbacks', { meetingId, asOf: '2025-03-07' }));
      expect(before.rows).toEqual([]);
      const due = value(await api.call('followUps.callbacks', { meetingId, asOf: '2025-03-08' }));
      expect(due.rows).toHaveLength(1);
      expect(due.rows[0]).toMatchObject({
        row: { id: item.id, callbackDue: '2025-03-08' },
        resident: RESIDENT,
        lastReply: '又增设 18 个，共 30 个',
      });

      item = await act(item, { kind: 'no_answer' });
      expect(item.state).toBe('replied');
      expect(item.callbacks).toHaveLength(1);
      item = await act(item, { kind: 'evaluate', verdict: 'satisfied', channel: 'callback', end: 'solved' });
      expect(item).toMatchObject({ state: 'solved' });
      expect(item.closedAt).not.toBeNull();
      expect(item.history.map((h) => [h.kind, h.to])).toEqual([
        ['created', 'assigned'],
        ['started', 'in_progress'],
        ['replied', 'replied'],
        ['evaluated', 'reopened'],
        ['replied', 'replied'],
        ['callback', 'replied'],
        ['evaluated', 'solved'],
      ]);
      const after = value(await api.call('followUps.callbacks', { meetingId, asOf: '2025-03-10' }));
      expect(after.rows).toEqual([]);

      const board = value(await api.call('followUps.scoreboard', { meetingId, asOf: '2025-03-10' }));
      expect(board.meetingIds).toEqual([meetingId]);
      const city = board.departments.find((d) => d.departmentId === lead)!;
      expect(city).toMatchObject({ name: '城市管理办公室', items: 1, solved: 1, rated: 1, satisfied: 1 });
      expect(city.ranked).toBe(false);
      const housing = board.departments.find((d) => d.departmentId === referTo)!;
      expect(housing).toMatchObject({ items: 1, solved: 0 });
      expect(board.totals).toMatchObject({ items: 2, solved: 1 });
    });

    it('refuses a stale revision and a step the state does not allow, changing nothing', async () => {
      const item = await manual('清理楼道堆物');
      const started = await act(item, { kind: 'start' });
      const writes = harness.store.writes;
      const texts = new Map(harness.store.texts);

      const stale = refusal(
        await api.call('followUps.act', {
          meetingId,
          id: item.id,
          expectedRevision: item.revision,
          action: { kind: 'reply', date: '2025-03-01', text: '已清理' },
          by,
        }),
      );
      expect(stale.code).toBe('conflict');
      expect(stale.message).toMatch(CHINESE);
      expect(stale.message).toContain('清理楼道堆物');
      const staleEdit = refusal(
        await api.call('followUps.update', {
          meetingId,
          id: item.id,
          expectedRevision: item.revision,
          patch: { owner: '张科长' },
          by,
        }),
      );
      expect(staleEdit.code).toBe('conflict');

      const notAllowed = refusal(
        await api.call('followUps.act', {
          meetingId,
          id: item.id,
          expectedRevision: started.revision,
          action: { kind: 'evaluate', verdict: 'dissatisfied', channel: 'visit', note: '' },
          by,
        }),
      );
      expect(notAllowed.code).toBe('invalid_input');
      expect(notAllowed.message).toMatch(CHINESE);
      expect(harness.store.writes).toBe(writes);
      expect(harness.store.texts).toEqual(texts);

      const edited = value(
        await api.call('followUps.update', {
          meetingId,
          id: item.id,
          expectedRevision: started.revision,
          patch: { owner: '张科长' },
          by,
        }),
      );
      expect(edited).toMatchObject({ owner: '张科长', revision: started.revision + 1 });
      expect(edited.history.at(-1)).toMatchObject({ kind: 'edited', by });
    });

    it('changes many items at once, each standing or refused alone, and takes it back once', async () => {
      const a = await manual('清理楼道堆物');
      const b = await manual('修补破损路面');
      const c = await manual('更换路灯');
      const cStarted = await act(c, { kind: 'start' });
      const done = value(
        await api.call('followUps.bulk', {
          targets: [
            { meetingId, id: a.id, expectedRevision: a.revision },
            { meetingId, id: b.id, expectedRevision: b.revision },
            // Stale: c moved on since the list was loaded.
            { meetingId, id: c.id, expectedRevision: c.revision },
          ],
          action: { kind: 'start' },
          by,
        }),
      );
      expect(done.changed).toBe(2);
      expect(done.refused).toHaveLength(1);
      expect(done.refused[0]).toMatchObject({ id: c.id });
      expect(done.refused[0]!.message).toMatch(CHINESE);
      expect(done.undoId).not.toBeNull();
      const states = new Map((await rows()).map((r) => [r.id, r]));
      expect(states.get(a.id)?.state).toBe('in_progress');
      expect(states.get(b.id)?.state).toBe('in_progress');
      expect(states.get(c.id)?.revision).toBe(cStarted.revision);

      // b changes again before the undo: only a goes back.
      const bNow = value(await api.call('followUps.get', { meetingId, id: b.id })).item;
      await act(bNow, { kind: 'reply', date: '2025-03-01', text: '已修补' });
      const undone = value(await api.call('followUps.undo', { undoId: done.undoId!, by }));
      expect(undone.restored).toBe(1);
      expect(undone.refused).toHaveLength(1);
      expect(undone.refused[0]).toMatchObject({ id: b.id });
      expect(undone.refused[0]!.message).toContain('已被再次修改');
      const aBack = value(await api.call('followUps.get', { meetingId, id: a.id })).item;
      expect(aBack.state).toBe('assigned');
      // Never rewound: a later edit from a stale copy cannot slip through.
      expect(aBack.revision).toBe(a.revision + 2);
      expect(aBack.history.at(-1)).toMatchObject({ kind: 'undone', from: 'in_progress', to: 'assigned' });
      const again = refusal(await api.call('followUps.undo', { undoId: done.undoId!, by }));
      expect(again.code).toBe('not_found');
      expect(again.message).toMatch(CHINESE);
    });

    it('keeps the resident off the notice, with counts of the total', async () => {
      await closeWithCommitmentAndReferral();
      const item = (await rows()).find((r) => r.sourceKind === 'commitment')!;
      const started = await act(item, { kind: 'start' });
      await act(started, {
        kind: 'reply',
        date: '2025-03-01',
        text: `已与${RESIDENT.name}（${RESIDENT.phone}）沟通，增设车位 30 个`,
      });
      const notice = value(await api.call('followUps.notice', { meetingId, asOf: '2025-03-05' }));
      expect(notice).toMatchObject({
        meetingId,
        meetingTitle: meetingDraft.title,
        meetingDate: '2025-03-01',
      });
      expect(notice.items).toHaveLength(2);
      expect(notice.counts.total).toBe(2);
      const text = JSON.stringify(notice);
      expect(text).not.toContain(RESIDENT.phone);
      expect(text).not.toContain(RESIDENT.name);
      expect(text).toContain('增设车位 30 个');
      // Host mode and the harnesses have no window to print from.
      expect(value(await api.call('followUps.exportNotice', { meetingId }))).toEqual({
        supported: false,
        saved: null,
      });
    });

    it('reminds of the notice until it is marked put up, and again once that is taken back', async () => {
      await closeWithCommitmentAndReferral();
      const noticeDue = async () =>
        value(await api.call('followUps.reminders', { asOf: '2025-03-20' })).filter(
          (r) => r.kind === 'notice' && r.meetingId === meetingId,
        );
      expect(await noticeDue()).toEqual([{ kind: 'notice', meetingId, dueOn: '2025-03-06', overdue: true }]);
      const marked = value(await api.call('followUps.markNotice', { meetingId, published: true, by }));
      // The harness's clock: 2025-03-01 10:00 in Beijing.
      expect(marked).toEqual({ publishedAt: '2025-03-01T10:00:00+08:00' });
      expect(await noticeDue()).toEqual([]);
      expect(value(await api.call('followUps.notice', { meetingId })).publishedAt).toBe(marked.publishedAt);
      value(await api.call('followUps.markNotice', { meetingId, published: false, by }));
      expect(await noticeDue()).toHaveLength(1);
      const gone = refusal(
        await api.call('followUps.markNotice', { meetingId: 'm-nothere', published: true, by }),
      );
      expect(gone.code).toBe('not_found');
    });

    it('creates nothing when a rehearsal closes', async () => {
      value(await api.call('rehearsal.start', { meetingId, withTestData: false }));
      const q = await ask('彩排：车位不够');
      value(
        await api.call('questions.move', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          move: { to: 'onScreen' },
          by,
        }),
      );
      value(
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            questionId: q.id,
            text: '彩排承诺',
            listType: 'deadline',
            leadDepartmentId: lead,
            deadline: { kind: 'preset', preset: 'days30' },
          },
          by,
        }),
      );
      value(await api.call('live.close', { meetingId, by }));
      expect(await rows()).toEqual([]);
      expect([...harness.store.texts.keys()].some((name) => name.startsWith('follow-'))).toBe(false);
      // Nor does the 生成 button read the rehearsal.
      expect(value(await api.call('followUps.generate', { meetingId, by }))).toMatchObject({ created: 0 });
      expect(await rows()).toEqual([]);
    });

    it('refuses bad input in Chinese, writing nothing', async () => {
      const item = await manual('清理楼道堆物');
      const writes = harness.store.writes;
      const bad: Result<unknown>[] = [
        await api.call('followUps.create', {
          meetingId,
          draft: { title: '  ', listType: 'immediate' },
          by,
        }),
        await api.call('followUps.create', {
          meetingId,
          draft: { title: '修路', listType: 'immediate', leadDepartmentId: 'dnone' },
          by,
        }),
        await api.call('followUps.create', {
          meetingId,
          draft: { title: '修路', listType: 'immediate', leadDepartmentId: lead, coDepartmentIds: [lead] },
          by,
        }),
        await api.call('followUps.create', {
          meetingId,
          draft: { title: '修路', listType: 'immediate', communityId: 'cnone' },
          by,
        }),
        await api.call('followUps.act', {
          meetingId,
          id: item.id,
          expectedRevision: item.revision,
          action: { kind: 'close_unsolved', reason: ' ' },
          by,
        }),
        await api.call('followUps.act', {
          meetingId,
          id: item.id,
          expectedRevision: item.revision,
          action: { kind: 'reply', date: '2025-03-01', text: '' },
          by,
        }),
        await api.call('followUps.bulk', { targets: [], action: { kind: 'start' }, by }),
        await api.call('followUps.sendGroups', { meetingId, groupIds: [], by }),
        await api.call('followUps.rateDepartment', {
          meetingId,
          communityId: 'cnone',
          departmentId: lead,
          verdict: 'satisfied',
          by,
        }),
        await api.call('followUps.rateDepartment', {
          meetingId,
          communityId: community,
          departmentId: 'dnone',
          verdict: 'satisfied',
          by,
        }),
      ];
      for (const result of bad) {
        const error = refusal(result);
        expect(error.code).toBe('invalid_input');
        expect(error.message).toMatch(CHINESE);
      }
      const missing: Result<unknown>[] = [
        await api.call('followUps.list', { meetingId: 'mnone' }),
        await api.call('followUps.get', { meetingId, id: 'fnone' }),
        await api.call('followUps.create', {
          meetingId: 'mnone',
          draft: { title: '修路', listType: 'immediate' },
          by,
        }),
        await api.call('followUps.generate', { meetingId: 'mnone', by }),
      ];
      for (const result of missing) {
        const error = refusal(result);
        expect(error.code).toBe('not_found');
        expect(error.message).toMatch(CHINESE);
      }
      expect(harness.store.writes).toBe(writes);
    });

    it('rates a department from a community and counts it; keeps settings in the office', async () => {
      await manual('清理楼道堆物');
      const rating = value(
        await api.call('followUps.rateDepartment', {
          meetingId,
          communityId: community,
          departmentId: lead,
          verdict: 'basically_satisfied',
          by,
        }),
      );
      expect(rating).toMatchObject({ communityId: community, departmentId: lead, by });
      const board = value(await api.call('followUps.scoreboard', { meetingId: null }));
      expect(board.departments.find((d) => d.departmentId === lead)).toMatchObject({
        communityRated: 1,
        communitySatisfied: 1,
      });

      const settings = value(await api.call('followUps.settings.get', {}));
      const changed = {
        ...settings,
        rankMinItems: 1,
        callbackDays: { ...settings.callbackDays, immediate: 1 },
      };
      const other = createApiClient(harness.connect());
      await harness.eventsReady(1);
      const heard = nextEvent(other, 'followUps.changed', (p) => p.meetingId === null);
      expect(value(await api.call('followUps.settings.set', { settings: changed, by }))).toEqual(changed);
      expect(await heard).toEqual({ meetingId: null });
      expect(value(await api.call('followUps.settings.get', {}))).toEqual(changed);
      expect(value(await api.call('office.get', {})).followUp).toEqual(changed);
    });
  });
}
