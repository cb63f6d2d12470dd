// An item's status change (followUps.act through the services, on a real data folder) against the
// floor measured in the same run: the same follow- document, of the same size, written through the
// file store's own durable write with nothing in front of it. Acts and floor writes alternate, so
// both see the same load on a shared machine. The goal is `ratio` (p95 against the floor's p95) at
// most GOAL: the workflow rules, revision check and row bookkeeping must cost little beside the fsync.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FOLLOW_UP_SCHEMA_VERSION, type FollowUpItem } from '../../shared/domain';
import { openAppServices } from '../../electron/services/app-services';
import { decodeDocument, followDocName } from '../../electron/storage/documents';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const ITEMS = 1_000;
const WARMUP = 20;
const SAMPLES = 200;
const GOAL = 1.5;
const by = '工作人员';

function item(meetingId: string, i: number): FollowUpItem {
  const at = '2025-03-01T10:00:00+08:00';
  return {
    id: `fbench${String(i).padStart(6, '0')}`,
    meetingId,
    source: { kind: 'manual' },
    title: `第 ${i} 项：小区停车难，请增设夜间共享车位并施划禁停标线`,
    listType: 'deadline',
    leadDepartmentId: null,
    coDepartmentIds: [],
    owner: '张科长',
    deadline: '2025-03-31',
    milestones: [],
    communityId: null,
    workOrders: [],
    resident: { name: '王桂芳', phone: '13801012345' },
    state: 'assigned',
    replies: [],
    verdicts: [],
    callbacks: [],
    closedAt: null,
    createdAt: at,
    createdBy: by,
    history: [{ at, by, kind: 'created', from: null, to: 'assigned', note: '' }],
    revision: 1,
  };
}

async function measure(): Promise<BenchLine> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-follow-'));
  const floorDir = mkdtempSync(join(tmpdir(), 'bench-follow-floor-'));
  try {
    const services = await openAppServices({
      store: new FileDocumentStore({ dir }),
      dataDir: dir,
      version: 'bench',
      now: () => new Date('2025-03-01T02:00:00Z'),
    });
    const created = await services.call('meetings.create', {
      title: '停车管理专题报告会',
      level: 'topic',
      startsAt: '2025-03-01T09:30:00+08:00',
      venue: '方庄街道办事处',
    });
    if (!created.ok) throw new Error(created.error.message);
    const meetingId = created.value.id;
    const name = followDocName(meetingId);
    await services.ctx.repo.update(name, () => ({
      schemaVersion: FOLLOW_UP_SCHEMA_VERSION,
      meetingId,
      items: Array.from({ length: ITEMS }, (_, i) => item(meetingId, i)),
      noticePublishedAt: null,
      communityRatings: [],
    }));
    const floorStore = new FileDocumentStore({ dir: floorDir });
    await floorStore.open(decodeDocument);

    const acts: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const target = services.ctx.repo.get(name)!.items[i]!;
      const start = performance.now();
      const result = await services.call('followUps.act', {
        meetingId,
        id: target.id,
        expectedRevision: target.revision,
        action: { kind: 'start' },
        by,
      });
      const took = performance.now() - start;
      if (!result.ok) throw new Error(result.error.message);
      const doc = services.ctx.repo.get(name)!;
      const floorStart = performance.now();
      await floorStore.write(name, doc);
      const floorTook = performance.now() - floorStart;
      if (i < WARMUP) continue;
      acts.push(took);
      floor.push(floorTook);
    }
    await services.close();
    await floorStore.close();
    const p95 = percentile(acts, 95);
    const floorP95 = percentile(floor, 95);
    const ratio = round(p95 / floorP95);
    return {
      bench: 'follow.status',
      items: ITEMS,
      samples: SAMPLES,
      median_ms: round(percentile(acts, 50)),
      p95_ms: round(p95),
      floor_median_ms: round(percentile(floor, 50)),
      floor_p95_ms: round(floorP95),
      ratio_median: round(percentile(acts, 50) / percentile(floor, 50)),
      ratio,
      goal: GOAL,
      withinGoal: ratio <= GOAL,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  report(await measure());
}
