import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { createApiClient, type ApiClient } from '../../shared/api';
import type { Project, ProjectBatch } from '../../shared/domain';
import {
  ARTICLE_BATCH_ONE,
  ARTICLE_BATCH_ONE_UNFINISHED,
  articleBatchOneXlsx,
} from '../fixtures/project-sheets';
import type { ContractHarness } from './harnesses';
import { CHINESE, nextEvent, refusal, value } from './result-helpers';

const by = '工作人员';
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function tinyXlsx(aoa: unknown[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), '项目清单');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** 民生项目池 over every transport: batches, projects, the sheet importer, 差额票决 and the figures. */
export function runProjectsContractSuite(
  transportName: string,
  openHarness: () => Promise<ContractHarness>,
): void {
  describe(`project pool over ${transportName}`, () => {
    let harness: ContractHarness;
    let api: ApiClient;

    beforeEach(async () => {
      harness = await openHarness();
      api = createApiClient(harness.connect());
    });
    afterEach(async () => {
      await harness.close();
    });

    const openBatch = async (openedOn = '2024-01-01'): Promise<ProjectBatch> =>
      value(await api.call('projects.createBatch', { openedOn, by }));

    const addProject = async (batchId: string, name: string, extra: Record<string, unknown> = {}) =>
      value(
        await api.call('projects.create', {
          draft: { batchId, name, category: 'travel', town: '东花市街道', ...extra },
          by,
        }),
      );

    async function importArticle(batchId: string) {
      const preview = value(
        await api.call('projects.importPreview', {
          jobId: 'job-article',
          fileName: '第一批民生项目清单.xlsx',
          dataBase64: b64(articleBatchOneXlsx()),
        }),
      );
      const record = value(
        await api.call('projects.importConfirm', { previewId: preview.previewId, batchId, by }),
      );
      return { preview, record };
    }

    it('opens one batch at a time, refuses adding to a closed batch, and carries the unfinished over', async () => {
      const first = await openBatch();
      expect(first).toMatchObject({ number: 1, openedOn: '2024-01-01', closedOn: null });
      const again = refusal(await api.call('projects.createBatch', { by }));
      expect(again.code).toBe('conflict');
      expect(again.message).toMatch(CHINESE);

      const renamed = value(await api.call('projects.updateBatch', { id: first.id, notes: '区级统筹', by }));
      expect(renamed.notes).toBe('区级统筹');

      const done = await addProject(first.id, '芳城园停车棚', { completedOn: '2024-05-01', progress: 100 });
      const open = await addProject(first.id, '方庄南路人行道修缮', { progress: 40 });
      const closed = value(
        await api.call('projects.closeBatch', { batchId: first.id, closedOn: '2024-06-30', by }),
      );
      expect(closed.carried).toBe(1);
      expect(closed.closed.closedOn).toBe('2024-06-30');
      expect(closed.next.number).toBe(2);

      const pool = value(await api.call('projects.pool', {}));
      expect(pool).not.toHaveProperty('schemaVersion');
      expect(pool.batches.map((b) => b.id)).toEqual([first.id, closed.next.id]);
      const carried = pool.projects.find((p) => p.id === open.id)!;
      expect(carried.batchIds).toEqual([first.id, closed.next.id]);
      expect(carried.history.map((h) => h.kind)).toContain('carried');
      expect(pool.projects.find((p) => p.id === done.id)!.batchIds).toEqual([first.id]);

      const late = refusal(
        await api.call('projects.create', {
          draft: { batchId: first.id, name: '迟到的项目', category: 'living' },
          by,
        }),
      );
      expect(late.code).toBe('conflict');
      expect(late.message).toMatch(CHINESE);
      const twice = refusal(await api.call('projects.closeBatch', { batchId: first.id, by }));
      expect(twice.message).toMatch(CHINESE);
      expect(refusal(await api.call('projects.closeBatch', { batchId: 'nobatch', by })).code).toBe(
        'not_found',
      );
    });

    it('creates, edits with a revision check, and refuses deleting what history needs', async () => {
      const batch = await openBatch();
      const other = createApiClient(harness.connect());
      await harness.eventsReady(1);
      const heard = nextEvent(other, 'projects.changed');
      const project = await addProject(batch.id, '芳城园电动自行车充电棚', { category: 'safety' });
      expect(await heard).toEqual({});
      expect(project).toMatchObject({ revision: 0, batchIds: [batch.id], category: 'safety' });
      expect(project.history[0]).toMatchObject({ kind: 'created', by });

      const edited = value(
        await api.call('projects.update', {
          id: project.id,
          expectedRevision: 0,
          patch: { progress: 60, leadUnit: '城市管理办公室' },
          by,
        }),
      );
      expect(edited.revision).toBe(1);
      expect(edited.progress).toBe(60);
      const stale = refusal(
        await api.call('projects.update', {
          id: project.id,
          expectedRevision: 0,
          patch: { progress: 70 },
          by,
        }),
      );
      expect(stale.code).toBe('conflict');
      expect(stale.message).toMatch(CHINESE);

      const noMeeting = refusal(
        await api.call('projects.create', {
          draft: {
            batchId: batch.id,
            name: '无来源',
            category: 'living',
            sources: [{ kind: 'group', meetingId: 'mnone', refId: 'g1', label: '停车难' }],
          },
          by,
        }),
      );
      expect(noMeeting.code).toBe('invalid_input');
      expect(noMeeting.message).toMatch(CHINESE);

      // A candidate of a vote keeps its place in the vote's record.
      const a = await addProject(batch.id, '候选甲');
      const b = await addProject(batch.id, '候选乙');
      value(
        await api.call('projects.votes.create', {
          batchId: batch.id,
          title: '第一批差额票决',
          places: 1,
          candidateIds: [a.id, b.id],
          method: 'tally',
          by,
        }),
      );
      const candidate = refusal(await api.call('projects.delete', { id: a.id, by }));
      expect(candidate.code).toBe('conflict');
      expect(candidate.message).toMatch(CHINESE);

      expect(value(await api.call('projects.delete', { id: project.id, by }))).toEqual({ id: project.id });
      const pool = value(await api.call('projects.pool', {}));
      expect(pool.projects.map((p) => p.id)).not.toContain(project.id);
      expect(refusal(await api.call('projects.delete', { id: project.id, by })).code).toBe('not_found');
    });

    it('refuses deleting a carried-over project', async () => {
      const batch = await openBatch();
      const project = await addProject(batch.id, '未完工的项目');
      value(await api.call('projects.closeBatch', { batchId: batch.id, closedOn: '2024-06-30', by }));
      const refused = refusal(await api.call('projects.delete', { id: project.id, by }));
      expect(refused.code).toBe('conflict');
      expect(refused.message).toMatch(CHINESE);
    });

    it('imports the article sheet (preview, confirm, figures 341 / 355) and undoes it', async () => {
      const batch = await openBatch();
      const { preview, record } = await importArticle(batch.id);
      expect(preview.total).toBe(355);
      expect(preview.records.length).toBeLessThanOrEqual(200);
      expect(preview.byCategory).toEqual(
        ARTICLE_BATCH_ONE.byCategory.map(({ name, planned, completed }) => ({
          category: name,
          planned,
          completed,
        })),
      );
      expect(record).toMatchObject({ batchId: batch.id, undoneAt: null, by });
      expect(record.projectIds).toHaveLength(355);

      const stats = value(await api.call('projects.stats', {}));
      expect(stats).toHaveLength(1);
      expect(stats[0]).toMatchObject({ batchId: batch.id, planned: 355, completed: 341, unfinished: 14 });
      expect(stats[0]!.rate).toMatchObject({ num: 341, den: 355 });
      expect(stats[0]!.rate.value).toBeCloseTo(0.9606, 4);
      expect(stats[0]!.byCategory.map((c) => [c.category, c.planned, c.completed])).toEqual(
        ARTICLE_BATCH_ONE.byCategory.map((c) => [c.category, c.planned, c.completed]),
      );

      const pool = value(await api.call('projects.pool', {}));
      const unfinished = pool.projects.filter((p) => p.completedOn === null).map((p) => p.code);
      expect(unfinished).toEqual([...ARTICLE_BATCH_ONE_UNFINISHED]);
      expect(pool.projects.every((p) => p.importId === record.id)).toBe(true);

      // The same sheet again: every code is in the pool already, nothing is stored.
      const again = value(
        await api.call('projects.importPreview', {
          jobId: 'job-again',
          fileName: '第一批民生项目清单.xlsx',
          dataBase64: b64(articleBatchOneXlsx()),
        }),
      );
      const before = harness.store.texts.get('project-pool');
      const duplicate = refusal(
        await api.call('projects.importConfirm', { previewId: again.previewId, batchId: batch.id, by }),
      );
      expect(duplicate.code).toBe('conflict');
      expect(duplicate.message).toMatch(/DC-2024-001/);
      expect(duplicate.message).toMatch(/第 4/);
      expect(harness.store.texts.get('project-pool')).toEqual(before);

      const undone = value(await api.call('projects.importUndo', { importId: record.id, by }));
      expect(undone.undoneAt).not.toBeNull();
      const after = value(await api.call('projects.pool', {}));
      expect(after.projects).toEqual([]);
      expect(after.imports[0]!.undoneAt).toBe(undone.undoneAt);
      expect(refusal(await api.call('projects.importUndo', { importId: record.id, by })).code).toBe(
        'conflict',
      );
    });

    it('refuses undoing an import whose projects were edited, and a preview with nothing to import', async () => {
      const batch = await openBatch();
      const { record } = await importArticle(batch.id);
      const pool = value(await api.call('projects.pool', {}));
      const first = pool.projects[0]!;
      value(
        await api.call('projects.update', {
          id: first.id,
          expectedRevision: 0,
          patch: { notes: '已核实' },
          by,
        }),
      );
      const refused = refusal(await api.call('projects.importUndo', { importId: record.id, by }));
      expect(refused.code).toBe('conflict');
      expect(refused.message).toMatch(CHINESE);
      expect(value(await api.call('projects.pool', {})).projects).toHaveLength(355);

      const empty = refusal(
        await api.call('projects.importPreview', {
          jobId: 'job-empty',
          fileName: '空表.xlsx',
          dataBase64: b64(tinyXlsx([['项目名称', '项目类别', '街镇']])),
        }),
      );
      expect(empty.code).toBe('invalid_input');
      expect(empty.message).toMatch(CHINESE);
    });

    it('imports a tiny sheet into an open batch only', async () => {
      const batch = await openBatch();
      const bytes = tinyXlsx([
        ['项目编号', '项目名称', '项目类别', '街镇', '是否完成'],
        ['T-1', '芳古园一区加装电梯', '改善居住条件', '方庄街道', '是'],
        ['T-2', '芳星园口袋公园', '营造宜居环境', '方庄街道', '否'],
      ]);
      const preview = value(
        await api.call('projects.importPreview', {
          jobId: 'job-t',
          fileName: 't.xlsx',
          dataBase64: b64(bytes),
        }),
      );
      expect(preview.total).toBe(2);
      value(await api.call('projects.closeBatch', { batchId: batch.id, closedOn: '2024-06-30', by }));
      const closed = refusal(
        await api.call('projects.importConfirm', { previewId: preview.previewId, batchId: batch.id, by }),
      );
      expect(closed.code).toBe('conflict');
      const pool = value(await api.call('projects.pool', {}));
      const open = pool.batches.find((b) => b.closedOn === null)!;
      const record = value(
        await api.call('projects.importConfirm', { previewId: preview.previewId, batchId: open.id, by }),
      );
      const projects = value(await api.call('projects.pool', {})).projects;
      const done = projects.find((p) => p.code === 'T-1')!;
      expect(done.completedOn).toBe('2025-03-01');
      expect(done.progress).toBe(100);
      expect(done.importId).toBe(record.id);
      expect(projects.find((p) => p.code === 'T-2')!.completedOn).toBeNull();
      // The preview is used up.
      expect(
        refusal(
          await api.call('projects.importConfirm', { previewId: preview.previewId, batchId: open.id, by }),
        ).code,
      ).toBe('not_found');
    });

    it('holds a 差额票决 with tallies: refusal, count, close with the result, public view', async () => {
      const batch = await openBatch();
      const names = ['芳城园停车棚', '芳古园加装电梯', '方庄南路人行道修缮', '芳星园口袋公园'];
      const projects: Project[] = [];
      for (const name of names) projects.push(await addProject(batch.id, name));
      const ids = projects.map((p) => p.id);

      const equal = refusal(
        await api.call('projects.votes.create', {
          batchId: batch.id,
          title: '第一批差额票决',
          places: 4,
          candidateIds: ids,
          method: 'tally',
          by,
        }),
      );
      expect(equal.code).toBe('invalid_input');
      expect(equal.message).toMatch(CHINESE);
      const phonesWithoutMeeting = refusal(
        await api.call('projects.votes.create', {
          batchId: batch.id,
          title: '手机票决',
          places: 2,
          candidateIds: ids,
          method: 'phones',
          by,
        }),
      );
      expect(phonesWithoutMeeting.code).toBe('invalid_input');

      const vote = value(
        await api.call('projects.votes.create', {
          batchId: batch.id,
          title: '第一批差额票决',
          places: 2,
          candidateIds: ids,
          method: 'tally',
          by,
        }),
      );
      expect(vote).toMatchObject({ state: 'open', places: 2, result: null });

      const stranger = refusal(
        await api.call('projects.votes.tally', {
          voteId: vote.id,
          tallies: [{ projectId: 'pnone', votes: 3 }],
          voters: 40,
          counters: [],
          by,
        }),
      );
      expect(stranger.code).toBe('invalid_input');
      value(
        await api.call('projects.votes.tally', {
          voteId: vote.id,
          tallies: [
            { projectId: ids[0]!, votes: 31 },
            { projectId: ids[1]!, votes: 27 },
            { projectId: ids[2]!, votes: 12 },
            { projectId: ids[3]!, votes: 10 },
          ],
          voters: 40,
          counters: [],
          by,
        }),
      );
      const noCounters = refusal(
        await api.call('projects.votes.close', { voteId: vote.id, counters: [], by }),
      );
      expect(noCounters.code).toBe('invalid_input');
      expect(noCounters.message).toMatch(/计票人/);

      const closed = value(
        await api.call('projects.votes.close', { voteId: vote.id, counters: ['张建国', '李秀英'], by }),
      );
      expect(closed.state).toBe('closed');
      expect(closed.closedAt).not.toBeNull();
      expect(closed.counters).toEqual(['张建国', '李秀英']);
      expect(closed.result).toMatchObject({ chosen: [ids[0], ids[1]], margin: 15, tiedAtCutoff: [] });

      const pool = value(await api.call('projects.pool', {}));
      const chosen = pool.projects.find((p) => p.id === ids[0])!;
      expect(chosen.stage).toBe('review');
      expect(chosen.history.at(-1)!.kind).toBe('chosen');
      expect(pool.projects.find((p) => p.id === ids[3])!.history.at(-1)!.kind).toBe('notChosen');
      expect(
        refusal(
          await api.call('projects.votes.tally', {
            voteId: vote.id,
            tallies: [],
            voters: null,
            counters: [],
            by,
          }),
        ).code,
      ).toBe('conflict');

      const shown = value(await api.call('projects.votes.public', { voteId: vote.id }));
      expect(shown).toMatchObject({ batchName: batch.name, places: 2, voters: 40, state: 'closed' });
      expect(shown.candidates.map((c) => [c.name, c.votes])).toEqual([
        [names[0], 31],
        [names[1], 27],
        [names[2], 12],
        [names[3], 10],
      ]);
      expect(shown.counters).toEqual(['张建国', '李秀英']);
      expect(JSON.stringify(shown)).not.toMatch(/phone/i);
    });
  });
}
