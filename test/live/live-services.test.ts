import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { meetingDocName } from '../../electron/storage/documents';
import type { Input, Method, Output } from '../../shared/api';
import { refusal, value } from '../contract/result-helpers';

const NOW = new Date('2025-03-05T06:30:00Z'); // 14:30 in Beijing, the meeting's afternoon
const by = '工作人员';

let services: AppServices;
let store: MemoryDocumentStore;
let meetingId: string;
let lead: string;
let co: string;
let community: string;

async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  return value(await services.call(method, input));
}

async function refused<M extends Method>(method: M, input: Input<M>) {
  return refusal(await services.call(method, input));
}

beforeEach(async () => {
  store = new MemoryDocumentStore();
  services = await openAppServices({ store, dataDir: '/tmp/unused', version: 't', now: () => NOW });
  meetingId = (
    await call('meetings.create', {
      title: '停车管理专题报告会',
      level: 'topic',
      startsAt: '2025-03-05T14:30:00+08:00',
      venue: '二楼会议室',
    })
  ).id;
  lead = (await call('departments.create', { name: '城市管理办公室' })).id;
  co = (await call('departments.create', { name: '综合行政执法队' })).id;
  community = (await call('communities.create', { name: '芳城园一区社区' })).id;
});
afterEach(async () => {
  await services.close();
});

function stored() {
  return services.ctx.repo.get(meetingDocName(meetingId));
}

describe('questions', () => {
  it('stores a question before resolving, once per clientId, keeping the form’s category', async () => {
    const question = { text: '小区晚上停车难，车位不够', communityId: community, clientId: 'form-1' };
    const first = await call('questions.create', { meetingId, question, by });
    expect(stored()?.questions.map((q) => q.id)).toEqual([first.id]);
    expect(first.category).toBe('');
    expect(first.history).toMatchObject([{ kind: 'created', by, to: 'waiting' }]);
    const again = await call('questions.create', { meetingId, question, by });
    expect(again.id).toBe(first.id);
    expect(stored()?.questions).toHaveLength(1);
  });

  it('refuses an unknown community or department, writing nothing', async () => {
    const before = JSON.stringify(stored());
    const error = await refused('questions.create', {
      meetingId,
      question: { text: '问', communityId: 'cnope' },
      by,
    });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/社区/);
    const dept = await refused('questions.create', {
      meetingId,
      question: { text: '问', departmentId: 'dnope' },
      by,
    });
    expect(dept.message).toMatch(/答复部门/);
    expect(JSON.stringify(stored())).toBe(before);
  });

  it('puts one question on screen at a time and switches the question overlay on', async () => {
    const a = await call('questions.create', { meetingId, question: { text: '甲' }, by });
    const b = await call('questions.create', { meetingId, question: { text: '乙' }, by });
    await call('questions.move', { meetingId, id: a.id, expectedRevision: 1, move: { to: 'onScreen' }, by });
    const shownB = await call('questions.move', {
      meetingId,
      id: b.id,
      expectedRevision: 1,
      move: { to: 'onScreen' },
      by: '第二控制台',
    });
    expect(shownB.state).toBe('onScreen');
    const backA = stored()?.questions.find((q) => q.id === a.id);
    expect(backA?.state).toBe('waiting');
    expect(backA?.history.at(-1)).toMatchObject({ from: 'onScreen', to: 'waiting', by: '第二控制台' });
    const presentation = await call('presentation.get', { meetingId });
    expect(presentation.overlays.question).toBe(true);
  });

  it('refuses a stale revision naming who changed what, writing nothing', async () => {
    const q = await call('questions.create', { meetingId, question: { text: '甲' }, by });
    await call('questions.move', {
      meetingId,
      id: q.id,
      expectedRevision: 1,
      move: { to: 'answered', note: '' },
      by: '第二控制台',
    });
    const before = JSON.stringify(stored());
    const error = await refused('questions.move', {
      meetingId,
      id: q.id,
      expectedRevision: 1,
      move: { to: 'onScreen' },
      by,
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('该问题已被“第二控制台”改为“当场答复”，请查看最新状态后再操作');
    expect(JSON.stringify(stored())).toBe(before);
  });
});

describe('edits name only what they change', () => {
  it('a question patch of one field leaves the asker, category and community as they were', async () => {
    const q = await call('questions.create', {
      meetingId,
      question: {
        text: '停车难',
        askerName: '王桂芳',
        askerPhone: '13801012345',
        category: '停车管理',
        communityId: community,
      },
      by,
    });
    const edited = await call('questions.update', {
      meetingId,
      id: q.id,
      expectedRevision: 1,
      patch: { departmentId: lead },
      by,
    });
    expect(edited).toMatchObject({
      departmentId: lead,
      askerName: '王桂芳',
      askerPhone: '13801012345',
      category: '停车管理',
      communityId: community,
    });
  });

  it('a commitment patch of the owner leaves co-departments and milestones, recording one change', async () => {
    const made = await call('commitments.create', {
      meetingId,
      commitment: {
        text: '建立体停车楼',
        listType: 'ongoing',
        leadDepartmentId: lead,
        coDepartmentIds: [co],
        deadline: { kind: 'none' },
        milestones: [{ text: '完成选址', dueDate: '2025-06-30' }],
      },
      by,
    });
    const edited = await call('commitments.update', {
      meetingId,
      id: made.id,
      expectedRevision: 1,
      patch: { owner: '区城管委 吴刚' },
      by,
    });
    expect(edited).toMatchObject({ owner: '区城管委 吴刚', coDepartmentIds: [co], revision: 2 });
    expect(edited.milestones.map((m) => m.id)).toEqual(made.milestones.map((m) => m.id));
    expect(edited.changes).toMatchObject([{ field: 'owner', from: '', to: '区城管委 吴刚', by }]);
  });
});

describe('commitments', () => {
  it('makes a commitment from a question in one write and shows it on the projector', async () => {
    const q = await call('questions.create', { meetingId, question: { text: '消防通道被占' }, by });
    const made = await call('commitments.create', {
      meetingId,
      commitment: {
        questionId: q.id,
        text: '施划禁停标线',
        listType: 'immediate',
        leadDepartmentId: lead,
        coDepartmentIds: [co],
        deadline: { kind: 'preset', preset: 'days7' },
      },
      questionRevision: 1,
      by,
    });
    expect(made.deadline).toBe('2025-03-12');
    const question = stored()?.questions[0];
    expect(question).toMatchObject({ state: 'committed', commitmentId: made.id, revision: 2 });
    expect(stored()?.commitments.map((c) => c.id)).toEqual([made.id]);
    const presentation = await call('presentation.get', { meetingId });
    expect(presentation.commitmentId).toBe(made.id);
  });
});

describe('rules of the close, referrals, votes and merges', () => {
  const ask = (text: string, extra: Record<string, unknown> = {}) =>
    call('questions.create', { meetingId, question: { text, ...extra }, by });

  it('refuses a written answer due before today (Beijing)', async () => {
    const q = await ask('道闸经常坏');
    const past = await refused('questions.move', {
      meetingId,
      id: q.id,
      expectedRevision: 1,
      move: { to: 'referred', departmentId: co, dueDate: '2025-03-04' },
      by,
    });
    expect(past.message).toBe('书面答复日期不能早于今天（2025-03-05）');
    const today = await call('questions.move', {
      meetingId,
      id: q.id,
      expectedRevision: 1,
      move: { to: 'referred', departmentId: co, dueDate: '2025-03-05' },
      by,
    });
    expect(today.referral).toEqual({ departmentId: co, dueDate: '2025-03-05' });
  });

  it('refers every open question to its own department unless one is named, with the note', async () => {
    const own = await ask('道闸经常坏', { departmentId: co });
    const none = await ask('访客停车');
    const answered = await ask('收费标准');
    await call('questions.move', {
      meetingId,
      id: answered.id,
      expectedRevision: 1,
      move: { to: 'answered', note: '' },
      by,
    });
    expect(
      await call('questions.referRest', { meetingId, dueDate: '2025-03-20', departmentId: null, by }),
    ).toEqual({
      referred: 2,
    });
    const byId = new Map(stored()!.questions.map((q) => [q.id, q]));
    expect(byId.get(own.id)?.referral).toEqual({ departmentId: co, dueDate: '2025-03-20' });
    expect(byId.get(none.id)?.referral).toEqual({ departmentId: null, dueDate: '2025-03-20' });
    expect(byId.get(own.id)?.history.at(-1)?.note).toContain('会后统一书面答复');
    expect(byId.get(answered.id)?.state).toBe('answered');
    const closed = await call('live.close', { meetingId, by });
    expect(closed.closing?.writtenBy).toBe('2025-03-20');
  });

  it('closes without a written-by date when nothing was referred in one step, and then refuses new open questions', async () => {
    const q = await ask('收费标准');
    await call('questions.move', {
      meetingId,
      id: q.id,
      expectedRevision: 1,
      move: { to: 'answered', note: '' },
      by,
    });
    const closed = await call('live.close', { meetingId, by });
    expect(closed.closing).toMatchObject({ closedBy: by, writtenBy: null });
    expect(stored()?.meeting.status).toBe('closed');
    const before = JSON.stringify(stored());
    const late = await refused('questions.create', { meetingId, question: { text: '会后补一个问题' }, by });
    expect(late.message).toContain('会议已结束');
    const reopen = await refused('questions.move', {
      meetingId,
      id: q.id,
      expectedRevision: 2,
      move: { to: 'waiting', note: '' },
      by,
    });
    expect(reopen.message).toContain('重新开启');
    expect(JSON.stringify(stored())).toBe(before);
    await call('live.reopen', { meetingId, by });
    expect(stored()?.meeting.status).toBe('live');
    expect((await ask('会后补一个问题')).state).toBe('waiting');
  });

  it('counts votes up and down, never below zero, without making an edit stale', async () => {
    const q = await ask('停车难');
    await call('questions.vote', { meetingId, id: q.id, delta: 1 });
    await call('questions.vote', { meetingId, id: q.id, delta: 1 });
    expect((await call('questions.vote', { meetingId, id: q.id, delta: -1 })).votes).toBe(1);
    await call('questions.vote', { meetingId, id: q.id, delta: -1 });
    expect((await call('questions.vote', { meetingId, id: q.id, delta: -1 })).votes).toBe(0);
    const edited = await call('questions.update', {
      meetingId,
      id: q.id,
      expectedRevision: 1,
      patch: { category: '停车管理' },
      by,
    });
    expect(edited.revision).toBe(2);
  });

  it('merges a group into another taking its followers along, and unmerges one back to waiting', async () => {
    const a = await ask('停车难');
    const b = await ask('车位不够');
    const c = await ask('晚上找不到车位');
    await call('questions.merge', { meetingId, sourceId: c.id, targetId: b.id, by });
    const target = await call('questions.merge', { meetingId, sourceId: b.id, targetId: a.id, by });
    expect(target.id).toBe(a.id);
    const byId = new Map(stored()!.questions.map((q) => [q.id, q]));
    expect(byId.get(b.id)?.mergedInto).toBe(a.id);
    expect(byId.get(c.id)?.mergedInto).toBe(a.id);
    const view = await call('live.public', { meetingId });
    expect(view.waiting.find((q) => q.id === a.id)?.askers).toBe(3);
    const alone = await call('questions.unmerge', { meetingId, id: c.id, by });
    expect(alone).toMatchObject({ state: 'waiting', mergedInto: null });
    const notMerged = await refused('questions.unmerge', { meetingId, id: c.id, by });
    expect(notMerged.code).toBe('invalid_input');
  });
});

describe('commitment rules', () => {
  const base = {
    text: '施划禁停标线',
    listType: 'immediate' as const,
    deadline: { kind: 'preset' as const, preset: 'today' as const },
  };

  it('refuses unknown or repeated co-departments and past milestones in Chinese, writing nothing', async () => {
    const before = JSON.stringify(stored());
    const unknown = await refused('commitments.create', {
      meetingId,
      commitment: { ...base, leadDepartmentId: lead, coDepartmentIds: ['dnone'] },
      by,
    });
    expect(unknown.message).toContain('协办单位');
    const twice = await refused('commitments.create', {
      meetingId,
      commitment: { ...base, leadDepartmentId: lead, coDepartmentIds: [co, co] },
      by,
    });
    expect(twice.message).toContain('两次');
    const past = await refused('commitments.create', {
      meetingId,
      commitment: {
        ...base,
        listType: 'ongoing',
        deadline: { kind: 'none' },
        leadDepartmentId: lead,
        milestones: [{ text: '完成选址', dueDate: '2025-03-04' }],
      },
      by,
    });
    expect(past.message).toBe('节点“完成选址”的日期不能早于今天（2025-03-05）');
    const changeToPast = await call('commitments.create', {
      meetingId,
      commitment: { ...base, leadDepartmentId: lead },
      by,
    });
    const stale = JSON.stringify(stored());
    const edit = await refused('commitments.update', {
      meetingId,
      id: changeToPast.id,
      expectedRevision: 1,
      patch: { deadline: { kind: 'date', date: '2025-03-01' } },
      by,
    });
    expect(edit.message).toContain('不能早于今天');
    expect(JSON.stringify(stored())).toBe(stale);
    expect(before).not.toBe(stale);
  });
});

describe('rehearsal', () => {
  it('lets only one of two simultaneous starts through', async () => {
    const results = await Promise.all([
      services.call('rehearsal.start', { meetingId, withTestData: true }),
      services.call('rehearsal.start', { meetingId, withTestData: false }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    const failed = results.find((r) => !r.ok);
    expect(failed && !failed.ok && failed.error.code).toBe('conflict');
    // The one that won keeps its test data: the other did not replace it with an empty record.
    const winner = results[0]!.ok ? 'withTestData' : 'empty';
    const questions = (await call('questions.list', { meetingId })).questions;
    expect(questions.length > 0).toBe(winner === 'withTestData');
  });

  it('refuses a second start and a wipe with none running; a rehearsal close leaves the real meeting as it was', async () => {
    const wipeNone = await refused('rehearsal.wipe', { meetingId });
    expect(wipeNone.message).toContain('没有进行中的彩排');
    await call('rehearsal.start', { meetingId, withTestData: false });
    const twice = await refused('rehearsal.start', { meetingId, withTestData: true });
    expect(twice.message).toContain('彩排已在进行中');
    const realStatus = stored()?.meeting.status;
    await call('live.close', { meetingId, by });
    expect(stored()?.meeting.status).toBe(realStatus);
    expect(stored()?.closing).toBeNull();
    expect((await call('live.status', { meetingId })).closing).not.toBeNull();
    expect(await call('rehearsal.wipe', { meetingId })).toEqual({ questions: 0, commitments: 0 });
    expect((await call('live.status', { meetingId })).closing).toBeNull();
  });
});
