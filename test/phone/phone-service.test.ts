import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phoneSubmit } from '../../electron/services/phone-service';
import { meetingDocName, rehearsalDocName } from '../../electron/storage/documents';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { WHOLE_REPORT_PART } from '../../shared/domain';
import { by, clientId, meetingDraft, openPhoneDesk, phoneId, type PhoneDesk } from './support/phone-desk';

let desk: PhoneDesk;
let store: MemoryDocumentStore;
let meetingId: string;
let community: string;
let lead: string;

beforeEach(async () => {
  store = new MemoryDocumentStore();
  desk = await openPhoneDesk({ store });
  meetingId = (await desk.call('meetings.create', meetingDraft)).id;
  community = (await desk.call('communities.create', { name: '芳城园一区社区' })).id;
  lead = (await desk.call('departments.create', { name: '城市管理办公室' })).id;
  await desk.call('gateway.open', { meetingId, address: '127.0.0.1', by });
});
afterEach(async () => {
  await desk.close();
});

const submit = (n: number, text: string, extra: { communityId?: string | null; category?: string } = {}) =>
  desk.phone(meetingId, 'submit', {
    phoneId: phoneId(n),
    question: { clientId: clientId(n), text, ...extra },
  });

const stored = () => desk.services.ctx.repo.get(meetingDocName(meetingId));
const storedQuestion = (id: string) => stored()?.questions.find((q) => q.id === id);

async function approve(id: string, approved = true) {
  const q = storedQuestion(id);
  if (!q) throw new Error(`no question ${id}`);
  return desk.call('questions.approve', { meetingId, id, expectedRevision: q.revision, approved, by });
}

describe('phone submit', () => {
  it('stores the question before answering, as an unapproved anonymous phone question', async () => {
    const status = await submit(1, '小区晚上停车难，车位不够', { communityId: community });
    // The bytes are in the store when the phone hears back.
    expect(JSON.parse(store.texts.get(meetingDocName(meetingId)) ?? '{}').questions).toHaveLength(1);
    expect(status).toMatchObject({
      clientId: clientId(1),
      state: 'waiting',
      pending: true,
      merged: false,
      askers: 1,
    });
    expect(storedQuestion(status.id)).toMatchObject({
      source: 'phone',
      approved: false,
      askerName: '',
      askerPhone: '',
      communityId: community,
      // Left empty by the resident: the service suggests one.
      category: '停车管理',
      clientId: clientId(1),
      history: [{ kind: 'created', by: '手机', to: 'waiting' }],
    });
  });

  it('keeps the category the phone sent', async () => {
    const status = await submit(1, '小区晚上停车难', { category: '其他' });
    expect(storedQuestion(status.id)?.category).toBe('其他');
  });

  it('is idempotent by clientId: a retry answers the stored question and writes nothing', async () => {
    const first = await submit(1, '楼道灯坏了三个月');
    const writes = store.writes;
    const again = await submit(1, '楼道灯坏了三个月');
    expect(again).toEqual(first);
    expect(store.writes).toBe(writes);
    expect(stored()?.questions).toHaveLength(1);
    // Even a retry with other text (a page that lost its draft) is the same question.
    expect((await submit(1, '别的内容')).id).toBe(first.id);
    expect(store.writes).toBe(writes);
  });

  it('flags abusive words (full-width, any case) and stores the question all the same', async () => {
    const status = await submit(1, '物业公司就是一群ｓｂ，狗 官不作为');
    const question = storedQuestion(status.id);
    expect(question?.flags).toEqual(['SB', '狗官']);
    expect(question?.text).toBe('物业公司就是一群ｓｂ，狗 官不作为');
    const listed = await desk.call('questions.list', { meetingId });
    expect(listed.questions.map((q) => q.id)).toEqual([status.id]);
  });

  it('uses the office’s own word list', async () => {
    await desk.call('moderation.words.set', { words: ['拆迁款'], by });
    const status = await submit(1, '拆迁款什么时候发？傻逼');
    expect(storedQuestion(status.id)?.flags).toEqual(['拆迁款']);
  });

  it('refuses an unknown community, a bad input and an unknown method', async () => {
    const unknown = await desk.phoneRefused(meetingId, 'submit', {
      phoneId: phoneId(1),
      question: { clientId: clientId(1), text: '停车难', communityId: 'c-nowhere' },
    });
    expect(unknown.code).toBe('invalid_input');
    expect(stored()?.questions).toHaveLength(0);
    const bad = await desk.phoneRaw(meetingId, 'submit', {
      phoneId: 'short',
      question: { clientId: clientId(1), text: '停车难' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // A name and phone number cannot be smuggled in: the draft is strict.
    const named = await desk.phoneRaw(meetingId, 'submit', {
      phoneId: phoneId(1),
      question: { clientId: clientId(1), text: '停车难', askerName: '王桂芳' },
    });
    expect(named).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await desk.phoneRaw(meetingId, 'questions.list', { meetingId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await desk.phoneRaw(meetingId, 'toString', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('answers only the meeting whose box is open', async () => {
    const other = (await desk.call('meetings.create', { ...meetingDraft, title: '另一场' })).id;
    const refused = await desk.phoneRaw(other, 'view', { phoneId: phoneId(1) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await desk.call('gateway.close', { meetingId, by });
    expect(await desk.phoneRaw(meetingId, 'view', { phoneId: phoneId(1) })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('is refused once the meeting is closed', async () => {
    await desk.call('live.close', { meetingId, by });
    await expect(
      phoneSubmit(desk.services.ctx, meetingId, {
        phoneId: phoneId(1),
        question: { clientId: clientId(1), text: '停车难', communityId: null, category: '' },
      }),
    ).rejects.toThrow('本场报告会已结束，不再接收提问');
    expect(stored()?.questions).toHaveLength(0);
  });
});

describe('moderation', () => {
  it('keeps unapproved questions off live.public and other phones, but not off mine or the console', async () => {
    const mine = await submit(1, '小区停车难');
    const view = await desk.phone(meetingId, 'view', { phoneId: phoneId(2) });
    expect(view.questions).toEqual([]);
    const hall = await desk.call('live.public', { meetingId });
    expect(hall.waiting).toEqual([]);
    // Counted all the same: the summary says what was received.
    expect(hall.summary.received).toBe(1);
    expect(hall.summary.byState.waiting).toBe(1);
    expect(
      await desk.phone(meetingId, 'mine', { phoneId: phoneId(1), clientIds: [clientId(1)] }),
    ).toMatchObject([{ id: mine.id, pending: true, state: 'waiting' }]);
    expect((await desk.call('questions.list', { meetingId })).questions).toHaveLength(1);

    const approved = await approve(mine.id);
    expect(approved).toMatchObject({ approved: true, revision: 2 });
    expect(approved.history.at(-1)).toMatchObject({ kind: 'approved', note: '通过', by });
    expect((await desk.phone(meetingId, 'view', { phoneId: phoneId(2) })).questions.map((q) => q.id)).toEqual(
      [mine.id],
    );
    expect((await desk.call('live.public', { meetingId })).waiting.map((q) => q.id)).toEqual([mine.id]);
    expect(
      (await desk.phone(meetingId, 'mine', { phoneId: phoneId(1), clientIds: [clientId(1)] }))[0]?.pending,
    ).toBe(false);

    const withdrawn = await approve(mine.id, false);
    expect(withdrawn.history.at(-1)).toMatchObject({ kind: 'approved', note: '撤销' });
    expect((await desk.call('live.public', { meetingId })).waiting).toEqual([]);
  });

  it('refuses a stale approval and writes nothing for a repeated one', async () => {
    const mine = await submit(1, '小区停车难');
    const stale = await desk.refused('questions.approve', {
      meetingId,
      id: mine.id,
      expectedRevision: 7,
      approved: true,
      by,
    });
    expect(stale.code).toBe('conflict');
    await approve(mine.id);
    const writes = store.writes;
    const again = await approve(mine.id);
    expect(again.revision).toBe(2);
    expect(store.writes).toBe(writes);
  });

  it('approves a question put on screen, answered, referred or made a commitment; not one declined', async () => {
    const ids = await Promise.all(
      ['停车难', '楼道灯坏', '垃圾清运', '电梯加装', '噪音扰民'].map((t, i) => submit(i + 1, t)),
    );
    const [onScreen, answered, referred, committed, declined] = ids.map((s) => s.id) as [
      string,
      string,
      string,
      string,
      string,
    ];
    await desk.call('questions.move', {
      meetingId,
      id: onScreen,
      expectedRevision: 1,
      move: { to: 'onScreen' },
      by,
    });
    await desk.call('questions.move', {
      meetingId,
      id: answered,
      expectedRevision: 1,
      move: { to: 'answered' },
      by,
    });
    await desk.call('questions.move', {
      meetingId,
      id: referred,
      expectedRevision: 1,
      move: { to: 'referred', departmentId: lead, dueDate: '2025-03-20' },
      by,
    });
    await desk.call('commitments.create', {
      meetingId,
      commitment: {
        questionId: committed,
        text: '年内完成加装电梯征询',
        listType: 'deadline',
        leadDepartmentId: lead,
        deadline: { kind: 'date', date: '2025-12-31' },
      },
      questionRevision: 1,
      by,
    });
    await desk.call('questions.move', {
      meetingId,
      id: declined,
      expectedRevision: 1,
      move: { to: 'declined', reason: '不属于街道职责范围' },
      by,
    });
    for (const id of [onScreen, answered, referred, committed]) {
      const q = storedQuestion(id);
      expect(q?.approved, id).toBe(true);
      // One write, one revision: the approval rides on the move.
      expect(q?.revision).toBe(2);
      expect(q?.history.at(-1)).toMatchObject({ kind: 'approved', note: '通过' });
    }
    expect(storedQuestion(declined)?.approved).toBe(false);
    const hall = await desk.call('live.public', { meetingId });
    expect(hall.current?.id).toBe(onScreen);
    expect(hall.declined).toEqual([]);
    expect(hall.summary.byState.declined).toBe(1);
  });
});

describe('phone view and mine', () => {
  it('shows approved questions, open ones by votes, with the parts, communities and categories', async () => {
    const a = await submit(1, '小区停车难');
    const b = await submit(2, '楼道灯坏');
    await approve(a.id);
    await approve(b.id);
    await desk.phone(meetingId, 'vote', { phoneId: phoneId(3), questionId: b.id });
    const view = await desk.phone(meetingId, 'view', { phoneId: phoneId(3) });
    expect(view).toMatchObject({
      meetingTitle: '停车管理专题报告会',
      date: '2025-03-05',
      accepting: true,
      rehearsal: false,
      communities: [{ id: community, name: '芳城园一区社区' }],
      parts: [{ partId: WHOLE_REPORT_PART, title: '整体工作', myChoice: null }],
    });
    expect(view.categories).toContain('停车管理');
    expect(view.questions.map((q) => [q.id, q.votes, q.votedByMe, q.votable])).toEqual([
      [b.id, 1, true, true],
      [a.id, 0, false, true],
    ]);
  });

  it('changes its version when something a phone sees changes, and only then', async () => {
    const v1 = (await desk.phone(meetingId, 'view', { phoneId: phoneId(1) })).version;
    expect((await desk.phone(meetingId, 'view', { phoneId: phoneId(1) })).version).toBe(v1);
    const a = await submit(2, '小区停车难');
    // Not approved: nothing this phone sees changed.
    expect((await desk.phone(meetingId, 'view', { phoneId: phoneId(1) })).version).toBe(v1);
    await approve(a.id);
    const v2 = (await desk.phone(meetingId, 'view', { phoneId: phoneId(1) })).version;
    expect(v2).not.toBe(v1);
    await desk.phone(meetingId, 'vote', { phoneId: phoneId(1), questionId: a.id });
    expect((await desk.phone(meetingId, 'view', { phoneId: phoneId(1) })).version).not.toBe(v2);
  });

  it('tells the asker what became of each question, skipping clientIds it does not know', async () => {
    const merged = await submit(1, '车位不够');
    const target = await submit(2, '小区停车难');
    const referred = await submit(3, '垃圾清运不及时');
    const declined = await submit(4, '要求退还物业费');
    const committed = await submit(5, '加装电梯');
    await desk.call('questions.merge', { meetingId, sourceId: merged.id, targetId: target.id, by });
    await desk.call('questions.move', {
      meetingId,
      id: referred.id,
      expectedRevision: 1,
      move: { to: 'referred', departmentId: lead, dueDate: '2025-03-20' },
      by,
    });
    await desk.call('questions.move', {
      meetingId,
      id: declined.id,
      expectedRevision: 1,
      move: { to: 'declined', reason: '不属于街道职责范围，请联系 13801012345 的物业' },
      by,
    });
    await desk.call('commitments.create', {
      meetingId,
      commitment: {
        questionId: committed.id,
        text: '年内完成加装电梯征询',
        listType: 'deadline',
        leadDepartmentId: lead,
        deadline: { kind: 'date', date: '2025-12-31' },
      },
      by,
    });
    const statuses = await desk.phone(meetingId, 'mine', {
      phoneId: phoneId(1),
      clientIds: [clientId(1), 'client-unknown-000000', clientId(3), clientId(4), clientId(5), clientId(2)],
    });
    expect(statuses.map((s) => s.clientId)).toEqual([
      clientId(1),
      clientId(3),
      clientId(4),
      clientId(5),
      clientId(2),
    ]);
    const [m, r, d, c, t] = statuses;
    expect(m).toMatchObject({ id: merged.id, merged: true, state: 'waiting', askers: 2, pending: true });
    expect(t).toMatchObject({ id: target.id, merged: false, askers: 2 });
    expect(r).toMatchObject({
      state: 'referred',
      pending: false,
      referral: { departmentName: '城市管理办公室', dueDate: '2025-03-20' },
    });
    expect(d).toMatchObject({
      state: 'declined',
      declineReason: '不属于街道职责范围，请联系 138****2345 的物业',
    });
    expect(c).toMatchObject({
      state: 'committed',
      commitment: {
        text: '年内完成加装电梯征询',
        listType: 'deadline',
        leadDepartmentName: '城市管理办公室',
        deadline: '2025-12-31',
      },
    });
  });

  it('never lets anything personal out, and masks phone numbers in texts', async () => {
    const slip = await desk.call('questions.create', {
      meetingId,
      question: {
        text: '王桂芳反映停车难，电话 13801012345',
        askerName: '王桂芳',
        askerPhone: '13801012345',
      },
      by,
    });
    const mine = await submit(1, '我家电话13912345678，楼道灯坏了');
    await approve(mine.id);
    await desk.call('questions.merge', { meetingId, sourceId: slip.id, targetId: mine.id, by });
    const outputs = [
      await desk.phone(meetingId, 'view', { phoneId: phoneId(2) }),
      await desk.phone(meetingId, 'mine', { phoneId: phoneId(1), clientIds: [clientId(1)] }),
      await submit(1, '重复'),
    ];
    const json = JSON.stringify(outputs);
    expect(json).not.toMatch(/askerName|askerPhone/);
    expect(json).not.toContain('王桂芳');
    expect(json).not.toContain('13801012345');
    expect(json).not.toContain('13912345678');
    expect(json).toContain('139****5678');
  });
});

describe('phone votes', () => {
  it('counts one vote per phone and question; a repeat writes nothing', async () => {
    const q = await submit(1, '小区停车难');
    expect(
      await desk.phoneRefused(meetingId, 'vote', { phoneId: phoneId(2), questionId: q.id }),
    ).toMatchObject({
      code: 'not_found',
    });
    await approve(q.id);
    const first = await desk.phone(meetingId, 'vote', { phoneId: phoneId(2), questionId: q.id });
    expect(first).toEqual({ questionId: q.id, votes: 1, votedByMe: true });
    const writes = store.writes;
    expect(await desk.phone(meetingId, 'vote', { phoneId: phoneId(2), questionId: q.id })).toEqual(first);
    expect(store.writes).toBe(writes);
    expect((await desk.phone(meetingId, 'vote', { phoneId: phoneId(3), questionId: q.id })).votes).toBe(2);
    const voted = storedQuestion(q.id);
    expect(voted).toMatchObject({ votes: 2, revision: 4 });
    expect(voted?.history.at(-1)).toMatchObject({ kind: 'voted', by: '手机', note: '手机' });
    expect(stored()?.phoneVotes.map((v) => v.phoneId)).toEqual([phoneId(2), phoneId(3)]);
  });

  it('stops noting phone votes in a long history, leaving room for the moderator, and counts them all', async () => {
    const q = await submit(1, '小区停车难');
    await approve(q.id);
    const filler = storedQuestion(q.id)?.history[0];
    if (!filler) throw new Error('no history');
    await desk.services.ctx.repo.update(meetingDocName(meetingId), (doc) => {
      if (!doc) throw new Error('no meeting');
      const questions = doc.questions.map((x) =>
        x.id === q.id ? { ...x, history: Array.from({ length: 899 }, () => filler) } : x,
      );
      return { ...doc, questions };
    });
    await desk.phone(meetingId, 'vote', { phoneId: phoneId(2), questionId: q.id });
    await desk.phone(meetingId, 'vote', { phoneId: phoneId(3), questionId: q.id });
    expect(storedQuestion(q.id)?.history).toHaveLength(900);
    expect(storedQuestion(q.id)?.votes).toBe(2);
    expect(stored()?.phoneVotes).toHaveLength(2);
  });

  it('refuses a vote on a question already dealt with', async () => {
    const q = await submit(1, '小区停车难');
    await desk.call('questions.move', {
      meetingId,
      id: q.id,
      expectedRevision: 1,
      move: { to: 'answered' },
      by,
    });
    const refused = await desk.phoneRefused(meetingId, 'vote', { phoneId: phoneId(2), questionId: q.id });
    expect(refused.code).toBe('invalid_input');
    expect(storedQuestion(q.id)?.votes).toBe(0);
  });
});

describe('phone scores', () => {
  it('keeps one choice per phone and part, tallied apart from the show of hands', async () => {
    const score = (n: number, choice: 'satisfied' | 'basicallySatisfied' | 'dissatisfied') =>
      desk.phone(meetingId, 'score', { phoneId: phoneId(n), partId: WHOLE_REPORT_PART, choice });
    expect(await score(1, 'satisfied')).toEqual({ partId: WHOLE_REPORT_PART, choice: 'satisfied' });
    await score(2, 'satisfied');
    await score(1, 'dissatisfied');
    const writes = store.writes;
    await score(1, 'dissatisfied');
    expect(store.writes).toBe(writes);
    expect(stored()?.scores).toMatchObject([
      {
        partId: WHOLE_REPORT_PART,
        hands: null,
        phones: { satisfied: 1, basicallySatisfied: 0, dissatisfied: 1 },
      },
    ]);
    await desk.call('scores.set', {
      meetingId,
      partId: WHOLE_REPORT_PART,
      hands: { satisfied: 40, basicallySatisfied: 5, dissatisfied: 5 },
      by,
    });
    await score(3, 'basicallySatisfied');
    const sheet = await desk.call('scores.get', { meetingId });
    expect(sheet.parts[0]).toMatchObject({
      hands: { satisfied: 40, basicallySatisfied: 5, dissatisfied: 5 },
      phones: { satisfied: 1, basicallySatisfied: 1, dissatisfied: 1 },
      handsVotes: 50,
      phoneVotes: 3,
    });
    const view = await desk.phone(meetingId, 'view', { phoneId: phoneId(1) });
    expect(view.parts[0]?.myChoice).toBe('dissatisfied');
  });

  it('refuses a part the report does not have', async () => {
    const refused = await desk.phoneRefused(meetingId, 'score', {
      phoneId: phoneId(1),
      partId: 'no-such-part',
      choice: 'satisfied',
    });
    expect(refused.code).toBe('invalid_input');
    expect(stored()?.phoneScores).toEqual([]);
  });
});

describe('phones during a rehearsal', () => {
  it('write to the rehearsal, never to the real record', async () => {
    await desk.call('rehearsal.start', { meetingId, withTestData: false });
    const before = store.texts.get(meetingDocName(meetingId));
    const q = await submit(1, '彩排提问');
    expect(store.texts.get(meetingDocName(meetingId))).toBe(before);
    const rehearsal = desk.services.ctx.repo.get(rehearsalDocName(meetingId));
    expect(rehearsal?.questions.map((x) => x.id)).toEqual([q.id]);
    expect((await desk.phone(meetingId, 'view', { phoneId: phoneId(1) })).rehearsal).toBe(true);
    await desk.phone(meetingId, 'score', {
      phoneId: phoneId(1),
      partId: WHOLE_REPORT_PART,
      choice: 'satisfied',
    });
    expect(store.texts.get(meetingDocName(meetingId))).toBe(before);
    await desk.call('rehearsal.wipe', { meetingId });
    expect(store.texts.get(meetingDocName(meetingId))).toBe(before);
    expect(await desk.phone(meetingId, 'mine', { phoneId: phoneId(1), clientIds: [clientId(1)] })).toEqual(
      [],
    );
  });
});
