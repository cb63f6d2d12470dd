// Host mode start, with a 3,000-record meeting on disk, to the first successful API answer: spawn
// `node dist/host/serve.mjs`, read the printed URL, call meetings.get. Floor: `node -e 0` plus the
// same call to an already running server.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MEETING_SCHEMA_VERSION, MeetingDocument, type Question } from '../../shared/domain';
import { meetingDocName } from '../../electron/storage/documents';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const ENTRY = 'dist/host/serve.mjs';
const RECORDS = 3_000;
const RUNS = 5;
const MEETING_ID = 'mbenchstart0001';
const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/;

const COMMUNITIES = [
  '芳群园第一社区',
  '芳城园社区',
  '紫芳园社区',
  '蒲黄榆社区',
  '方庄南路社区',
  '芳星园社区',
];
const TOPICS = [
  '小区电梯经常停运，老人上下楼困难，希望尽快加装或维修',
  '楼道堆放杂物，存在消防隐患，物业长期不处理',
  '周边停车位严重不足，夜间车辆占用消防通道',
  '顶楼漏水多年，雨季屋内墙皮脱落，申请维修',
  '电动自行车在楼道充电，担心起火，希望建设集中充电桩',
  '垃圾分类驿站异味大，清运不及时',
  '社区道路坑洼不平，雨后积水，老人出行不便',
  '希望增设社区养老驿站和老年餐桌',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];

function realisticQuestions(count: number): Question[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `q${String(i).padStart(6, '0')}`,
    source: i % 3 === 0 ? 'phone' : 'staff',
    text: `${COMMUNITIES[i % COMMUNITIES.length]}居民反映：${TOPICS[i % TOPICS.length]}（第 ${i + 1} 条）`,
    communityId: null,
    askerName: `${SURNAMES[i % SURNAMES.length]}女士`,
    askerPhone: `139${String(10_000_000 + i * 7).slice(-8)}`,
    state: (['waiting', 'onScreen', 'answered', 'declined'] as const)[i % 4]!,
    votes: i % 17,
    category: '',
    departmentId: null,
    answerNote: '',
    referral: null,
    declineReason: '',
    commitmentId: null,
    mergedInto: null,
    approved: true,
    flags: [],
    history: [],
    revision: 1,
    receivedAt: `2025-03-05T${String(14 + Math.floor(i / 1200)).padStart(2, '0')}:${String(Math.floor(i / 20) % 60).padStart(2, '0')}:00+08:00`,
    clientId: i % 3 === 0 ? `phone-${i}` : null,
  }));
}

async function prepareDataDir(dir: string): Promise<void> {
  const doc = MeetingDocument.parse({
    schemaVersion: MEETING_SCHEMA_VERSION,
    meeting: {
      id: MEETING_ID,
      title: '方庄街道 2025 年向群众报告工作会',
      level: 'street',
      startsAt: '2025-03-05T14:30:00+08:00',
      venue: '方庄街道办事处三楼会议室',
      communityIds: [],
      status: 'live',
      notes: '',
      createdAt: '2025-02-20T09:00:00+08:00',
      updatedAt: '2025-03-05T16:00:00+08:00',
      revision: 1,
    },
    questions: realisticQuestions(RECORDS),
  });
  const store = new FileDocumentStore({ dir });
  await store.write(meetingDocName(MEETING_ID), doc);
  await store.close();
}

function callApi(origin: string, token: string): Promise<void> {
  return fetch(`${origin}/api/meetings.get`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: MEETING_ID }),
  })
    .then((res) => res.json() as Promise<{ ok: boolean }>)
    .then((result) => {
      if (!result.ok) throw new Error(`meetings.get failed: ${JSON.stringify(result)}`);
    });
}

interface Started {
  ms: number;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

async function startHost(dataDir: string): Promise<Started> {
  const start = performance.now();
  const child = spawn(process.execPath, [ENTRY, '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = URL_LINE.exec(out);
      if (found) resolve(found);
    });
    child.on('exit', () => reject(new Error(`host mode exited before printing its URL: ${stderr}`)));
  });
  const [, origin, token] = match as unknown as [string, string, string];
  await callApi(origin, token);
  const ms = performance.now() - start;
  return {
    ms,
    origin,
    token,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function spawnEmpty(): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - start));
  });
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  // @ts-expect-error -- plain .mjs build script without type declarations
  const { buildNode } = (await import('../../scripts/build-node.mjs')) as {
    buildNode(o: { only: string[] }): Promise<void>;
  };
  // Always rebuilt (not timed), so the figure is for the code as it is now.
  await buildNode({ only: ['electron/host/serve.ts'] });
  const dataDir = mkdtempSync(join(tmpdir(), 'rbd-host-start-'));
  try {
    await prepareDataDir(dataDir);
    const starts: number[] = [];
    const empties: number[] = [];
    const calls: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = await startHost(dataDir);
      starts.push(started.ms);
      // The same call to a server that is already up, on a new connection as the first one was.
      const callStart = performance.now();
      await callApi(started.origin, started.token);
      calls.push(performance.now() - callStart);
      await started.stop();
      empties.push(await spawnEmpty());
    }
    report({
      bench: 'host.start',
      records: RECORDS,
      runs: RUNS,
      ms: round(percentile(starts, 50), 1),
      max_ms: round(Math.max(...starts), 1),
      floor_ms: round(percentile(empties, 50) + percentile(calls, 50), 1),
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
