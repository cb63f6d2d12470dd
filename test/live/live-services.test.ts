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
