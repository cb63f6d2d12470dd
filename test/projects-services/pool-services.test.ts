import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/api/app-error';
import { castPhoneBallot, openBallotsFor } from '../../electron/services/project-votes-service';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { tempDir } from '../storage/helpers';
import { by, closeAll, meetingDraft, openFolder, openMemory } from '../follow-up-services/support';

afterEach(closeAll);

async function refusedWith(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the project pool services', () => {
  it('keeps the pool across a restart: same batches, projects and votes', async () => {
    const dir = tempDir('projects-restart-');
    const first = await openFolder(dir);
    const batch = await first.call('projects.createBatch', { openedOn: '2025-01-01', by });
    const ids: string[] = [];
    for (const name of ['芳城园停车棚', '芳古园加装电梯', '芳星园口袋公园']) {
      ids.push(
        (await first.call('projects.create', { draft: { batchId: batch.id, name, category: 'living' }, by }))
          .id,
      );
    }
    await first.call('projects.votes.create', {
      batchId: batch.id,
      title: '差额票决',
      places: 2,
      candidateIds: ids,
      method: 'tally',
      by,
    });
    const before = await first.call('projects.pool', {});
    await first.services.close();

    const second = await openFolder(dir);
    expect(await second.call('projects.pool', {})).toEqual(before);
    expect((await second.call('projects.stats', {}))[0]).toMatchObject({ batchId: batch.id, planned: 3 });
  });

  it("installs the sample pool and removes it, keeping a user's project and the batch it stands in", async () => {
    const store = new MemoryDocumentStore();
    const { call } = await openMemory(store);
    const installed = await call('sample.install', {});
    expect(installed.projects).toBe(443);

    const pool = await call('projects.pool', {});
    expect(pool.batches).toHaveLength(2);
    expect(pool.batches.every((b) => b.sample === true)).toBe(true);
    const [one, two] = pool.batches;
    expect(one!.closedOn).not.toBeNull();
    expect(two!.closedOn).toBeNull();
    const stats = await call('projects.stats', {});
    expect(stats[0]).toMatchObject({ planned: 355, completed: 341, carriedOut: 14 });
    expect(stats[1]).toMatchObject({ planned: 102, newProjects: 88, carriedIn: 14 });
    expect(pool.votes).toHaveLength(1);
    expect(pool.votes[0]!.result?.margin).toBeGreaterThan(0);
    expect(pool.votes[0]!.counters.length).toBeGreaterThan(0);

    const parking = pool.projects.find((p) => p.effect !== null)!;
    expect(parking.sources[0]?.kind).toBe('group');
    const effect = await call('projects.effect', { id: parking.id });
    expect(effect).toMatchObject({ category: '停车管理', before: { count: 261 }, after: { count: 138 } });
    expect((await call('projects.workOrderCategories', {}))[0]).toEqual({ name: '停车管理', count: 459 });

    const mine = await call('projects.create', {
      draft: { batchId: two!.id, name: '我们自己的项目', category: 'safety' },
      by,
    });
    const removal = await call('sample.remove', {});
    expect(removal.removed.projects).toBe(443);
    const left = await call('projects.pool', {});
    expect(left.projects.map((p) => p.id)).toEqual([mine.id]);
    expect(left.votes).toEqual([]);
    expect(left.batches.map((b) => b.id)).toEqual([two!.id]);
    expect(left.batches[0]).not.toHaveProperty('sample');
  });

  it('leaves no pool document behind when the sample goes and nothing of the user is in it', async () => {
    const store = new MemoryDocumentStore();
    const { call } = await openMemory(store);
    await call('sample.install', {});
    expect(store.texts.has('project-pool')).toBe(true);
    await call('sample.remove', {});
    expect(store.texts.has('project-pool')).toBe(false);
  });

  it('takes one ballot per phone: the same choice again is accepted, another refused', async () => {
    const opened = await openMemory();
    const { call, services } = opened;
    const ctx = services.ctx;
    const meetingId = (await call('meetings.create', meetingDraft)).id;
    const batch = await call('projects.createBatch', { openedOn: '2025-01-01', by });
    const ids: string[] = [];
    for (const name of ['甲', '乙', '丙']) {
      ids.push(
        (await call('projects.create', { draft: { batchId: batch.id, name, category: 'travel' }, by })).id,
      );
    }
    const vote = await call('projects.votes.create', {
      batchId: batch.id,
      title: '手机差额票决',
      places: 2,
      candidateIds: ids,
      method: 'phones',
      meetingId,
      by,
    });
    expect(openBallotsFor(ctx, meetingId, 'phone-a')).toEqual([
      expect.objectContaining({ voteId: vote.id, places: 2, myChoice: null }),
    ]);

    expect(await castPhoneBallot(ctx, meetingId, 'phone-a', vote.id, [ids[0]!, ids[1]!])).toEqual({
      voteId: vote.id,
      myChoice: [ids[0], ids[1]],
    });
    const writes = (await call('projects.pool', {})).votes[0]!.phoneBallots.length;
    expect(writes).toBe(1);
    // A retry after a lost answer: the same choice, in any order, stores nothing more.
    await castPhoneBallot(ctx, meetingId, 'phone-a', vote.id, [ids[1]!, ids[0]!]);
    expect((await call('projects.pool', {})).votes[0]!.phoneBallots).toHaveLength(1);

    const changed = await refusedWith(castPhoneBallot(ctx, meetingId, 'phone-a', vote.id, [ids[2]!]));
    expect(changed.code).toBe('conflict');
    const tooMany = await refusedWith(castPhoneBallot(ctx, meetingId, 'phone-b', vote.id, ids));
    expect(tooMany.code).toBe('invalid_input');
    const stranger = await refusedWith(castPhoneBallot(ctx, meetingId, 'phone-b', vote.id, ['pnone']));
    expect(stranger.code).toBe('invalid_input');
    const elsewhere = await refusedWith(castPhoneBallot(ctx, 'mother', 'phone-b', vote.id, [ids[0]!]));
    expect(elsewhere.code).toBe('not_found');

    expect(openBallotsFor(ctx, meetingId, 'phone-a')[0]!.myChoice).toEqual([ids[0], ids[1]]);
    await castPhoneBallot(ctx, meetingId, 'phone-b', vote.id, [ids[0]!]);
    const closed = await call('projects.votes.close', { voteId: vote.id, counters: [], by });
    expect(closed.result?.ranking.map((r) => r.votes)).toEqual([2, 1, 0]);
    const shown = await call('projects.votes.public', { voteId: vote.id });
    expect(JSON.stringify(shown)).not.toMatch(/phone-a|phone-b/);
    expect(openBallotsFor(ctx, meetingId, 'phone-a')).toEqual([]);
    const late = await refusedWith(castPhoneBallot(ctx, meetingId, 'phone-c', vote.id, [ids[0]!]));
    expect(late.code).toBe('conflict');
  });
});
