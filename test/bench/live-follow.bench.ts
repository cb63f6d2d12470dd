// `live.follow`: in host mode over HTTP, an operator's save (questions.create, then putting that
// question on screen, alternately) until a second client, the projector, has heard live.changed on its
// event stream and fetched a live.public that shows the change. Both clients run in this process on
// one clock. The baseline is a no-op round trip (app.info) by the operator's client in the same run.
import { rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApiClient, resyncEvents, type ApiClient } from '../../shared/api';
import type { LivePublicView, Question } from '../../shared/domain';
import { createHostServer } from '../../electron/host/host-server';
import { openAppServices } from '../../electron/services/app-services';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { createHttpTransport } from '../../renderer/api/http-transport';
import { stubRenderer, waitFor } from '../contract/harnesses';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const TOKEN = 'bench-token-0123456789abcdef';
const SAVES = 100;
const WARMUP = 10;
const GOAL_P95_MS = 100;
const by = '工作人员';

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * The projector: on each live.changed it fetches the public view, as the projector window does, and
 * hands every view to whoever waits for one that passes its test.
 */
function projector(client: ApiClient, meetingId: string) {
  const waiters: Array<{ test: (v: LivePublicView) => boolean; done: () => void }> = [];
  client.on('live.changed', (payload) => {
    if (payload.meetingId !== null && payload.meetingId !== meetingId) return;
    void client.call('live.public', { meetingId }).then((result) => {
      if (!result.ok) return;
      for (const w of waiters.splice(0)) {
        if (w.test(result.value)) w.done();
        else waiters.push(w);
      }
    });
  });
  return (test: (v: LivePublicView) => boolean) =>
    new Promise<void>((resolve) => waiters.push({ test, done: resolve }));
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-live-'));
  const services = await openAppServices({
    store: new FileDocumentStore({ dir }),
    dataDir: dir,
    version: 'bench',
  });
  const rendererDir = stubRenderer();
  const host = await createHostServer({
    dispatch: services.dispatch,
    events: services.events,
    rendererDir,
    token: TOKEN,
    port: 0,
    host: '127.0.0.1',
  });
  const connect = () => createHttpTransport({ baseUrl: host.origin, token: TOKEN });
  const operatorTransport = connect();
  const projectorTransport = connect();
  const operator = createApiClient(operatorTransport);
  const hall = createApiClient(projectorTransport);

  unwrap(await operator.call('sample.install', {}));
  const meetings = unwrap(await operator.call('meetings.list', { level: 'street' }));
  const meetingId = meetings[0]!.id;
  // The stream opens asynchronously and starts with the resync events: listen after them.
  const lastResync = resyncEvents().at(-1)?.event;
  await new Promise<void>((resolve) => {
    const stop = projectorTransport.subscribe((event) => {
      if (event !== lastResync) return;
      stop();
      resolve();
    });
  });
  await waitFor(() => host.eventStreamCount >= 1);
  const seen = projector(hall, meetingId);

  const follow: number[] = [];
  const baseline: number[] = [];
  let last: { id: string; revision: number } | null = null;
  for (let i = 0; i < WARMUP + SAVES; i += 1) {
    const start = performance.now();
    let shown: Promise<void>;
    if (i % 2 === 0 || last === null) {
      const text = `第 ${i + 1} 位居民：晚上回来小区里找不到车位，能不能错时开放周边单位车位？`;
      const saving = operator.call('questions.create', { meetingId, question: { text }, by });
      shown = seen((v) => v.waiting.some((q) => q.text === text));
      const q = unwrap(await saving);
      last = { id: q.id, revision: q.revision };
    } else {
      const target: { id: string; revision: number } = last;
      shown = seen((v) => v.current?.id === target.id);
      const moved: Question = unwrap(
        await operator.call('questions.move', {
          meetingId,
          id: target.id,
          expectedRevision: target.revision,
          move: { to: 'onScreen' },
          by,
        }),
      );
      last = { id: moved.id, revision: moved.revision };
    }
    await shown;
    const elapsed = performance.now() - start;
    const noopStart = performance.now();
    unwrap(await operator.call('app.info', {}));
    const noop = performance.now() - noopStart;
    if (i >= WARMUP) {
      follow.push(elapsed);
      baseline.push(noop);
    }
  }

  operatorTransport.close();
  projectorTransport.close();
  await host.close();
  await services.close();
  rmSync(rendererDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });

  report({
    bench: 'live.follow',
    saves: follow.length,
    p50_ms: round(percentile(follow, 50)),
    p95_ms: round(percentile(follow, 95)),
    goal_ms: GOAL_P95_MS,
    baseline_p95_ms: round(percentile(baseline, 95)),
  });
}
