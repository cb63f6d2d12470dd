import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient, type Result } from '../../shared/api';
import type { ContractHarness } from './harnesses';
import { CHINESE, nextEvent, refusal, value } from './result-helpers';

const by = '工作人员';
/** The harness's clock reads 2025-03-01 10:00 in Beijing. */
const TODAY = '2025-03-01';

const meetingDraft = {
  title: '停车管理专题报告会',
  level: 'topic' as const,
  startsAt: '2025-03-01T09:30:00+08:00',
  venue: '方庄街道办事处二楼会议室',
};

/** 现场提问, 当场承诺, 群众打分, the close and 彩排, over every transport like the main suite. */
export function runLiveContractSuite(
  transportName: string,
  openHarness: () => Promise<ContractHarness>,
): void {
  describe(`live questions and commitments over ${transportName}`, () => {
    let harness: ContractHarness;
    let api: ApiClient;
    let meetingId: string;
    let lead: string;
    let co: string;
    let community: string;

    beforeEach(async () => {
      harness = await openHarness();
      api = createApiClient(harness.connect());
      meetingId = value(await api.call('meetings.create', meetingDraft)).id;
      lead = value(await api.call('departments.create', { name: '城市管理办公室' })).id;
      co = value(await api.call('departments.create', { name: '综合行政执法队' })).id;
      community = value(await api.call('communities.create', { name: '芳城园一区社区' })).id;
    });
    afterEach(async () => {
      await harness.close();
    });

    const ask = async (text: string, extra: Record<string, unknown> = {}) =>
      value(await api.call('questions.create', { meetingId, question: { text, ...extra }, by }));

    it('enters, edits, moves, merges, unmerges and votes; live.changed reaches another client', async () => {
      const other = createApiClient(harness.connect());
      const heard = nextEvent(other, 'live.changed', (p) => p.meetingId === meetingId);
      await harness.eventsReady(1);
      const parking = await ask('小区晚上停车难，车位不够', {
        communityId: community,
        askerName: '王桂芳',
        askerPhone: '13801012345',
        category: '停车管理',
        clientId: 'slip-1',
      });
      expect(await heard).toEqual({ meetingId });
      expect(parking).toMatchObject({ state: 'waiting', revision: 1, category: '停车管理', votes: 0 });
      // A resubmitted form is stored once.
      expect((await ask('小区晚上停车难，车位不够', { clientId: 'slip-1' })).id).toBe(parking.id);

      const edited = value(
        await api.call('questions.update', {
          meetingId,
          id: parking.id,
          expectedRevision: 1,
          patch: { departmentId: lead },
          by,
        }),
      );
      expect(edited).toMatchObject({ departmentId: lead, revision: 2 });
      expect(edited.history.at(-1)).toMatchObject({ kind: 'edited', by });

      const alike = await ask('车位太少，晚上停不下');
      const target = value(
        await api.call('questions.merge', { meetingId, sourceId: alike.id, targetId: parking.id, by }),
      );
      expect(target.id).toBe(parking.id);
      const listed = value(await api.call('questions.list', { meetingId }));
      expect(listed.rehearsal).toBeNull();
      expect(listed.questions.find((q) => q.id === alike.id)).toMatchObject({
        state: 'merged',
        mergedInto: parking.id,
      });
      const alone = value(await api.call('questions.unmerge', { meetingId, id: alike.id, by }));
      expect(alone).toMatchObject({ state: 'waiting', mergedInto: null });

      expect(value(await api.call('questions.vote', { meetingId, id: parking.id, delta: 1 })).votes).toBe(1);
      expect(value(await api.call('questions.vote', { meetingId, id: parking.id, delta: -1 })).votes).toBe(0);
      expect(value(await api.call('questions.vote', { meetingId, id: parking.id, delta: -1 })).votes).toBe(0);

      const current = value(await api.call('questions.list', { meetingId })).questions.find(
        (q) => q.id === parking.id,
      )!;
      const shown = value(
        await api.call('questions.move', {
          meetingId,
          id: parking.id,
          expectedRevision: current.revision,
          move: { to: 'onScreen' },
          by,
        }),
      );
      expect(shown.state).toBe('onScreen');
      const overlay = value(await api.call('presentation.get', { meetingId })).overlays.question;
      expect(overlay).toBe(true);
      const answered = value(
        await api.call('questions.move', {
          meetingId,
          id: parking.id,
          expectedRevision: shown.revision,
          move: { to: 'answered', note: '夜间开放周边单位车位' },
          by,
        }),
      );
      expect(answered).toMatchObject({ state: 'answered', answerNote: '夜间开放周边单位车位' });
      expect(answered.history.map((h) => h.to)).toContain('onScreen');
    });

    it('refuses a stale revision with conflict, naming who changed what, and keeps the first save', async () => {
      const q = await ask('消防通道被占');
      value(
        await api.call('questions.move', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          move: { to: 'answered', note: '' },
          by: '第二控制台',
        }),
      );
      const writes = harness.store.writes;
      const stale = refusal(
        await api.call('questions.update', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          patch: { text: '消防通道被私家车占了' },
          by,
        }),
      );
      expect(stale.code).toBe('conflict');
      expect(stale.message).toBe('该问题已被“第二控制台”改为“当场答复”，请查看最新状态后再操作');
      const staleMove = refusal(
        await api.call('questions.move', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          move: { to: 'onScreen' },
          by,
        }),
      );
      expect(staleMove.code).toBe('conflict');
      expect(harness.store.writes).toBe(writes);
      const kept = value(await api.call('questions.list', { meetingId })).questions[0];
      expect(kept).toMatchObject({ text: '消防通道被占', state: 'answered', revision: 2 });
    });

    it('refuses bad input in Chinese and writes nothing', async () => {
      const q = await ask('小区门口道闸经常坏');
      const writes = harness.store.writes;
      const bad: Result<unknown>[] = [
        await api.call('questions.create', { meetingId, question: { text: '  ' }, by }),
        await api.call('questions.create', { meetingId, question: { text: '问', communityId: 'cnone' }, by }),
        await api.call('questions.create', {
          meetingId,
          question: { text: '问', departmentId: 'dnone' },
          by,
        }),
        await api.call('questions.move', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          move: { to: 'declined', reason: ' ' },
          by,
        }),
        await api.call('questions.move', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          move: { to: 'waiting', note: '' },
          by,
        }),
        await api.call('questions.merge', { meetingId, sourceId: q.id, targetId: q.id, by }),
        await api.call('questions.referRest', { meetingId, dueDate: '2025-02-28', departmentId: null, by }),
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            text: '施划禁停标线',
            listType: 'immediate',
            leadDepartmentId: 'dnone',
            deadline: { kind: 'preset', preset: 'today' },
          },
          by,
        }),
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            text: '施划禁停标线',
            listType: 'immediate',
            leadDepartmentId: lead,
            coDepartmentIds: [lead],
            deadline: { kind: 'preset', preset: 'today' },
          },
          by,
        }),
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            text: '施划禁停标线',
            listType: 'deadline',
            leadDepartmentId: lead,
            deadline: { kind: 'none' },
          },
          by,
        }),
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            text: '建立体停车楼',
            listType: 'ongoing',
            leadDepartmentId: lead,
            deadline: { kind: 'none' },
          },
          by,
        }),
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            text: '施划禁停标线',
            listType: 'deadline',
            leadDepartmentId: lead,
            deadline: { kind: 'date', date: '2025-02-28' },
          },
          by,
        }),
        await api.call('scores.set', { meetingId, partId: 'nope', hands: null, by }),
        await api.call('rehearsal.wipe', { meetingId }),
        await api.call('live.reopen', { meetingId, by }),
      ];
      for (const result of bad) {
        const error = refusal(result);
        expect(error.code).toBe('invalid_input');
        expect(error.message).toMatch(CHINESE);
      }
      expect(refusal(bad[1]!).message).toContain('社区');
      expect(refusal(bad[8]!).message).toBe('协办单位不能与牵头单位相同');
      expect(refusal(bad[10]!).message).toContain('推进节点');
      expect(refusal(bad[11]!).message).toContain(TODAY);
      expect(harness.store.writes).toBe(writes);
    });

    it('makes a commitment from a question in one write, shows it, and keeps a history of edits', async () => {
      const q = await ask('芳星园一区僵尸车长期占用车位');
      const stale = refusal(
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            questionId: q.id,
            text: '清理僵尸车',
            listType: 'immediate',
            leadDepartmentId: co,
            deadline: { kind: 'preset', preset: 'days7' },
          },
          questionRevision: 0,
          by,
        }),
      );
      expect(stale.code).toBe('conflict');
      const made = value(
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            questionId: q.id,
            text: '清理僵尸车',
            listType: 'immediate',
            leadDepartmentId: co,
            coDepartmentIds: [lead],
            owner: '执法队队长 孙强',
            deadline: { kind: 'preset', preset: 'days7' },
          },
          questionRevision: 1,
          by,
        }),
      );
      expect(made).toMatchObject({ deadline: '2025-03-08', revision: 1, createdBy: by, questionId: q.id });
      const question = value(await api.call('questions.list', { meetingId })).questions[0];
      expect(question).toMatchObject({ state: 'committed', commitmentId: made.id });
      expect(value(await api.call('presentation.get', { meetingId })).commitmentId).toBe(made.id);
      const again = refusal(
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            questionId: q.id,
            text: '再承诺一次',
            listType: 'immediate',
            leadDepartmentId: co,
            deadline: { kind: 'preset', preset: 'today' },
          },
          by,
        }),
      );
      expect(again.code).toBe('invalid_input');

      const ongoing = value(
        await api.call('commitments.update', {
          meetingId,
          id: made.id,
          expectedRevision: 1,
          patch: {
            listType: 'ongoing',
            milestones: [{ text: '完成排查', dueDate: '2025-03-15' }],
          },
          by: '第二控制台',
        }),
      );
      expect(ongoing.revision).toBe(2);
      expect(ongoing.changes.map((c) => c.field).sort()).toEqual(['listType', 'milestones']);
      expect(ongoing.changes.find((c) => c.field === 'listType')).toMatchObject({
        from: 'immediate',
        to: 'ongoing',
        by: '第二控制台',
      });
      const conflict = refusal(
        await api.call('commitments.update', {
          meetingId,
          id: made.id,
          expectedRevision: 1,
          patch: { owner: '孙强' },
          by,
        }),
      );
      expect(conflict.code).toBe('conflict');
      expect(conflict.message).toContain('第二控制台');
      expect(value(await api.call('commitments.list', { meetingId }))).toHaveLength(1);

      const announced = value(
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            text: '成立居民停车议事小组',
            listType: 'ongoing',
            leadDepartmentId: lead,
            deadline: { kind: 'none' },
            milestones: [{ text: '成立议事小组', dueDate: '2025-03-31' }],
          },
          by,
        }),
      );
      expect(announced).toMatchObject({ questionId: null, deadline: null });
      expect(announced.milestones).toHaveLength(1);
    });

    it('scores each part by show of hands and refuses an unknown part', async () => {
      const sheet = value(await api.call('scores.get', { meetingId }));
      const part = sheet.parts[0];
      expect(part).toBeDefined();
      const hands = { satisfied: 86, basicallySatisfied: 21, dissatisfied: 4 };
      const scored = value(await api.call('scores.set', { meetingId, partId: part!.partId, hands, by }));
      expect(scored.parts[0]).toMatchObject({ hands, handsVotes: 111, phoneVotes: 0 });
      const unknown = refusal(await api.call('scores.set', { meetingId, partId: 'p-none', hands, by }));
      expect(unknown.code).toBe('invalid_input');
      expect(unknown.message).toMatch(CHINESE);
      const cleared = value(
        await api.call('scores.set', { meetingId, partId: part!.partId, hands: null, by }),
      );
      expect(cleared.parts[0]?.hands).toBeNull();
    });

    it('refuses to close while questions are open, naming them; refers the rest; closes and reopens', async () => {
      const waiting = await ask('小区路面坑坑洼洼，下雨就积水');
      const onScreen = await ask('访客车辆能不能临时停一两个小时');
      value(
        await api.call('questions.move', {
          meetingId,
          id: onScreen.id,
          expectedRevision: 1,
          move: { to: 'onScreen' },
          by,
        }),
      );
      const writes = harness.store.writes;
      const refused = refusal(await api.call('live.close', { meetingId, by }));
      expect(refused.code).toBe('invalid_input');
      expect(refused.message).toBe(
        '还有 2 个问题尚未处理：“小区路面坑坑洼洼，下雨就积水”（待处理）、“访客车辆能不能临时停一两个小时”（上屏中）。请逐条处理，或选择“其余问题会后书面答复”。',
      );
      expect(refused.details).toHaveLength(2);
      expect(harness.store.writes).toBe(writes);
      const status = value(await api.call('live.status', { meetingId }));
      expect(status.blockers.map((b) => b.questionId)).toEqual([waiting.id, onScreen.id]);

      expect(
        value(
          await api.call('questions.referRest', { meetingId, dueDate: '2025-03-20', departmentId: lead, by }),
        ),
      ).toEqual({ referred: 2 });
      const referred = value(await api.call('questions.list', { meetingId })).questions;
      expect(referred.every((q) => q.state === 'referred' && q.referral?.dueDate === '2025-03-20')).toBe(
        true,
      );

      const closed = value(await api.call('live.close', { meetingId, by }));
      expect(closed.blockers).toEqual([]);
      expect(closed.closing).toMatchObject({ closedBy: by, writtenBy: '2025-03-20' });
      const meeting = value(await api.call('meetings.get', { id: meetingId }));
      expect(meeting.status).toBe('closed');
      expect(meeting.revision).toBeGreaterThan(1);
      const reopened = value(await api.call('live.reopen', { meetingId, by }));
      expect(reopened.closing).toBeNull();
      expect(value(await api.call('meetings.get', { id: meetingId })).status).toBe('live');
    });

    it('shows the hall the question on screen and the commitment without personal data', async () => {
      const q = await ask('消防通道两边停满车，请尽快处理', {
        askerName: '王桂芳',
        askerPhone: '13801012345',
        communityId: community,
      });
      value(
        await api.call('questions.move', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          move: { to: 'onScreen' },
          by,
        }),
      );
      const view = value(await api.call('live.public', { meetingId }));
      expect(view.current).toMatchObject({ id: q.id, communityName: '芳城园一区社区', askers: 1 });
      expect(view.rehearsal).toBe(false);
      expect(view.date).toBe(TODAY);
      const text = JSON.stringify(view);
      expect(text).not.toContain('王桂芳');
      expect(text).not.toContain('13801012345');
    });

    it('rehearses on a copy and wipes it, leaving the real record byte-identical', async () => {
      await ask('真实会议的问题：小区停车难');
      const before = new Map(harness.store.texts);
      const started = value(await api.call('rehearsal.start', { meetingId, withTestData: true }));
      expect(started.startedAt).toMatch(/^2025-03-01T10:00/);
      const again = refusal(await api.call('rehearsal.start', { meetingId, withTestData: false }));
      expect(again.code).toBe('conflict');
      const rehearsed = value(await api.call('questions.list', { meetingId }));
      expect(rehearsed.rehearsal).not.toBeNull();
      expect(rehearsed.questions.length).toBeGreaterThan(3);
      expect(rehearsed.questions.some((q) => q.text.startsWith('真实会议'))).toBe(false);
      const made = await ask('彩排：车位不够');
      value(
        await api.call('questions.move', {
          meetingId,
          id: made.id,
          expectedRevision: 1,
          move: { to: 'onScreen' },
          by,
        }),
      );
      const k = value(
        await api.call('commitments.create', {
          meetingId,
          commitment: {
            questionId: made.id,
            text: '彩排承诺',
            listType: 'deadline',
            leadDepartmentId: lead,
            deadline: { kind: 'preset', preset: 'days30' },
          },
          by,
        }),
      );
      const part = value(await api.call('scores.get', { meetingId })).parts[0]!;
      value(
        await api.call('scores.set', {
          meetingId,
          partId: part.partId,
          hands: { satisfied: 1, basicallySatisfied: 1, dissatisfied: 1 },
          by,
        }),
      );
      expect(value(await api.call('live.public', { meetingId })).rehearsal).toBe(true);
      expect(value(await api.call('presentation.get', { meetingId })).commitmentId).toBe(k.id);

      const wiped = value(await api.call('rehearsal.wipe', { meetingId }));
      expect(wiped.questions).toBe(rehearsed.questions.length + 1);
      expect(wiped.commitments).toBeGreaterThanOrEqual(1);
      expect(new Map(harness.store.texts)).toEqual(before);
      expect(value(await api.call('presentation.get', { meetingId })).commitmentId).toBeNull();
      const real = value(await api.call('questions.list', { meetingId }));
      expect(real.rehearsal).toBeNull();
      expect(real.questions.map((q) => q.text)).toEqual(['真实会议的问题：小区停车难']);
    });

    it('two consoles saving the same revision at once: exactly one lands, the other is refused with conflict', async () => {
      const second = createApiClient(harness.connect());
      const q = await ask('快递车在小区里乱停');
      const results = await Promise.all([
        api.call('questions.move', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          move: { to: 'answered', note: '已约谈快递企业' },
          by: '第一控制台',
        }),
        second.call('questions.move', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          move: { to: 'declined', reason: '不属于本次议题' },
          by: '第二控制台',
        }),
      ]);
      const landed = results.filter((r) => r.ok);
      expect(landed).toHaveLength(1);
      const lost = results.find((r) => !r.ok);
      expect(lost && refusal(lost).code).toBe('conflict');
      const stored = value(await api.call('questions.list', { meetingId })).questions[0]!;
      expect(stored.revision).toBe(2);
      expect(stored.state).toBe(value(landed[0]!).state);
      expect(stored.history.filter((h) => h.kind === 'moved')).toHaveLength(1);
    });

    it('two consoles on one server: the later save of the same revision is refused, the first stays', async () => {
      const second = createApiClient(harness.connect());
      const q = await ask('晚上回来找不到车位');
      const [first, later] = [
        await api.call('questions.update', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          patch: { category: '停车管理' },
          by: '第一控制台',
        }),
        await second.call('questions.move', {
          meetingId,
          id: q.id,
          expectedRevision: 1,
          move: { to: 'declined', reason: '重复提问' },
          by: '第二控制台',
        }),
      ];
      expect(value(first).category).toBe('停车管理');
      const error = refusal(later);
      expect(error.code).toBe('conflict');
      expect(error.message).toBe('该问题已被“第一控制台”修改了类别，请查看最新状态后再操作');
      const stored = value(await second.call('questions.list', { meetingId })).questions[0];
      expect(stored).toMatchObject({ state: 'waiting', category: '停车管理', revision: 2 });
    });
  });
}
