import {
  emptyProjectPool,
  type Project,
  type ProjectBatch,
  type ProjectCategory,
  type ProjectPoolDocument,
  type ProjectVote,
} from '../../shared/domain/project';

export const AT = '2024-07-15T10:00:00+08:00';
export const BY = '王敏';

/** A context whose ids count up per prefix (pj-n1, pb-n1…) apart from the builder's own, so tests can name what they will get. */
export function context(today = '2024-07-15', at = AT) {
  const counters = new Map<string, number>();
  return {
    at,
    by: BY,
    today,
    newId: (prefix: string) => {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-n${n}`;
    },
  };
}

let serial = 0;

export function makeProject(overrides: Partial<Project> = {}): Project {
  serial += 1;
  return {
    id: `pj-${serial}`,
    code: '',
    name: `项目${serial}`,
    category: 'living',
    town: '',
    community: '',
    leadUnit: '',
    coUnits: [],
    fundsPlannedYuan: null,
    fundsSpentYuan: null,
    deadline: null,
    stage: 'implement',
    progress: 0,
    completedOn: null,
    tasks: [],
    sources: [],
    effect: null,
    notes: '',
    batchIds: ['pb-1'],
    importId: null,
    createdAt: '2024-01-15T09:00:00+08:00',
    history: [{ at: '2024-01-15T09:00:00+08:00', by: BY, kind: 'created', note: '' }],
    revision: 0,
    ...overrides,
  };
}

export function makeBatch(number: number, overrides: Partial<ProjectBatch> = {}): ProjectBatch {
  return {
    id: `pb-${number}`,
    number,
    name: `第${'一二三四五六七八九'[number - 1] ?? number}批`,
    openedOn: '2024-01-15',
    closedOn: null,
    notes: '',
    ...overrides,
  };
}

export function makeVote(overrides: Partial<ProjectVote> = {}): ProjectVote {
  return {
    id: 'pv-1',
    batchId: 'pb-1',
    title: '民生项目差额票决',
    places: 2,
    candidateIds: ['pj-a', 'pj-b', 'pj-c'],
    method: 'tally',
    meetingId: null,
    tallies: [],
    phoneBallots: [],
    voters: null,
    counters: [],
    state: 'open',
    openedAt: AT,
    closedAt: null,
    result: null,
    by: BY,
    ...overrides,
  };
}

export function makePool(parts: Partial<ProjectPoolDocument> = {}): ProjectPoolDocument {
  return { ...emptyProjectPool(), ...parts };
}

/**
 * `planned` projects of one category in a batch, the first `completed` of them finished on `completedOn`.
 * Extra fields (town, deadline…) apply to every one.
 */
export function projectsOf(
  category: ProjectCategory,
  planned: number,
  completed: number,
  batchId: string,
  extra: Partial<Project> = {},
  completedOn = '2024-06-30',
): Project[] {
  return Array.from({ length: planned }, (_, i) =>
    makeProject({
      category,
      batchIds: [batchId],
      completedOn: i < completed ? completedOn : null,
      progress: i < completed ? 100 : 50,
      ...extra,
    }),
  );
}
