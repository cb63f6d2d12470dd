// `gateway.burst`: host mode as the hall runs it — a spawned `serve` (the built dist/host/serve.mjs) on a
// temporary data folder, its question box (the real gateway child) open on 127.0.0.1 — and N phones,
// each a plain HTTP client with its own loopback source address, submitting one question each within
// 10 s and retrying on 429/503/network errors (Retry-After, same clientId) until acknowledged or a
// bounded deadline. Then the record is read through the operator's API and counted.
// console_p95_ms: an operator's questions.list over host mode's HTTP API, sampled every ~50 ms during
// the burst; console_baseline_p95_ms: the same call sampled before it; console_after_p95_ms: after
// it, idle, with the record as large as at its end (what the read itself costs). Loopback only.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureBuilt } from '../e2e/support/host-mode';
import { freePort, openBox, startOwner, type OwnerProcess } from '../gateway-kill/owner-process';
import { countStored, phoneBurst, targetOf } from '../gateway-kill/phone-burst';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const HALLS = [300, 1_000] as const;
const WINDOW_MS = 10_000;
/** Bounded: a phone still unanswered this long after the burst began gives up and counts as unanswered. */
const DEADLINE_MS = 60_000;
const SAMPLE_EVERY_MS = 50;
const BASELINE_SAMPLES = 60;
const GOAL_P95_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Times one operator read; sampled in a loop until stopped. */
function sampler(owner: OwnerProcess, meetingId: string) {
  const samples: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const start = performance.now();
      await owner.call('questions.list', { meetingId });
      samples.push(performance.now() - start);
      await sleep(Math.max(0, SAMPLE_EVERY_MS - (performance.now() - start)));
    }
  })();
  return {
    samples,
    async stop() {
      running = false;
      await done;
    },
  };
}

async function burst(phones: number): Promise<BenchLine> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-gateway-'));
  const owner = await startOwner({ dataDir, entry: 'built' });
  try {
    const { meetingId, joinUrl } = await openBox(owner, await freePort());
    const target = targetOf(joinUrl);

    const idle = async (): Promise<number[]> => {
      const samples: number[] = [];
      for (let i = 0; i < BASELINE_SAMPLES; i += 1) {
        const start = performance.now();
        await owner.call('questions.list', { meetingId });
        samples.push(performance.now() - start);
        await sleep(SAMPLE_EVERY_MS);
      }
      return samples;
    };
    const baseline = await idle();

    const load = loadavg()[0] ?? Number.NaN;
    const operator = sampler(owner, meetingId);
    const result = await phoneBurst({ target, phones, windowMs: WINDOW_MS, deadlineMs: DEADLINE_MS });
    await operator.stop();

    // The same read once the burst is over: as many questions as at its end, nothing else running.
    const after = await idle();
    const record = await owner.call('questions.list', { meetingId });
    const counted = countStored(result, record.questions);
    const latencies = result.phones.flatMap((p) => (p.latencyMs === null ? [] : [p.latencyMs]));
    const sum = (pick: (p: (typeof result.phones)[number]) => number) =>
      result.phones.reduce((total, p) => total + pick(p), 0);
    return {
      bench: 'gateway.burst',
      phones,
      acked: counted.acked,
      stored: counted.stored,
      duplicates: counted.duplicates,
      lost: counted.lost,
      unanswered: counted.unanswered,
      refused: counted.refused,
      p50_ms: round(percentile(latencies, 50)),
      p95_ms: round(percentile(latencies, 95)),
      retries: sum((p) => p.retries),
      rate_limited: sum((p) => p.rateLimited),
      unavailable: sum((p) => p.unavailable),
      network_errors: sum((p) => p.networkErrors),
      burst_s: round((result.endedAt - result.startedAt) / 1000),
      console_p95_ms: round(percentile(operator.samples, 95)),
      console_samples: operator.samples.length,
      console_baseline_p95_ms: round(percentile(baseline, 95)),
      console_after_p95_ms: round(percentile(after, 95)),
      goal_p95_ms: GOAL_P95_MS,
      // The machine is shared: its load when the burst began says how far the figures can be compared.
      load_1m: round(load),
    };
  } finally {
    await owner.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  ensureBuilt();
  for (const phones of HALLS) report(await burst(phones));
}
