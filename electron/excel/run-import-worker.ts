import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import {
  DEFAULT_IMPORT_TIMEOUT_MS,
  ImportOptions,
  OPINION_FIELD_LIMITS,
  type ImportOutcome,
  type ImportProgress,
  type ImportRefusal,
  type ResolvedImportOptions,
} from '../../shared/domain/import';
import { formatMegabytes } from './import-refusal';
import { OneAtATime } from './parse-queue';
import { isParseMessage, type ParseJob, type ParseRequest } from './parse-worker-protocol';

export interface WorkerImportOptions {
  options?: ImportOptions;
  /** The worker is stopped after this long (default 60 s) from its start, not counting time in the queue. */
  timeoutMs?: number;
  /** Aborting stops the worker at once, or takes the file out of the queue (the cancel button). */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Another worker script (tests use one that never finishes). */
  worker?: WorkerLocation;
  /** Heap ceiling of the worker, so a hostile file exhausts the worker and not the app. */
  maxHeapMb?: number;
}

/** Where the heap ceiling sits unless a caller asks otherwise. */
export const DEFAULT_WORKER_HEAP_MB = 2048;

export interface WorkerLocation {
  url: URL;
  /** A TypeScript source, loaded by registering tsx inside the worker first. */
  typescript: boolean;
}

/**
 * From sources (tsx, vitest) the worker is the sibling .ts file. In a build, scripts/build-node.mjs
 * bundles it to dist/workers/parse-worker.mjs, next to whichever bundle (CLI, host, Electron main) is
 * running. REPORT_DESK_PARSE_WORKER overrides both.
 */
export function parseWorkerLocation(moduleUrl: string = import.meta.url): WorkerLocation {
  const override = process.env.REPORT_DESK_PARSE_WORKER;
  if (override) return { url: pathToFileURL(override), typescript: /\.[cm]?ts$/.test(override) };
  if (/\.[cm]?ts$/.test(new URL(moduleUrl).pathname))
    return { url: new URL('./parse-worker.ts', moduleUrl), typescript: true };
  const dist = moduleUrl.lastIndexOf('/dist/');
  if (dist === -1) throw new Error(`无法确定解析进程的位置：${moduleUrl}`);
  // In the packaged app the worker sits beside the archive, in app.asar.unpacked (electron-builder.yml).
  const base = moduleUrl.slice(0, dist).replace(/\/app\.asar$/, '/app.asar.unpacked');
  return { url: new URL(`${base}/dist/workers/parse-worker.mjs`), typescript: false };
}

/**
 * `--import tsx` in a worker's execArgv is not honoured by Node 20, so a TypeScript worker starts from a
 * one-line script that registers tsx's loader in the worker and then imports the entry.
 */
export function startWorker(location: WorkerLocation, options: WorkerOptions): Worker {
  if (!location.typescript) return new Worker(location.url, options);
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsxApi = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(location.url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

const refusal = (code: ImportRefusal['code'], message: string): ImportOutcome => ({
  ok: false,
  refusal: { code, message },
});

/**
 * Idle workers kept for the next file, one per script and heap size. Starting a thread and loading
 * SheetJS into it costs ~0.3 s, more than parsing a 10k-row sheet; a kept worker answers at once.
 * An idle worker is unref'd (it never keeps the process alive) and ends after a few idle minutes.
 */
const IDLE_MS = 5 * 60 * 1000;
const idle = new Map<string, { worker: Worker; timer: NodeJS.Timeout }>();
let nextJob = 1;

function acquireWorker(key: string, location: WorkerLocation, maxHeapMb: number): Worker {
  const kept = idle.get(key);
  if (kept) {
    idle.delete(key);
    clearTimeout(kept.timer);
    kept.worker.ref();
    return kept.worker;
  }
  return startWorker(location, { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
}

/** Keeps a worker that finished cleanly; a second spare (two imports at once) is not worth its memory. */
function releaseWorker(key: string, worker: Worker): void {
  if (idle.has(key)) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    if (idle.get(key)?.worker === worker) idle.delete(key);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle.set(key, { worker, timer });
  worker.once('exit', () => {
    if (idle.get(key)?.worker === worker) {
      clearTimeout(idle.get(key)!.timer);
      idle.delete(key);
    }
  });
}

/** Ends every idle worker (tests, shutdown). */
export async function stopIdleParseWorkers(): Promise<void> {
  const kept = [...idle.values()];
  idle.clear();
  await Promise.all(
    kept.map(({ worker, timer }) => {
      clearTimeout(timer);
      return worker.terminate();
    }),
  );
}

/**
 * One parse at a time in this process: the files that could each take a good part of the memory never
 * add up. The time-out counts from the parse's start, so a file waiting in line is not timed out.
 */
const parseQueue = new OneAtATime();

const CANCELLED = '已取消导入，没有保存任何内容';

/**
 * Parses the file in a worker thread, off the main event loop, after any file ahead of it. Always
 * settles: with the outcome, or with a refusal on time-out, cancel (queued or running), out-of-memory or
 * a crash of the worker. Nothing is stored here.
 */
export async function importInWorker(
  bytes: Uint8Array,
  run: WorkerImportOptions = {},
): Promise<ImportOutcome> {
  const parsed = ImportOptions.safeParse(run.options ?? {});
  if (!parsed.success)
    return refusal('worker_failed', `导入选项有误：${parsed.error.issues[0]?.message ?? ''}`);
  const options = parsed.data;
  const maxBytes = options.maxBytes;
  // Refused before copying or queueing: a huge file should cost nothing.
  if (bytes.length > maxBytes) {
    return refusal(
      'too_large',
      `文件大小为 ${formatMegabytes(bytes.length)}，超过了导入上限 ${formatMegabytes(maxBytes)}；请按时间段拆分成几个文件后分别导入`,
    );
  }
  const release = await parseQueue.acquire(run.signal, (ahead) =>
    run.onProgress?.({ phase: 'queued', done: 0, total: ahead }),
  );
  if (!release) return refusal('cancelled', CANCELLED);
  try {
    return await parseNow(bytes, options, run);
  } finally {
    release();
  }
}

function parseNow(
  bytes: Uint8Array,
  options: ResolvedImportOptions,
  run: WorkerImportOptions,
): Promise<ImportOutcome> {
  if (run.signal?.aborted) return Promise.resolve(refusal('cancelled', CANCELLED));
  const timeoutMs = run.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS;
  const location = run.worker ?? parseWorkerLocation();
  const maxHeapMb = run.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB;
  const key = `${location.url.href}#${maxHeapMb}`;
  // A private copy whose buffer can be transferred: the caller's Buffer may share Node's pool.
  const copy = new Uint8Array(bytes);
  const request: ParseRequest = { bytes: copy, options, limits: OPINION_FIELD_LIMITS };
  const job: ParseJob = { job: nextJob++, request };

  return new Promise<ImportOutcome>((resolve) => {
    const worker = acquireWorker(key, location, maxHeapMb);
    let settled = false;
    const finish = (outcome: ImportOutcome, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      // A worker stopped mid-file (cancel, time-out) may be anywhere in its work: never reuse it.
      if (reusable) releaseWorker(key, worker);
      else void worker.terminate();
      resolve(outcome);
    };
    const onAbort = () => finish(refusal('cancelled', CANCELLED));
    const timer = setTimeout(
      () =>
        finish(
          refusal(
            'timeout',
            `解析超过 ${Math.round(timeoutMs / 100) / 10} 秒仍未完成，已停止，没有导入任何内容。文件可能过大或格式异常，请拆分或重新导出后再试`,
          ),
        ),
      timeoutMs,
    );
    const onMessage = (message: unknown) => {
      if (!isParseMessage(message)) return;
      if (message.job !== undefined && message.job !== job.job) return;
      if (message.type === 'progress') run.onProgress?.(message.progress);
      else finish(message.outcome, true);
    };
    const onError = (error: Error) => {
      if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(
          refusal(
            'out_of_memory',
            `解析这个文件需要的内存超过了上限（${maxHeapMb} MB），已停止，没有导入任何内容。文件可能过大或结构异常，请按时间段拆分成几个文件后分别导入`,
          ),
        );
        return;
      }
      finish(refusal('worker_failed', `读取文件时出错（${error.message}），没有导入任何内容`));
    };
    const onExit = (code: number) =>
      finish(refusal('worker_failed', `解析进程意外退出（代码 ${code}），没有导入任何内容`));
    run.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job, [copy.buffer]);
  });
}
