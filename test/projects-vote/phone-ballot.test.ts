import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_POOL_DOC } from '../../electron/storage/documents';
import { emptyProjectPool, type ProjectCategory } from '../../shared/domain';
import { by, meetingDraft, openPhoneDesk, phoneId, type PhoneDesk } from '../phone/support/phone-desk';
import { makeBatch, makeProject } from '../projects/pool-builder';

let desk: PhoneDesk;
let meetingId: string;
let batchId: string;
let candidates: string[];
let voteId: string;

const PROJECTS: Array<[string, ProjectCategory, string]> = [
  ['老旧小区加装电梯', 'living', '和平里街道'],
  ['背街小巷路灯改造', 'safety', '安贞街道'],
  ['口袋公园', 'environment', '和平里街道'],
  ['<b>错时共享停车</b>', 'travel', ''],
];

beforeEach(async () => {
  desk = await openPhoneDesk();
  meetingId = (await desk.call('meetings.create', meetingDraft)).id;
  batchId = 'pb-1';
  // The pool is written as stored, so these tests stand on the vote services alone.
  const projects = [...PROJECTS, ['不是候选', 'living', ''] as const].map(([name, category, town], i) =>
    makeProject({ id: `pj-v${i + 1}`, name, category, town, batchIds: [batchId] }),
  );
  candidates = projects.slice(0, PROJECTS.length).map((p) => p.id);
  await desk.services.ctx.repo.update(PROJECT_POOL_DOC, () => ({
    ...emptyProjectPool(),
    batches: [makeBatch(1)],
    projects,
  }));
  await desk.call('gateway.open', { meetingId, address: '127.0.0.1', by });
  voteId = (
    await desk.call('projects.votes.create', {
      batchId,
      title: '第二批民生项目差额票决',
      places: 2,
      candidateIds: candidates,
      method: 'phones',
      meetingId,
      by,
    })
  ).id;
});
afterEach(async () => {
  await desk.close();
});

const ballot = (n: number, projectIds: string[]) =>
  desk.phone(meetingId, 'ballot', { phoneId: phoneId(n), voteId, projectIds });
const refusedBallot = (n: number, projectIds: string[], vote = voteId) =>
  desk.phoneRefused(meetingId, 'ballot', { phoneId: phoneId(n), voteId: vote, projectIds });

describe('a 手机票决 on the phones', () => {
  it('shows the open vote in the phone’s view: names, category and 街镇, nothing chosen yet', async () => {
    const view = await desk.phone(meetingId, 'view', { phoneId: phoneId(1) });
    expect(view.ballots).toEqual([
      {
        voteId,
        title: '第二批民生项目差额票决',
        places: 2,
        candidates: [
          {
            projectId: candidates[0],
            name: '老旧小区加装电梯',
            category: '改善居住条件',
            town: '和平里街道',
          },
          { projectId: candidates[1], name: '背街小巷路灯改造', category: '保障公共安全', town: '安贞街道' },
          { projectId: candidates[2], name: '口袋公园', category: '营造宜居环境', town: '和平里街道' },
          { projectId: candidates[3], name: '<b>错时共享停车</b>', category: '方便市民出行', town: '' },
        ],
        myChoice: null,
      },
    ]);
  });

  it('stores one ballot per phone; the same choice again answers the same, a different one is refused', async () => {
    const before = (await desk.phone(meetingId, 'view', { phoneId: phoneId(1) })).version;
    const first = await ballot(1, [candidates[0] ?? '', candidates[2] ?? '']);
    expect(first).toEqual({ voteId, myChoice: [candidates[0], candidates[2]] });
    // A retry after a lost answer, in another order: the same ballot.
    expect(await ballot(1, [candidates[2] ?? '', candidates[0] ?? ''])).toEqual(first);
    const again = await refusedBallot(1, [candidates[1] ?? '']);
    expect(again.message).toMatch(/[\u4e00-\u9fff]/);
    const pool = await desk.call('projects.pool', {});
    expect(pool.votes[0]?.phoneBallots.map((b) => b.phoneId)).toEqual([phoneId(1)]);
    const view = await desk.phone(meetingId, 'view', { phoneId: phoneId(1) });
    expect(view.ballots[0]?.myChoice).toEqual([candidates[0], candidates[2]]);
    expect(view.version).not.toBe(before);
    // Another phone sees its own ballot still to cast.
    expect((await desk.phone(meetingId, 'view', { phoneId: phoneId(2) })).ballots[0]?.myChoice).toBeNull();
    const publicVote = await desk.call('projects.votes.public', { voteId });
    expect(publicVote.candidates.map((c) => c.votes)).toEqual([1, 0, 1, 0]);
  });

  it('refuses more choices than places, a project that is not a candidate, and an unknown vote', async () => {
    const more = await refusedBallot(1, candidates.slice(0, 3));
    expect(more.message).toMatch(/[\u4e00-\u9fff]/);
    const stranger = await refusedBallot(1, ['pj-v5']);
    expect(stranger.message).toMatch(/[\u4e00-\u9fff]/);
    const unknown = await refusedBallot(1, [candidates[0] ?? ''], 'no-such-vote');
    expect(unknown.message).toMatch(/票决/);
    const pool = await desk.call('projects.pool', {});
    expect(pool.votes[0]?.phoneBallots).toEqual([]);
  });

  it('refuses a ballot once the vote is closed, and the closed vote leaves the phones’ view', async () => {
    await ballot(1, [candidates[0] ?? '']);
    await desk.call('projects.votes.close', { voteId, counters: ['张三'], by });
    const late = await refusedBallot(2, [candidates[1] ?? '']);
    expect(late.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await desk.phone(meetingId, 'view', { phoneId: phoneId(2) })).ballots).toEqual([]);
  });

  it('shows a tally vote, or another meeting’s phone vote, on no phone', async () => {
    await desk.call('projects.votes.close', { voteId, counters: ['张三'], by });
    const otherMeeting = (await desk.call('meetings.create', { ...meetingDraft, title: '另一场' })).id;
    await desk.call('projects.votes.create', {
      batchId,
      title: '现场计票',
      places: 1,
      candidateIds: candidates.slice(0, 2),
      method: 'tally',
      by,
    });
    await desk.call('projects.votes.create', {
      batchId,
      title: '别的会场',
      places: 1,
      candidateIds: candidates.slice(2),
      method: 'phones',
      meetingId: otherMeeting,
      by,
    });
    expect((await desk.phone(meetingId, 'view', { phoneId: phoneId(1) })).ballots).toEqual([]);
  });
});
