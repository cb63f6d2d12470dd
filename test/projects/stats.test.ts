import { describe, expect, it } from 'vitest';
import type { Project, ProjectCategory } from '../../shared/domain/project';
import { closeBatch } from '../../shared/logic/projects/batches';
import { batchStats } from '../../shared/logic/projects/stats';
import { context, makeBatch, makePool, makeProject, projectsOf } from './pool-builder';

// The district's first batch: 355 projects, 341 finished in the half-year.
const FIRST: Array<[ProjectCategory, number, number]> = [
  ['living', 87, 83],
  ['safety', 96, 91],
  ['environment', 111, 106],
  ['travel', 61, 61],
];
const SECOND_NEW: Array<[ProjectCategory, number]> = [
  ['living', 30],
  ['safety', 27],
  ['environment', 17],
  ['travel', 14],
];

function firstBatch() {
  const projects = FIRST.flatMap(([category, planned, completed]) =>
    projectsOf(category, planned, completed, 'pb-1', { deadline: '2024-06-30' }),
  );
  return makePool({ batches: [makeBatch(1)], projects });
}

function afterCarry() {
  const { pool, next } = closeBatch(firstBatch(), 'pb-1', { closedOn: '2024-07-15' }, context());
  const added = SECOND_NEW.flatMap(([category, n]) => projectsOf(category, n, 0, next.id));
  return { pool: { ...pool, projects: [...pool.projects, ...added] }, next };
}

describe('batchStats', () => {
  it('counts batch 1: 341 of 355 finished, by category 83/87, 91/96, 106/111, 61/61', () => {
    const [first] = batchStats(firstBatch(), '2024-07-01');
    expect(first!.planned).toBe(355);
    expect(first!.completed).toBe(341);
    expect(first!.unfinished).toBe(14);
    expect(first!.rate.num).toBe(341);
    expect(first!.rate.den).toBe(355);
    expect(first!.rate.value).toBeCloseTo(0.96056, 4);
    expect(first!.period).toEqual({ from: '2024-01-15', to: '2024-07-01' });
    expect(first!.carriedOut).toBe(0);
    expect(first!.byCategory.map((c) => [c.category, c.name, c.completed, c.planned])).toEqual([
      ['living', '改善居住条件', 83, 87],
      ['safety', '保障公共安全', 91, 96],
      ['environment', '营造宜居环境', 106, 111],
      ['travel', '方便市民出行', 61, 61],
    ]);
    expect(first!.byCategory.map((c) => c.rate.value)).toEqual([83 / 87, 91 / 96, 106 / 111, 1]);
  });

  it('counts batch 2 as 88 new + 14 carried = 102, by category 34/32/22/14, and leaves batch 1 at 341/355', () => {
    const { pool, next } = afterCarry();
    const [first, second] = batchStats(pool, '2024-12-31');
    expect(first).toMatchObject({ planned: 355, completed: 341, unfinished: 14, carriedOut: 14 });
    expect(first!.period).toEqual({ from: '2024-01-15', to: '2024-07-15' });
    expect(second).toMatchObject({
      batchId: next.id,
      name: '第二批',
      planned: 102,
      newProjects: 88,
      carriedIn: 14,
      completed: 0,
      carriedOut: 0,
    });
    expect(second!.period).toEqual({ from: '2024-07-15', to: '2024-12-31' });
    expect(second!.byCategory.map((c) => c.planned)).toEqual([34, 32, 22, 14]);
    expect(second!.rate).toEqual({ num: 0, den: 102, value: 0 });
  });

  it('counts a carried project finished in batch 2 there only', () => {
    const { pool, next } = afterCarry();
    const carried = pool.projects.find((p) => p.batchIds.length === 2)!;
    const finished: Project = { ...carried, completedOn: '2024-09-01', progress: 100 };
    const projects = pool.projects.map((p) => (p.id === carried.id ? finished : p));
    const [first, second] = batchStats({ ...pool, projects }, '2024-12-31');
    expect(first!.completed).toBe(341);
    expect(first!.carriedOut).toBe(14);
    expect(second!.batchId).toBe(next.id);
    expect(second!.completed).toBe(1);
    expect(second!.unfinished).toBe(101);
  });

  it('counts a late completion as completed and flags it late', () => {
    const projects = [
      makeProject({ deadline: '2024-06-30', completedOn: '2024-07-10', category: 'safety' }),
      makeProject({ deadline: '2024-06-30', completedOn: '2024-06-30', category: 'safety' }),
      makeProject({ deadline: null, completedOn: '2024-07-10', category: 'safety' }),
      makeProject({ deadline: '2024-06-30', completedOn: null, category: 'safety' }),
    ];
    const [first] = batchStats(makePool({ batches: [makeBatch(1)], projects }), '2024-07-31');
    expect(first).toMatchObject({ planned: 4, completed: 3, late: 1 });
    expect(first!.byCategory[1]).toMatchObject({ category: 'safety', completed: 3, late: 1 });
    expect(first!.byCategory[0]).toMatchObject({
      planned: 0,
      completed: 0,
      rate: { num: 0, den: 0, value: null },
    });
  });

  it('lists 街镇 in order of first appearance, a blank one as null, and sums the funds', () => {
    const projects = [
      makeProject({ town: '方庄地区', fundsPlannedYuan: 100, fundsSpentYuan: 50 }),
      makeProject({ town: '  ', fundsPlannedYuan: null, fundsSpentYuan: 20 }),
      makeProject({ town: '东花市街道', completedOn: '2024-05-01', fundsPlannedYuan: 300 }),
      makeProject({ town: '方庄地区', completedOn: '2024-05-01' }),
      makeProject({ town: '' }),
    ];
    const [first] = batchStats(makePool({ batches: [makeBatch(1)], projects }), '2024-07-31');
    expect(first!.byTown.map((t) => [t.name, t.planned, t.completed])).toEqual([
      ['方庄地区', 2, 1],
      [null, 2, 0],
      ['东花市街道', 1, 1],
    ]);
    expect(first!.fundsPlannedYuan).toBe(400);
    expect(first!.fundsSpentYuan).toBe(70);
  });

  it('gives batches in their number order', () => {
    const pool = makePool({ batches: [makeBatch(2), makeBatch(1, { closedOn: '2024-07-15' })] });
    expect(batchStats(pool, '2024-12-31').map((s) => s.batchId)).toEqual(['pb-1', 'pb-2']);
  });
});
