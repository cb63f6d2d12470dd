import { describe, expect, it } from 'vitest';
import type { ImportPreviewResult, Result } from '../../shared/api';
import { openAppServices } from '../../electron/services/app-services';
import { MAX_PREVIEWS, PREVIEW_TTL_MS } from '../../electron/services/imports-service';
import { opinionsDocName } from '../../electron/storage/documents';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { figure109Xlsx } from '../fixtures/make-fixtures';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const draft = {
  title: '方庄街道报告会',
  level: 'street' as const,
  startsAt: '2025-03-05T14:30:00+08:00',
  venue: '三楼礼堂',
};
const file = figure109Xlsx().toString('base64');

async function setUp() {
  let t = new Date('2025-03-01T02:00:00Z').getTime();
  const store = new MemoryDocumentStore();
  const clock = { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
  const app = await openAppServices({ store, dataDir: '/mem', version: 'test', now: clock.now });
  const meetingId = value(await app.call('meetings.create', draft)).id;
  const preview = async (jobId: string) =>
    value(
      await app.call('imports.preview', { meetingId, jobId, fileName: `${jobId}.xlsx`, dataBase64: file }),
    );
  return { store, clock, app, meetingId, preview };
}

describe('imports and opinions services', () => {
  it('forgets a preview after 30 minutes and keeps only the newest few', async () => {
    const { app, clock, meetingId, preview } = await setUp();
    const old = await preview('job-old');
    clock.advance(PREVIEW_TTL_MS + 1);
    const expired = await app.dispatch('imports.confirm', { meetingId, previewId: old.previewId });
    expect(expired).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/预览已过期/) },
    });

    const previews: ImportPreviewResult[] = [];
    for (let i = 0; i <= MAX_PREVIEWS; i++) previews.push(await preview(`job-${i}`));
    expect((await app.dispatch('imports.confirm', { meetingId, previewId: previews[0]!.previewId })).ok).toBe(
      false,
    );
    expect(
      value(await app.dispatch('imports.confirm', { meetingId, previewId: previews.at(-1)!.previewId })),
    ).toMatchObject({ count: 109 });
    await app.close();
  });

  it('a preview belongs to its meeting', async () => {
    const { app, preview } = await setUp();
    const other = value(await app.call('meetings.create', { ...draft, title: '另一场' })).id;
    const p = await preview('job-a');
    expect(await app.dispatch('imports.confirm', { meetingId: other, previewId: p.previewId })).toMatchObject(
      { ok: false, error: { code: 'not_found' } },
    );
    await app.close();
  });

  it('computes the analysis once per stored version', async () => {
    const { app, meetingId, preview } = await setUp();
    value(
      await app.dispatch('imports.confirm', { meetingId, previewId: (await preview('job-a')).previewId }),
    );
    const first = value(await app.call('opinions.analysis', { meetingId }));
    expect(value(await app.dispatch('opinions.analysis', { meetingId }))).toBe(first);
    value(
      await app.dispatch('opinions.create', {
        meetingId,
        opinion: { channel: 'onSite', content: '现场提出：增设老年餐桌' },
      }),
    );
    const after = value(await app.call('opinions.analysis', { meetingId }));
    expect(after).not.toBe(first);
    expect(after.summary.total).toBe(first.summary.total + 1);
    await app.close();
  });

  it('purging a meeting from the trash removes its opinions too', async () => {
    const { app, store, clock, meetingId, preview } = await setUp();
    value(
      await app.dispatch('imports.confirm', { meetingId, previewId: (await preview('job-a')).previewId }),
    );
    value(await app.dispatch('meetings.delete', { id: meetingId }));
    await app.close();
    expect(store.texts.has(opinionsDocName(meetingId))).toBe(true);

    clock.advance(29 * 24 * 3600 * 1000);
    await (await openAppServices({ store, dataDir: '/mem', version: 'test', now: clock.now })).close();
    expect(store.texts.has(opinionsDocName(meetingId))).toBe(true);
    clock.advance(2 * 24 * 3600 * 1000);
    await (await openAppServices({ store, dataDir: '/mem', version: 'test', now: clock.now })).close();
    expect(store.texts.has(opinionsDocName(meetingId))).toBe(false);
    expect([...store.texts.keys()].some((name) => name.includes(meetingId))).toBe(false);
  });
});
