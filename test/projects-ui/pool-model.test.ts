import { describe, expect, it } from 'vitest';
import { Project, ProjectBatch } from '../../shared/domain/project';
import {
  carriedThrough,
  carryPreview,
  changedTerms,
  defaultBatchId,
  defaultEffectSpans,
  filterProjects,
  formatDay,
  formatEffectChange,
  NO_FILTER,
  termsOf,
  townsOf,
} from '../../renderer/screens/projects/pool/pool-model';

const batch = (id: string, number: number, closedOn: string | null) =>
  ProjectBatch.parse({ id, number, name: `第${number}批`, openedOn: '2024-01-15', closedOn });

const project = (id: string, overrides: Partial<Project> = {}) =>
  Project.parse({
    id,
    name: `项目${id}`,
    category: 'living',
    batchIds: ['b1'],
    createdAt: '2024-01-15T00:00:00.000Z',
    ...overrides,
  });

const pool = [
  project('p1', { code: 'DC-001', town: '东华门街道', completedOn: '2024-05-01', deadline: '2024-06-30' }),
  project('p2', { town: '景山街道', category: 'safety', completedOn: '2024-07-03', deadline: '2024-06-30' }),
  project('p3', { town: '东华门街道', category: 'safety', deadline: '2024-06-30', stage: 'implement' }),
  project('p4', { batchIds: ['b1', 'b2'], category: 'travel', deadline: '2025-06-30' }),
];

describe('the batch a tab opens on', () => {
  it('is the open batch, else the latest, else none', () => {
    expect(defaultBatchId([batch('b1', 1, '2024-07-15'), batch('b2', 2, null)])).toBe('b2');
    expect(defaultBatchId([batch('b2', 2, '2025-01-01'), batch('b1', 1, '2024-07-15')])).toBe('b2');
    expect(defaultBatchId([])).toBeNull();
  });
});

describe('the project filters', () => {
  const ids = (rows: Project[]) => rows.map((p) => p.id);
  it('keeps a carried project in every batch it was listed in', () => {
    expect(ids(filterProjects(pool, 'b1', NO_FILTER, '2024-08-01'))).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(ids(filterProjects(pool, 'b2', NO_FILTER, '2024-08-01'))).toEqual(['p4']);
  });
  it('filters by completion: finished (late included), unfinished, late, overdue', () => {
    const by = (status: typeof NO_FILTER.status) =>
      ids(filterProjects(pool, 'b1', { ...NO_FILTER, status }, '2024-08-01'));
    expect(by('finished')).toEqual(['p1', 'p2']);
    expect(by('unfinished')).toEqual(['p3', 'p4']);
    expect(by('late')).toEqual(['p2']);
    expect(by('overdue')).toEqual(['p3']);
  });
  it('filters by category, 街镇, stage, and searches name or code', () => {
    const f = (patch: Partial<typeof NO_FILTER>) =>
      ids(filterProjects(pool, 'b1', { ...NO_FILTER, ...patch }, '2024-08-01'));
    expect(f({ category: 'safety', town: '东华门街道' })).toEqual(['p3']);
    expect(f({ stage: 'implement' })).toEqual(['p3']);
    expect(f({ search: 'dc-001' })).toEqual(['p1']);
    expect(f({ search: '项目p4' })).toEqual(['p4']);
  });
  it('lists the 街镇 in order of first appearance', () => {
    expect(townsOf(pool)).toEqual(['东华门街道', '景山街道']);
  });
});

describe('carry-over', () => {
  it('names the batches a carried project passed through', () => {
    const batches = [batch('b1', 1, '2024-07-15'), batch('b2', 2, null)];
    expect(carriedThrough(pool[3]!, batches)).toEqual(['第1批', '第2批']);
    expect(carriedThrough(pool[0]!, batches)).toEqual([]);
  });
  it('counts what closing a batch would carry, by category, only projects standing in it', () => {
    expect(carryPreview(pool, 'b1')).toEqual({ total: 1, byCategory: [{ category: 'safety', count: 1 }] });
    expect(carryPreview(pool, 'b2')).toEqual({ total: 1, byCategory: [{ category: 'travel', count: 1 }] });
  });
});

describe('成效 and dates', () => {
  it('compares the calendar year before the deadline with the deadline year', () => {
    expect(defaultEffectSpans('2024-06-30', '2026-12-02')).toEqual({
      before: { from: '2023-01-01', to: '2023-12-31' },
      after: { from: '2024-01-01', to: '2024-12-31' },
    });
    expect(defaultEffectSpans(null, '2026-12-02').after.from).toBe('2026-01-01');
  });
  it('writes the change with a true minus sign and no figure when unknown', () => {
    expect(formatEffectChange(138 / 261 - 1)).toBe('−47.1%');
    expect(formatEffectChange(0.12)).toBe('+12.0%');
    expect(formatEffectChange(null)).toBeNull();
  });
  it('writes days the Chinese way in Chinese', () => {
    expect(formatDay('2024-01-15', 'zh-CN')).toBe('2024年1月15日');
    expect(formatDay('2024-01-15', 'en-US')).toBe('2024-01-15');
  });
});

describe('the edit form', () => {
  it('sends only the fields changed', () => {
    const before = termsOf(pool[0]!);
    expect(changedTerms(before, { ...before, progress: 80, coUnits: ['城管'] })).toEqual({
      progress: 80,
      coUnits: ['城管'],
    });
    expect(changedTerms(before, { ...before })).toEqual({});
  });
  it('starts a new project blank, in 申报 at 0%', () => {
    expect(termsOf(null)).toMatchObject({ name: '', stage: 'apply', progress: 0, completedOn: null });
  });
});
