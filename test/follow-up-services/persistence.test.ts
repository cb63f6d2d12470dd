import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../storage/helpers';
import { by, closeAll, closedMeeting, openFolder } from './support';

afterEach(closeAll);

describe('跟踪 on the data folder', () => {
  it('keeps items, their steps, ratings and settings across a restart; the undo was this run only', async () => {
    const dir = tempDir('follow-restart-');
    const first = await openFolder(dir);
    const { meetingId, lead } = await closedMeeting(first);
    const { call } = first;
    const rows = (await call('followUps.list', { meetingId })).rows;
    expect(rows).toHaveLength(2);
    const commitment = rows.find((r) => r.sourceKind === 'commitment')!;
    const started = await call('followUps.act', {
      meetingId,
      id: commitment.id,
      expectedRevision: commitment.revision,
      action: { kind: 'start' },
      by,
    });
    const replied = await call('followUps.act', {
      meetingId,
      id: started.id,
      expectedRevision: started.revision,
      action: { kind: 'reply', date: '2025-03-01', text: '已增设 30 个车位' },
      by,
    });
    const referral = rows.find((r) => r.sourceKind === 'referral')!;
    const bulk = await call('followUps.bulk', {
      targets: [{ meetingId, id: referral.id, expectedRevision: referral.revision }],
      action: { kind: 'start' },
      by,
    });
    expect(bulk.changed).toBe(1);
    const community = (await call('communities.create', { name: '芳城园一区社区' })).id;
    await call('followUps.rateDepartment', {
      meetingId,
      communityId: community,
      departmentId: lead,
      verdict: 'satisfied',
      by,
    });
    const settings = await call('followUps.settings.get', {});
    await call('followUps.settings.set', { settings: { ...settings, noticeDays: 9 }, by });
    const before = await call('followUps.list', { meetingId });
    const detail = await call('followUps.get', { meetingId, id: replied.id });
    expect(readdirSync(dir).some((name) => name.startsWith(`follow-${meetingId}`))).toBe(true);
    await first.services.close();

    const second = await openFolder(dir);
    expect(await second.call('followUps.list', { meetingId })).toEqual(before);
    expect(await second.call('followUps.get', { meetingId, id: replied.id })).toEqual(detail);
    expect((await second.call('followUps.settings.get', {})).noticeDays).toBe(9);
    const board = await second.call('followUps.scoreboard', { meetingId });
    expect(board.departments.find((d) => d.departmentId === lead)).toMatchObject({
      items: 2,
      communityRated: 1,
    });
    const gone = await second.refuse('followUps.undo', { undoId: bulk.undoId!, by });
    expect(gone.code).toBe('not_found');
    // Generating again after the restart adds nothing: the sources are remembered in the document.
    expect(await second.call('followUps.generate', { meetingId, by })).toEqual({ created: 0, total: 2 });
    expect(existsSync(dir)).toBe(true);
  });
});
