import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../shared/domain/import';
import { importWorkOrders } from '../../electron/excel/import-work-orders';
import { importInWorker, parseWorkerLocation, stopIdleParseWorkers, type WorkerLocation } from '../../electron/excel/run-import-worker';
import { figure109Xlsx, pathologicalCsv } from '../fixtures/make-fixtures';

const hanging: WorkerLocation = { url: new URL('./hanging-worker.ts', import.meta.url), typescript: true };
const counting: WorkerLocation = { url: new URL('./counting-worker.ts', import.meta.url), typescript: true };

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
    expect(outcome).toEqual({ ok: false, refusal: { code: 'timeout', message: expect.stringMatching(/^解析超过 3 秒仍未完成，已停止/) } });
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
    expect(outcome).toEqual({ ok: false, refusal: { code: 'cancelled', message: '已取消导入，没有保存任何内容' } });
  });

  it('refuses an oversized file without starting a worker', async () => {
    const outcome = await importInWorker(new Uint8Array(2048), { options: { maxBytes: 1024 }, worker: hanging, timeoutMs: 60_000 });
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'too_large' } });
  });

  it('keeps one worker for the next file, and replaces it after a cancel', async () => {
    await stopIdleParseWorkers();
    const answer = async (bytes: Uint8Array, signal?: AbortSignal) => {
      const outcome = await importInWorker(bytes, { worker: counting, timeoutMs: 30_000, ...(signal ? { signal } : {}) });
      return outcome.ok ? 'ok' : outcome.refusal.message;
    };
    expect(await answer(new Uint8Array([0]))).toBe('job 1');
    expect(await answer(new Uint8Array([0]))).toBe('job 2');
    // Two at once: the second gets a worker of its own.
    expect(await Promise.all([answer(new Uint8Array([0])), answer(new Uint8Array([0]))])).toEqual(['job 3', 'job 1']);
    const controller = new AbortController();
    const pending = answer(new Uint8Array([1]), controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toBe('已取消导入，没有保存任何内容');
    // The kept worker took the cancelled file and was stopped with it; the next file starts afresh.
    expect(await answer(new Uint8Array([0]))).toBe('job 1');
    await stopIdleParseWorkers();
  });

  it('finds the bundled worker next to any bundle in dist/', () => {
    expect(parseWorkerLocation('file:///opt/app/dist/cli.mjs')).toEqual({ url: new URL('file:///opt/app/dist/workers/parse-worker.mjs'), typescript: false });
    expect(parseWorkerLocation('file:///opt/app/resources/app.asar/dist/electron/main.mjs').url.href).toBe(
      'file:///opt/app/resources/app.asar.unpacked/dist/workers/parse-worker.mjs',
    );
    expect(parseWorkerLocation('file:///work/main/electron/excel/run-import-worker.ts')).toEqual({
      url: new URL('file:///work/main/electron/excel/parse-worker.ts'),
      typescript: true,
    });
  });
});
