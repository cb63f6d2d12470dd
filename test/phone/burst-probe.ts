/**
 * How fast the owner stores a burst of phone questions: `npx tsx test/phone/burst-probe.ts [phones]
 * [spreadMs]`. A file store in a temp folder, the phone methods called as the gateway would (no
 * process, no HTTP), every submit one fsynced write of the meeting document (grouped by the
 * repository's group commit). Then every phone upvotes one question. Prints JSON lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppServices } from '../../electron/services/app-services';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import type { Input, Method, Output } from '../../shared/api';
import { value } from '../contract/result-helpers';
import { fakeGateways } from './support/fake-gateways';

const N = Number(process.argv[2] ?? 1000);
/** Arrivals spread evenly over this many ms (0: all at once). */
const SPREAD = Number(process.argv[3] ?? 0);

const dir = mkdtempSync(join(tmpdir(), 'burst-'));
const gateways = fakeGateways();
const services = await openAppServices({
  store: new FileDocumentStore({ dir }),
  dataDir: dir,
  version: 'probe',
  gateways: gateways.factory,
});
const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> =>
  value(await services.call(method, input));
const meetingId = (
  await call('meetings.create', { title: '压力测试', level: 'topic', startsAt: '2025-03-05T14:30:00+08:00' })
).id;
await call('gateway.open', { meetingId, address: '127.0.0.1', by: 'probe' });
const phone = gateways.hooks().phone;
const id = (prefix: string, i: number) => `${prefix}-${String(i).padStart(12, '0')}`;

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);

const t0 = performance.now();
const latencies: number[] = [];
const submitted = await Promise.all(
  Array.from({ length: N }, async (_, i) => {
    if (SPREAD > 0) await new Promise((resolve) => setTimeout(resolve, (i * SPREAD) / N));
    const start = performance.now();
    const result = await phone(meetingId, 'submit', {
      phoneId: id('phone', i),
      question: {
        clientId: id('client', i),
        text: `第${i}个问题：小区停车难，晚上车位不够，希望街道协调解决`,
      },
    });
    latencies.push(performance.now() - start);
    return result.ok;
  }),
);
latencies.sort((a, b) => a - b);
const stored = (await call('questions.list', { meetingId })).questions.length;
console.log(
  JSON.stringify({
    probe: 'phone.submit',
    phones: N,
    spread_ms: SPREAD,
    acked: submitted.filter(Boolean).length,
    stored,
    total_ms: Math.round(performance.now() - t0),
    p50_ms: percentile(latencies, 0.5),
    p95_ms: percentile(latencies, 0.95),
  }),
);

const [first] = (await call('questions.list', { meetingId })).questions;
if (first) {
  await call('questions.approve', {
    meetingId,
    id: first.id,
    expectedRevision: first.revision,
    approved: true,
    by: 'probe',
  });
  const v0 = performance.now();
  const votes = await Promise.all(
    Array.from({ length: N }, (_, i) =>
      phone(meetingId, 'vote', { phoneId: id('phone', i), questionId: first.id }),
    ),
  );
  console.log(
    JSON.stringify({
      probe: 'phone.vote',
      phones: N,
      acked: votes.filter((r) => r.ok).length,
      total_ms: Math.round(performance.now() - v0),
    }),
  );
}
await services.close();
rmSync(dir, { recursive: true, force: true });
