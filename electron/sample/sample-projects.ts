import type {
  Project,
  ProjectBatch,
  ProjectCategory,
  ProjectHistoryEntry,
  ProjectPoolDocument,
  ProjectSource,
  ProjectVote,
} from '../../shared/domain';
import { batchName } from '../../shared/logic/projects/batches';
import { voteResult } from '../../shared/logic/projects/votes';
import { addDays } from '../../shared/logic/shanghai-time';
import { opinionsDocName, PROJECT_POOL_DOC } from '../storage/documents';
import { readPool, writePool } from '../services/project-pool-store';
import type { ServiceContext } from '../services/service-context';

/*
 * The sample district's project pool, as the articles tell it: batch 1 held 355 projects in four
 * categories, 341 finished in the half-year (96%); the 14 unfinished were carried into batch 2 with 88
 * new ones (102). Batch 2's 方便市民出行 projects were chosen by a 差额票决 (6 candidates, 4 places).
 * The parking project answers the street meeting's 停车 item and shows its effect on the sample work
 * orders (停车管理 261 → 138, January–February 2024 against 2025). Names are invented.
 */

const BY = '示例数据';
const OPENED_AT = '2024-01-02T09:00:00+08:00';

/** [category, batch 1 planned, batch 1 finished, batch 2 new]. */
const PLAN: ReadonlyArray<readonly [ProjectCategory, number, number, number]> = [
  ['living', 87, 83, 30],
  ['safety', 96, 91, 27],
  ['environment', 111, 106, 17],
  ['travel', 61, 61, 14],
];

const WORKS: Record<ProjectCategory, readonly string[]> = {
  living: ['加装电梯', '老旧小区综合整治', '楼道照明改造', '屋面防水修缮', '上下水管线改造', '适老化改造'],
  safety: ['消防通道划线', '电动自行车集中充电棚', '监控探头补装', '燃气管线隐患整改', '地下室安全整治'],
  environment: ['口袋公园建设', '垃圾分类驿站', '绿地补植', '背街小巷整治', '健身器材更新', '公共厕所改造'],
  travel: ['停车位挖潜', '人行道修缮', '无障碍坡道改造', '公交站台改造', '慢行系统完善'],
};

const LEAD: Record<ProjectCategory, string> = {
  living: '房屋管理所',
  safety: '平安建设办公室',
  environment: '城市管理办公室',
  travel: '交通支队方庄大队',
};

const PLACES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['方庄街道', ['芳古园一区社区', '芳城园一区社区', '芳星园二区社区', '芳群园第一社区']],
  ['东花市街道', ['东花市北里社区', '广渠门外南里社区']],
  ['龙潭街道', ['龙潭北里社区', '夕照寺社区']],
  ['天坛街道', ['金鱼池社区', '西革新里社区']],
  ['永定门外街道', ['安乐林社区', '革新西里社区']],
];

function dayOf(start: string, n: number): string {
  return addDays(start, n);
}

interface Built {
  batches: ProjectBatch[];
  projects: Project[];
  votes: ProjectVote[];
}

function history(at: string, kind: ProjectHistoryEntry['kind'], note = ''): ProjectHistoryEntry {
  return { at, by: BY, kind, note };
}

function build(
  newId: (prefix: string) => string,
  firstNumber: number,
  parkingSource: ProjectSource | null,
): Built {
  const one: ProjectBatch = {
    id: newId('pb'),
    number: firstNumber,
    name: `2024年${batchName(firstNumber)}（示例）`,
    openedOn: '2024-01-01',
    closedOn: '2024-06-30',
    notes: '',
    sample: true,
  };
  const two: ProjectBatch = {
    id: newId('pb'),
    number: firstNumber + 1,
    name: `2024年${batchName(firstNumber + 1)}（示例）`,
    openedOn: '2024-07-01',
    closedOn: null,
    notes: '',
    sample: true,
  };
  const projects: Project[] = [];
  let serial = 0;
  const make = (
    category: ProjectCategory,
    i: number,
    batch: ProjectBatch,
    finished: boolean,
    late: boolean,
  ): Project => {
    serial += 1;
    const [town, communities] = PLACES[(serial * 7) % PLACES.length]!;
    const community = communities[serial % communities.length]!;
    const work = WORKS[category][i % WORKS[category].length]!;
    const inOne = batch === one;
    const deadline = inOne ? dayOf('2024-03-31', (serial % 4) * 30) : dayOf('2024-09-30', (serial % 3) * 30);
    const completedOn = finished ? dayOf(deadline, late ? 5 + (serial % 15) : -(3 + (serial % 25))) : null;
    const createdAt = inOne ? OPENED_AT : '2024-07-02T09:00:00+08:00';
    const planned = 50_000 + ((serial * 37_000) % 2_500_000);
    return {
      code: `SL-${inOne ? '2024A' : '2024B'}-${String(serial).padStart(3, '0')}`,
      name: `${community.replace(/社区$/, '')}${work}`,
      category,
      town,
      community,
      leadUnit: LEAD[category],
      coUnits: serial % 3 === 0 ? ['社区居委会'] : [],
      fundsPlannedYuan: planned,
      fundsSpentYuan: finished ? planned : Math.round(planned * 0.4),
      deadline,
      stage: finished ? 'evaluate' : 'implement',
      progress: finished ? 100 : 30 + (serial % 6) * 10,
      completedOn,
      tasks: [],
      sources: [],
      effect: null,
      notes: '',
      id: newId('pj'),
      batchIds: [batch.id],
      importId: null,
      createdAt,
      history: [
        history(createdAt, 'created'),
        ...(completedOn ? [history(`${completedOn}T17:00:00+08:00`, 'completed', completedOn)] : []),
      ],
      revision: completedOn ? 1 : 0,
      sample: true,
    };
  };

  for (const [category, planned, finished] of PLAN) {
    for (let i = 0; i < planned; i++) {
      // The unfinished ones spread through the list; two of the finished ones in each category late.
      const unfinished = planned - finished;
      const step = unfinished > 0 ? Math.floor(planned / unfinished) : planned + 1;
      const isUnfinished = i % step === 1 && Math.floor(i / step) < unfinished;
      projects.push(make(category, i, one, !isUnfinished, !isUnfinished && i % 40 === 7));
    }
  }
  const parking = projects.find((p) => p.category === 'travel' && p.completedOn !== null)!;
  Object.assign(parking, {
    name: '芳城园片区停车秩序综合治理',
    town: '方庄街道',
    community: '芳城园一区社区',
    leadUnit: '城市管理办公室',
    coUnits: ['交通支队方庄大队', '芳城园一区社区居委会'],
    sources: parkingSource ? [parkingSource] : [],
    effect: {
      category: '停车管理',
      before: { from: '2024-01-01', to: '2024-02-29' },
      after: { from: '2025-01-01', to: '2025-02-28' },
    },
  });

  const carriedAt = '2024-06-30T18:00:00+08:00';
  for (const p of projects) {
    if (p.completedOn !== null) continue;
    p.batchIds = [one.id, two.id];
    p.history = [...p.history, history(carriedAt, 'carried', `${one.name} → ${two.name}`)];
    p.revision += 1;
  }

  const candidates: Project[] = [];
  for (const [category, , , fresh] of PLAN) {
    // The travel projects were put to the vote: two more candidates than places, the two left out stay listed.
    for (let i = 0; i < fresh; i++) {
      const p = make(category, i + 3, two, i % 3 === 0, false);
      projects.push(p);
      if (category === 'travel' && i < 6) candidates.push(p);
    }
  }

  const tallies = [41, 37, 33, 29, 18, 11];
  const draftVote: ProjectVote = {
    id: newId('vote'),
    batchId: two.id,
    title: '第二批方便市民出行类项目差额票决',
    places: 4,
    candidateIds: candidates.map((p) => p.id),
    method: 'tally',
    meetingId: null,
    tallies: candidates.map((p, i) => ({ projectId: p.id, votes: tallies[i]! })),
    phoneBallots: [],
    voters: 45,
    counters: ['王建国', '李秀英'],
    state: 'closed',
    openedAt: '2024-07-10T14:30:00+08:00',
    closedAt: '2024-07-10T16:00:00+08:00',
    result: null,
    by: BY,
    sample: true,
  };
  const vote: ProjectVote = { ...draftVote, result: voteResult(draftVote) };
  const chosen = new Set(vote.result!.chosen);
  candidates.forEach((p, i) => {
    const picked = chosen.has(p.id);
    p.history = [
      ...p.history,
      history(vote.closedAt!, picked ? 'chosen' : 'notChosen', `${vote.title}：${tallies[i]} 票`),
    ];
    p.revision += 1;
    if (!picked) {
      Object.assign(p, { stage: 'apply', progress: 0, completedOn: null, fundsSpentYuan: null });
    }
  });
  return { batches: [one, two], projects, votes: [vote] };
}

/** The street meeting's parking item (a group of the 准备 stage), when the sample has one. */
function parkingGroup(ctx: ServiceContext, meetingId: string | null): ProjectSource | null {
  if (!meetingId) return null;
  const set = ctx.repo.get(opinionsDocName(meetingId));
  const group = set?.groups.find((g) => g.title.includes('停车'));
  return group ? { kind: 'group', meetingId, refId: group.id, label: group.title } : null;
}

/**
 * Adds the sample pool next to the user's. A pool with a batch of the user's still open is left alone
 * (one batch runs at a time and the sample's second batch is open): the count says 0 then.
 */
export async function installSampleProjects(
  ctx: ServiceContext,
  streetMeetingId: string | null,
): Promise<number> {
  if (readPool(ctx).batches.some((b) => b.closedOn === null)) return 0;
  const source = parkingGroup(ctx, streetMeetingId);
  return writePool(ctx, (pool) => {
    if (pool.batches.some((b) => b.closedOn === null)) return { next: pool, result: 0 };
    const first = pool.batches.reduce((max, b) => Math.max(max, b.number), 0) + 1;
    const built = build(ctx.newId, first, source);
    return {
      next: {
        ...pool,
        batches: [...pool.batches, ...built.batches],
        projects: [...pool.projects, ...built.projects],
        votes: [...pool.votes, ...built.votes],
      },
      result: built.projects.length,
    };
  });
}

export function hasSampleProjects(pool: ProjectPoolDocument): boolean {
  return pool.batches.some((b) => b.sample) || pool.projects.some((p) => p.sample);
}

/**
 * Takes the sample's batches, projects and votes away. A sample batch the user added a project or a
 * vote to stays, as the user's; a user's project carried through a sample batch keeps it too. When
 * nothing is left the pool document goes, as if the sample had never been there.
 */
export async function removeSampleProjects(ctx: ServiceContext): Promise<number> {
  const pool = readPool(ctx);
  if (!hasSampleProjects(pool)) return 0;
  const removed = await writePool(ctx, (current) => {
    const projects = current.projects.filter((p) => !p.sample);
    const votes = current.votes.filter((v) => !v.sample);
    const used = new Set<string>([
      ...projects.flatMap((p) => p.batchIds),
      ...votes.map((v) => v.batchId),
      ...current.imports.map((r) => r.batchId),
    ]);
    const batches = current.batches.flatMap((b) => {
      if (!b.sample) return [b];
      if (!used.has(b.id)) return [];
      const { sample: _sample, ...own } = b;
      return [own];
    });
    return {
      next: { ...current, batches, projects, votes },
      result: current.projects.length - projects.length,
    };
  });
  const after = readPool(ctx);
  const empty =
    after.batches.length + after.projects.length + after.votes.length + after.imports.length === 0;
  if (empty && ctx.repo.get(PROJECT_POOL_DOC) !== undefined) await ctx.repo.remove(PROJECT_POOL_DOC);
  return removed;
}
