import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../shared/api';
import { directHarness } from '../contract/harnesses';
import { nextEvent, refusal, value } from '../contract/result-helpers';
import type { ImportProgress } from '../../shared/domain/import';
import { importWorkOrders } from '../../electron/excel/import-work-orders';
import {
  importInWorker,
  parseWorkerLocation,
  stopIdleParseWorkers,
  type WorkerLocation,
} from '../../electron/excel/run-import-worker';
import { figure109Xlsx, pathologicalCsv } from '../fixtures/make-fixtures';

const hanging: WorkerLocation = { url: new URL('./hanging-worker.ts', import.meta.url), typescript: true };
const counting: WorkerLocation = { url: new URL('./counting-worker.ts', import.meta.url), typescript: true };
const hungry: WorkerLocation = { url: new URL('./hungry-worker.ts', import.meta.url), typescript: true };

describe('parsing in a worker thread', () => {
  it('gives the same outcome as parsing in place, with progress', async () => {
    const bytes = figure109Xlsx();
    const progress: ImportProgress[] = [];
    const outcome = await importInWorker(bytes, { onProgress: (p) => progress.push(p) });
    expect(outcome).toEqual(importWorkOrders(bytes));
    expect(progress[0]).toEqual({ phase: 'read', done: 0, total: 1 });
    expect(progress.at(-1)).toEqual({ phase: 'rows', done: 110, total: 110 });
  });

  it('passes options through and refuses in the worker as in place', async () => {
    const outcome = await importInWorker(figure109Xlsx(), { options: { sheet: '没有这张表' } });
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'sheet_not_found' } });
  });

  it('stops a worker that never finishes at the time-out', async () => {
    const outcome = await importInWorker(figure109Xlsx(), { worker: hanging, timeoutMs: 3000 });
    expect(outcome).toEqual({
      ok: false,
      refusal: { code: 'timeout', message: expect.stringMatching(/^解析超过 3 秒仍未完成，已停止/) },
    });
  });

  it('does not hang past the time-out on a pathological input', async () => {
    const outcome = await importInWorker(pathologicalCsv(), { timeoutMs: 200 });
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'timeout' } });
  });

  it('cancels at once when the user presses cancel', async () => {
    const controller = new AbortController();
    const outcome = await importInWorker(figure109Xlsx(), {
      worker: hanging,
      timeoutMs: 60_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(outcome).toEqual({
      ok: false,
      refusal: { code: 'cancelled', message: '已取消导入，没有保存任何内容' },
    });
  });

  it('refuses an oversized file without starting a worker', async () => {
    const outcome = await importInWorker(new Uint8Array(2048), {
      options: { maxBytes: 1024 },
      worker: hanging,
      timeoutMs: 60_000,
    });
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'too_large' } });
  });

  it('keeps one worker for the next file, and replaces it after a cancel', async () => {
    await stopIdleParseWorkers();
    const answer = async (bytes: Uint8Array, signal?: AbortSignal) => {
      const outcome = await importInWorker(bytes, {
        worker: counting,
        timeoutMs: 30_000,
        ...(signal ? { signal } : {}),
      });
      return outcome.ok ? 'ok' : outcome.refusal.message;
    };
    expect(await answer(new Uint8Array([0]))).toBe('job 1');
    expect(await answer(new Uint8Array([0]))).toBe('job 2');
    // Two at once: the second waits for the first and then takes the same kept worker.
    expect(await Promise.all([answer(new Uint8Array([0])), answer(new Uint8Array([0]))])).toEqual([
      'job 3',
      'job 4',
    ]);
    const controller = new AbortController();
    const pending = answer(new Uint8Array([1]), controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toBe('已取消导入，没有保存任何内容');
    // The kept worker took the cancelled file and was stopped with it; the next file starts afresh.
    expect(await answer(new Uint8Array([0]))).toBe('job 1');
    await stopIdleParseWorkers();
  });

  it('parses one file at a time: a second waits, is told it is queued, and can be cancelled while it waits', async () => {
    await stopIdleParseWorkers();
    const first = new AbortController();
    const firstProgress: ImportProgress[] = [];
    // Its first byte 1: the counting worker never answers it, so it holds the turn until cancelled.
    const running = importInWorker(new Uint8Array([1]), {
      worker: counting,
      timeoutMs: 60_000,
      signal: first.signal,
      onProgress: (p) => firstProgress.push(p),
    });
    const second = new AbortController();
    const secondProgress: ImportProgress[] = [];
    const waitingToCancel = importInWorker(new Uint8Array([0]), {
      worker: counting,
      timeoutMs: 60_000,
      signal: second.signal,
      onProgress: (p) => secondProgress.push(p),
    });
    const thirdProgress: ImportProgress[] = [];
    const waiting = importInWorker(new Uint8Array([0]), {
      worker: counting,
      timeoutMs: 60_000,
      onProgress: (p) => thirdProgress.push(p),
    });
    expect(firstProgress).toEqual([]);
    expect(secondProgress).toEqual([{ phase: 'queued', done: 0, total: 1 }]);
    expect(thirdProgress).toEqual([{ phase: 'queued', done: 0, total: 2 }]);

    second.abort();
    expect(await waitingToCancel).toEqual({
      ok: false,
      refusal: { code: 'cancelled', message: '已取消导入，没有保存任何内容' },
    });
    // The third moved up a place; the first is still parsing, so nothing has answered the third yet.
    expect(thirdProgress.at(-1)).toEqual({ phase: 'queued', done: 0, total: 1 });
    let thirdSettled = false;
    void waiting.then(() => (thirdSettled = true));
    await new Promise((r) => setImmediate(r));
    expect(thirdSettled).toBe(false);

    first.abort();
    expect(await running).toMatchObject({ ok: false, refusal: { code: 'cancelled' } });
    // The first's worker was stopped with it; the cancelled second never reached a worker.
    expect(await waiting).toEqual({ ok: false, refusal: { code: 'damaged', message: 'job 1' } });
    await stopIdleParseWorkers();
  });

  it('over the API, a second preview waits with a queued progress event, and imports.cancel takes it out of the line', async () => {
    const saved = process.env.REPORT_DESK_PARSE_WORKER;
    process.env.REPORT_DESK_PARSE_WORKER = hanging.url.pathname;
    const harness = await directHarness();
    try {
      const api = createApiClient(harness.connect());
      const meetingId = value(
        await api.call('meetings.create', {
          title: '芳群园街道报告会',
          level: 'street',
          startsAt: '2025-04-10T14:30:00+08:00',
          venue: '三楼会议室',
        }),
      ).id;
      const dataBase64 = Buffer.from(figure109Xlsx()).toString('base64');
      const firstStarted = nextEvent(api, 'imports.progress', (p) => p.jobId === 'job-first');
      const first = api.call('imports.preview', {
        meetingId,
        jobId: 'job-first',
        fileName: '一月.xlsx',
        dataBase64,
      });
      expect((await firstStarted).progress.phase).toBe('read');
      const secondQueued = nextEvent(api, 'imports.progress', (p) => p.jobId === 'job-second');
      const second = api.call('imports.preview', {
        meetingId,
        jobId: 'job-second',
        fileName: '二月.xlsx',
        dataBase64,
      });
      expect((await secondQueued).progress).toEqual({ phase: 'queued', done: 0, total: 1 });
      expect(value(await api.call('imports.cancel', { jobId: 'job-second' }))).toBeNull();
      expect(refusal(await second)).toMatchObject({
        code: 'conflict',
        message: '已取消导入，没有保存任何内容',
      });
      expect(value(await api.call('imports.cancel', { jobId: 'job-first' }))).toBeNull();
      expect(refusal(await first).code).toBe('conflict');
    } finally {
      await harness.close();
      if (saved === undefined) delete process.env.REPORT_DESK_PARSE_WORKER;
      else process.env.REPORT_DESK_PARSE_WORKER = saved;
    }
  });

  it('refuses with out_of_memory when the worker reaches its heap ceiling', async () => {
    const outcome = await importInWorker(new Uint8Array([0]), {
      worker: hungry,
      maxHeapMb: 64,
      timeoutMs: 120_000,
    });
    expect(outcome).toEqual({
      ok: false,
      refusal: {
        code: 'out_of_memory',
        message: expect.stringMatching(
          /^解析这个文件需要的内存超过了上限（64 MB），已停止，没有导入任何内容/,
        ),
      },
    });
  });

  it('finds the bundled worker next to any bundle in dist/', () => {
    expect(parseWorkerLocation('file:///opt/app/dist/cli.mjs')).toEqual({
      url: new URL('file:///opt/app/dist/workers/parse-worker.mjs'),
      typescript: false,
    });
    expect(parseWorkerLocation('file:///opt/app/resources/app.asar/dist/electron/main.mjs').url.href).toBe(
      'file:///opt/app/resources/app.asar.unpacked/dist/workers/parse-worker.mjs',
    );
    expect(parseWorkerLocation('file:///work/main/electron/excel/run-import-worker.ts')).toEqual({
      url: new URL('file:///work/main/electron/excel/parse-worker.ts'),
      typescript: true,
    });
  });
});
