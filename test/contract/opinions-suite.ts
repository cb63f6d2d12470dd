import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../shared/api';
import type { ImportProgress } from '../../shared/domain';
import {
  emptySheetXlsx,
  figure109Xlsx,
  FIGURE_109,
  htmlErrorPage,
  truncatedXlsx,
} from '../fixtures/make-fixtures';
import type { ContractHarness } from './harnesses';
import { CHINESE, nextEvent, refusal, value } from './result-helpers';

const HANGING_WORKER = new URL('../import/hanging-worker.ts', import.meta.url).pathname;

const draft = {
  title: '芳群园街道 2025 年向群众报告工作会',
  level: 'street' as const,
  startsAt: '2025-04-10T14:30:00+08:00',
  venue: '街道办事处三楼会议室',
};

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Imports, opinions, analysis and groups, run over every transport like the main suite. */
export function runOpinionsContractSuite(
  transportName: string,
  openHarness: () => Promise<ContractHarness>,
): void {
  describe(`opinions API over ${transportName}`, () => {
    let harness: ContractHarness;
    let api: ApiClient;
    let meetingId: string;

    beforeEach(async () => {
      harness = await openHarness();
      api = createApiClient(harness.connect());
      meetingId = value(await api.call('meetings.create', draft)).id;
    });
    afterEach(async () => {
      await harness.close();
    });

    async function importFigure109() {
      const preview = value(
        await api.call('imports.preview', {
          meetingId,
          jobId: 'job-109',
          fileName: '一季度工单.xlsx',
          dataBase64: b64(figure109Xlsx()),
        }),
      );
      return {
        preview,
        record: value(await api.call('imports.confirm', { meetingId, previewId: preview.previewId })),
      };
    }

    it('previews, confirms, lists and analyses an import, then undoes it as a whole', async () => {
      const community = value(await api.call('communities.create', { name: '紫芳园社区' }));
      const watcher = createApiClient(harness.connect());
      const progress: ImportProgress[] = [];
      watcher.on('imports.progress', (p) => {
        if (p.jobId === 'job-109') progress.push(p.progress);
      });
      await harness.eventsReady(1);
      const changed = nextEvent(watcher, 'opinions.changed', (p) => p.meetingId !== null);

      const before = harness.store.writes;
      const preview = value(
        await api.call('imports.preview', {
          meetingId,
          jobId: 'job-109',
          fileName: '一季度工单.xlsx',
          dataBase64: b64(figure109Xlsx()),
        }),
      );
      expect(preview.fileName).toBe('一季度工单.xlsx');
      expect(preview.preview).toMatchObject({
        sheet: '一季度工单',
        headerRow: 3,
        recordCount: 109,
        skipped: [{ row: 113 }],
      });
      expect(preview.preview.firstRecords).toHaveLength(20);
      // Nothing is stored by a preview.
      expect(harness.store.writes).toBe(before);
      expect(value(await api.call('opinions.list', { meetingId })).total).toBe(0);
      // Progress reached the other client before the answer (SSE may lag the reply a little).
      await expect.poll(() => progress.at(-1)).toEqual({ phase: 'rows', done: 110, total: 110 });

      const record = value(await api.call('imports.confirm', { meetingId, previewId: preview.previewId }));
      expect(record).toMatchObject({
        fileName: '一季度工单.xlsx',
        format: 'xlsx',
        count: 109,
        skipped: 1,
        duplicates: 0,
        alreadyImported: 0,
        undoneAt: null,
      });
      expect(await changed).toEqual({ meetingId });
      // The preview is consumed: a second confirm stores nothing.
      const again = refusal(await api.call('imports.confirm', { meetingId, previewId: preview.previewId }));
      expect(again).toMatchObject({
        code: 'not_found',
        message: expect.stringMatching(/预览已过期或已经导入过/),
      });
      expect(value(await api.call('imports.list', { meetingId }))).toEqual([record]);

      const all = value(await api.call('opinions.list', { meetingId, limit: 1000 }));
      expect(all.total).toBe(109);
      expect(new Set(all.rows.map((o) => o.id)).size).toBe(109);
      expect(all.rows.every((o) => o.importId === record.id)).toBe(true);
      const times = all.rows.map((o) => Date.parse(o.receivedAt!));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      // Community names matched exactly to the office's list; the others stay unmatched.
      const zfy = all.rows.filter((o) => o.communityName === '紫芳园社区');
      expect(zfy.length).toBeGreaterThan(0);
      expect(zfy.every((o) => o.communityId === community.id)).toBe(true);
      expect(
        all.rows.filter((o) => o.communityName !== '紫芳园社区').every((o) => o.communityId === null),
      ).toBe(true);

      const analysis = value(await api.call('opinions.analysis', { meetingId }));
      expect(analysis.summary).toMatchObject({
        total: 109,
        resolved: 102,
        resolutionRate: { num: 102, den: 109 },
      });
      expect(analysis.summary.byCategory[0]).toMatchObject({
        name: '物业管理',
        count: FIGURE_109.categories.物业管理,
      });
      // One year only: nothing to compare with.
      expect(analysis.yearOnYear).toBeNull();

      // Click-through: the rows behind a figure, paged.
      const parking = value(
        await api.call('opinions.list', {
          meetingId,
          figure: { kind: 'category', name: '停车管理' },
          limit: 5,
        }),
      );
      expect(parking.total).toBe(FIGURE_109.categories.停车管理);
      expect(parking.rows).toHaveLength(5);
      expect(parking.rows.every((o) => o.category === '停车管理')).toBe(true);
      const unresolved = value(
        await api.call('opinions.list', { meetingId, figure: { kind: 'resolved', resolved: false } }),
      );
      expect(unresolved.total).toBe(7);
      const found = value(await api.call('opinions.list', { meetingId, query: all.rows[3]!.workOrderNo }));
      expect(found.rows.map((o) => o.id)).toEqual([all.rows[3]!.id]);
      const byIds = value(
        await api.call('opinions.list', { meetingId, ids: [all.rows[5]!.id, all.rows[2]!.id, 'o-gone'] }),
      );
      expect(byIds.rows.map((o) => o.id)).toEqual([all.rows[5]!.id, all.rows[2]!.id]);

      const group = value(
        await api.call('groups.create', {
          meetingId,
          kind: 'item',
          title: '规范停车秩序',
          listType: 'deadline',
          opinionIds: parking.rows.map((o) => o.id),
        }),
      );
      const undone = value(await api.call('imports.undo', { meetingId, importId: record.id }));
      expect(undone).toEqual({ ...record, undoneAt: expect.any(String) });
      expect(value(await api.call('opinions.list', { meetingId })).total).toBe(0);
      expect(value(await api.call('opinions.analysis', { meetingId })).summary.total).toBe(0);
      expect(value(await api.call('imports.list', { meetingId }))).toEqual([undone]);
      expect(value(await api.call('groups.list', { meetingId }))).toEqual([{ ...group, opinionIds: [] }]);
      const twice = refusal(await api.call('imports.undo', { meetingId, importId: record.id }));
      expect(twice.code).toBe('conflict');
      expect(twice.message).toMatch(/已于 .* 撤销/);
    });

    it('skips work orders the meeting already holds, and refuses an import that adds nothing', async () => {
      const { record } = await importFigure109();
      expect(record.count).toBe(109);
      const second = value(
        await api.call('imports.preview', {
          meetingId,
          jobId: 'job-again',
          fileName: '一季度工单（重发）.xlsx',
          dataBase64: b64(figure109Xlsx()),
        }),
      );
      const writes = harness.store.writes;
      const nothingNew = refusal(
        await api.call('imports.confirm', { meetingId, previewId: second.previewId }),
      );
      expect(nothingNew).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/109 条工单此前都已导入/),
      });
      expect(harness.store.writes).toBe(writes);
      // After an undo the same file comes in again.
      value(await api.call('imports.undo', { meetingId, importId: record.id }));
      const third = value(
        await api.call('imports.preview', {
          meetingId,
          jobId: 'job-3',
          fileName: 'a.xlsx',
          dataBase64: b64(figure109Xlsx()),
        }),
      );
      expect(
        value(await api.call('imports.confirm', { meetingId, previewId: third.previewId })),
      ).toMatchObject({ count: 109, alreadyImported: 0 });
    });

    it('refuses a file that is not a usable spreadsheet with a Chinese message and changes nothing', async () => {
      await importFigure109();
      const texts = new Map(harness.store.texts);
      const writes = harness.store.writes;
      const cases: [string, string, RegExp][] = [
        ['HTML page saved as .xlsx', b64(htmlErrorPage()), /网页/],
        ['truncated workbook', b64(truncatedXlsx()), CHINESE],
        ['empty sheet', b64(emptySheetXlsx()), /没有可导入的数据/],
        ['not base64', '这不是文件', /base64/],
      ];
      for (const [label, dataBase64, message] of cases) {
        const error = refusal(
          await api.call('imports.preview', {
            meetingId,
            jobId: 'job-bad',
            fileName: '工单.xlsx',
            dataBase64,
          }),
        );
        expect(error.code, label).toBe('invalid_input');
        expect(error.message, label).toMatch(message);
      }
      const tooBig = refusal(
        await api.call('imports.preview', {
          meetingId,
          jobId: 'job-big',
          fileName: '全年.xlsx',
          dataBase64: 'A'.repeat(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 8),
        }),
      );
      expect(tooBig).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/50 MB/) });
      const noMeeting = refusal(
        await api.call('imports.preview', {
          meetingId: 'm-nothere',
          jobId: 'j',
          fileName: 'a.xlsx',
          dataBase64: b64(figure109Xlsx()),
        }),
      );
      expect(noMeeting).toMatchObject({ code: 'not_found', message: expect.stringMatching(/找不到会议/) });
      expect(refusal(await api.call('imports.confirm', { meetingId, previewId: 'p-unknown' })).code).toBe(
        'not_found',
      );
      expect(harness.store.writes).toBe(writes);
      expect(harness.store.texts).toEqual(texts);
      expect(value(await api.call('opinions.list', { meetingId })).total).toBe(109);
    });

    it('cancels a running parse at once, and a cancel that overtakes its preview', async () => {
      const saved = process.env.REPORT_DESK_PARSE_WORKER;
      process.env.REPORT_DESK_PARSE_WORKER = HANGING_WORKER;
      try {
        const watcher = createApiClient(harness.connect());
        const started = nextEvent(watcher, 'imports.progress', (p) => p.jobId === 'job-cancel');
        await harness.eventsReady(1);
        const pending = api.call('imports.preview', {
          meetingId,
          jobId: 'job-cancel',
          fileName: '全年.xlsx',
          dataBase64: b64(figure109Xlsx()),
        });
        await started;
        expect(value(await api.call('imports.cancel', { jobId: 'job-cancel' }))).toBeNull();
        const error = refusal(await pending);
        expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/已取消导入/) });

        expect(value(await api.call('imports.cancel', { jobId: 'job-early' }))).toBeNull();
        const early = refusal(
          await api.call('imports.preview', {
            meetingId,
            jobId: 'job-early',
            fileName: 'a.xlsx',
            dataBase64: b64(figure109Xlsx()),
          }),
        );
        expect(early.message).toMatch(/已取消导入/);
      } finally {
        if (saved === undefined) delete process.env.REPORT_DESK_PARSE_WORKER;
        else process.env.REPORT_DESK_PARSE_WORKER = saved;
      }
      expect(value(await api.call('opinions.list', { meetingId })).total).toBe(0);
    });

    it('adds, edits and deletes opinions by hand; groups refuse unknown rows', async () => {
      const community = value(await api.call('communities.create', { name: '芳古园一区社区' }));
      const dept = value(await api.call('departments.create', { name: '城市管理办公室' }));
      const created = value(
        await api.call('opinions.create', {
          meetingId,
          opinion: {
            channel: 'homeVisit',
            category: '停车管理',
            content: '小区东门夜间乱停车，消防车进不来',
            communityName: '芳古园一区社区',
            residentName: '张桂兰',
            residentPhone: '13812345678',
          },
        }),
      );
      expect(created).toMatchObject({
        importId: null,
        communityId: community.id,
        resolved: null,
        satisfaction: 'unrated',
        receivedAt: null,
        workOrderNo: '',
      });
      const other = value(
        await api.call('opinions.create', {
          meetingId,
          opinion: { channel: 'onSite', content: '希望增加社区食堂' },
        }),
      );

      const edited = value(
        await api.call('opinions.update', {
          meetingId,
          id: created.id,
          patch: { resolved: true, communityName: '不存在社区' },
        }),
      );
      expect(edited).toMatchObject({
        resolved: true,
        communityName: '不存在社区',
        communityId: null,
        content: created.content,
      });
      const empty = refusal(
        await api.call('opinions.create', { meetingId, opinion: { channel: 'onSite', content: '   ' } }),
      );
      expect(empty).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/诉求内容不能为空/),
      });
      const badCommunity = refusal(
        await api.call('opinions.update', { meetingId, id: created.id, patch: { communityId: 'c-nothere' } }),
      );
      expect(badCommunity.message).toMatch(/社区名单/);

      const writes = harness.store.writes;
      const unknown = refusal(
        await api.call('groups.create', {
          meetingId,
          kind: 'task',
          title: '停车治理',
          listType: 'ongoing',
          term: 'mid',
          opinionIds: [created.id, 'o-nothere'],
        }),
      );
      expect(unknown).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/1 条所选诉求不在本次会议中（o-nothere）/),
      });
      const none = refusal(
        await api.call('groups.create', {
          meetingId,
          kind: 'item',
          title: '空',
          listType: 'ongoing',
          opinionIds: [],
        }),
      );
      expect(none.message).toMatch(/请至少选择一条诉求/);
      expect(harness.store.writes).toBe(writes);

      const task = value(
        await api.call('groups.create', {
          meetingId,
          kind: 'task',
          title: '停车治理',
          departmentId: dept.id,
          listType: 'ongoing',
          term: 'mid',
          opinionIds: [created.id, other.id, created.id],
        }),
      );
      expect(task).toMatchObject({
        kind: 'task',
        term: 'mid',
        departmentId: dept.id,
        opinionIds: [created.id, other.id],
      });
      const item = value(
        await api.call('groups.create', {
          meetingId,
          kind: 'item',
          title: '社区食堂',
          listType: 'immediate',
          term: 'near',
          opinionIds: [other.id],
        }),
      );
      expect(item.term).toBeNull();
      const renamed = value(
        await api.call('groups.update', {
          meetingId,
          id: task.id,
          patch: { title: '停车秩序治理', term: 'long' },
        }),
      );
      expect(renamed).toMatchObject({ title: '停车秩序治理', term: 'long' });
      expect(
        refusal(await api.call('groups.update', { meetingId, id: task.id, patch: { opinionIds: ['o-x'] } }))
          .code,
      ).toBe('invalid_input');

      expect(value(await api.call('opinions.delete', { meetingId, id: other.id }))).toBeNull();
      expect(value(await api.call('groups.list', { meetingId })).map((g) => g.opinionIds)).toEqual([
        [created.id],
        [],
      ]);
      expect(refusal(await api.call('opinions.delete', { meetingId, id: other.id })).code).toBe('not_found');
      expect(value(await api.call('groups.delete', { meetingId, id: item.id }))).toBeNull();
      expect(value(await api.call('groups.list', { meetingId })).map((g) => g.id)).toEqual([task.id]);
      expect(value(await api.call('opinions.list', { meetingId })).rows.map((o) => o.id)).toEqual([
        created.id,
      ]);

      // A meeting in the trash takes no opinions.
      value(await api.call('meetings.delete', { id: meetingId }));
      expect(refusal(await api.call('opinions.list', { meetingId })).message).toMatch(/找不到会议/);
      expect(
        refusal(
          await api.call('opinions.create', {
            meetingId,
            opinion: { channel: 'onSite', content: '再来一条' },
          }),
        ).code,
      ).toBe('not_found');
    });

    it('saves, replaces and deletes mapping presets', async () => {
      const saved = value(
        await api.call('imports.savePreset', {
          name: '12345 平台导出',
          rules: [{ header: '诉求编号', field: 'workOrderNo' }],
          defaultChannel: 'hotline12345',
        }),
      );
      const replaced = value(
        await api.call('imports.savePreset', {
          name: '12345 平台导出',
          rules: [{ header: '承办意见', field: null }],
        }),
      );
      expect(replaced).toEqual({
        id: saved.id,
        name: '12345 平台导出',
        rules: [{ header: '承办意见', field: null }],
      });
      const other = value(await api.call('imports.savePreset', { name: '6555 导出', rules: [] }));
      expect(value(await api.call('imports.presets', {}))).toEqual([replaced, other]);
      expect(value(await api.call('imports.deletePreset', { id: saved.id }))).toBeNull();
      expect(refusal(await api.call('imports.deletePreset', { id: saved.id })).code).toBe('not_found');
      expect(value(await api.call('imports.presets', {}))).toEqual([other]);
    });
  });
}
