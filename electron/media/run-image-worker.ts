import { pathToFileURL } from 'node:url';
import { startWorker, type WorkerLocation } from '../excel/run-import-worker';
import { OneAtATime } from '../excel/parse-queue';
import { isImageReply, type ImageJob } from './image-worker-protocol';

/**
 * From sources (tsx, vitest) the worker is the sibling .ts file; in a build, scripts/build-node.mjs
 * bundles it to dist/workers/image-worker.mjs beside whichever bundle is running (unpacked from the
 * asar archive in the packaged app). REPORT_DESK_IMAGE_WORKER overrides both.
 */
export function imageWorkerLocation(moduleUrl: string = import.meta.url): WorkerLocation {
  const override = process.env.REPORT_DESK_IMAGE_WORKER;
  if (override) return { url: pathToFileURL(override), typescript: /\.[cm]?ts$/.test(override) };
  if (/\.[cm]?ts$/.test(new URL(moduleUrl).pathname))
    return { url: new URL('./image-worker.ts', moduleUrl), typescript: true };
  const dist = moduleUrl.lastIndexOf('/dist/');
  if (dist === -1) throw new Error(`无法确定图片处理进程的位置：${moduleUrl}`);
  const base = moduleUrl.slice(0, dist).replace(/\/app\.asar$/, '/app.asar.unpacked');
  return { url: new URL(`${base}/dist/workers/image-worker.mjs`), typescript: false };
}

export type ReencodeOutcome =
  | { ok: true; bytes: Uint8Array; width: number; height: number }
  | { ok: false; reason: 'corrupt' | 'failed'; message: string };

export interface ReencodeOptions {
  timeoutMs?: number;
  worker?: WorkerLocation;
}

/** A 50-megapixel picture needs about 350 MB decoded; the ceiling keeps a hostile file in the worker. */
const WORKER_HEAP_MB = 1024;
const DEFAULT_TIMEOUT_MS = 60_000;

/** One picture at a time: each decoded photo takes hundreds of megabytes. */
const queue = new OneAtATime();
let nextJob = 1;

/** Decodes, shrinks and re-encodes the picture in a worker thread, after any picture ahead of it. */
export async function reencodeInWorker(
  bytes: Uint8Array,
  job: Omit<ImageJob, 'job' | 'bytes'>,
  options: ReencodeOptions = {},
): Promise<ReencodeOutcome> {
  const release = await queue.acquire();
  try {
    return await runOnce(bytes, job, options);
  } finally {
    release?.();
  }
}

function runOnce(
  bytes: Uint8Array,
  spec: Omit<ImageJob, 'job' | 'bytes'>,
  options: ReencodeOptions,
): Promise<ReencodeOutcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A private copy whose buffer can be transferred: the caller's Buffer may share Node's pool.
  const copy = new Uint8Array(bytes);
  const job: ImageJob = { ...spec, job: nextJob++, bytes: copy };
  const worker = startWorker(options.worker ?? imageWorkerLocation(), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return new Promise<ReencodeOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: ReencodeOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish({ ok: false, reason: 'failed', message: `处理图片超过 ${Math.round(timeoutMs / 1000)} 秒` }),
      timeoutMs,
    );
    worker.on('message', (reply: unknown) => {
      if (!isImageReply(reply) || reply.job !== job.job) return;
      finish(
        reply.ok
          ? { ok: true, bytes: reply.bytes, width: reply.width, height: reply.height }
          : { ok: false, reason: 'corrupt', message: reply.message },
      );
    });
    worker.on('error', (error: Error) => finish({ ok: false, reason: 'failed', message: error.message }));
    worker.on('exit', (code) =>
      finish({ ok: false, reason: 'failed', message: `图片处理进程意外退出（代码 ${code}）` }),
    );
    worker.postMessage(job, [copy.buffer]);
  });
}
