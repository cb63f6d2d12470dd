import { describe, expect, it } from 'vitest';
import type { ProjectEffect } from '../../shared/domain/project';
import { effectFigures, type EffectSource } from '../../shared/logic/projects/effect';

const PARKING: ProjectEffect = {
  category: '停车管理',
  before: { from: '2023-01-01', to: '2023-06-30' },
  after: { from: '2024-01-01', to: '2024-06-30' },
};

type Row = EffectSource['rows'][number];

function rows(n: number, category: string, day: string, prefix: string): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    category,
    receivedAt: `${day}T10:00:00+08:00`,
    workOrderNo: `${prefix}-${i}`,
  }));
}

describe('effectFigures', () => {
  it('gives the article’s 261 → 138 (−47%) with the periods named and the sets counted', () => {
    const sources: EffectSource[] = [
      {
        label: '2023年上半年接诉即办',
        rows: [...rows(261, '停车管理', '2023-03-10', 'A'), ...rows(40, '噪音', '2023-04-01', 'B')],
      },
      {
        label: '2024年上半年接诉即办',
        rows: [...rows(138, '停车管理', '2024-05-02', 'C'), ...rows(9, '噪音', '2024-05-03', 'D')],
      },
      { label: '2022年', rows: rows(50, '停车管理', '2022-05-02', 'E') },
    ];
    const f = effectFigures(PARKING, sources);
    expect(f.before).toEqual({ from: '2023-01-01', to: '2023-06-30', count: 261 });
    expect(f.after).toEqual({ from: '2024-01-01', to: '2024-06-30', count: 138 });
    expect(f.change).toBeCloseTo(-0.4713, 3);
    expect(f.category).toBe('停车管理');
    expect(f.sources).toEqual(['2023年上半年接诉即办', '2024年上半年接诉即办']);
  });

  it('gives null, not 0, for a period no set reaches, and no change', () => {
    const f = effectFigures(PARKING, [{ label: '2024', rows: rows(138, '停车管理', '2024-05-02', 'C') }]);
    expect(f.before.count).toBeNull();
    expect(f.after.count).toBe(138);
    expect(f.change).toBeNull();
    expect(f.sources).toEqual(['2024']);
  });

  it('gives 0 for a period a set reaches without the category; no change from a base of 0', () => {
    const f = effectFigures(PARKING, [
      { label: '2023', rows: rows(5, '噪音', '2023-02-02', 'B') },
      { label: '2024', rows: rows(3, '停车管理', '2024-02-02', 'C') },
    ]);
    expect(f.before.count).toBe(0);
    expect(f.after.count).toBe(3);
    expect(f.change).toBeNull();
  });

  it('counts a work order in two sets once, and rows without a number each', () => {
    const shared = rows(10, '停车管理', '2023-03-10', 'A');
    const blank: Row = { category: '停车管理', receivedAt: '2023-03-11T09:00:00+08:00', workOrderNo: ' ' };
    const f = effectFigures(PARKING, [
      { label: '街道导出', rows: [...shared, blank] },
      { label: '区里导出', rows: [...shared, ...rows(2, '停车管理', '2023-03-12', 'Z'), blank] },
    ]);
    expect(f.before.count).toBe(14);
  });

  it('matches the category trimmed', () => {
    const f = effectFigures({ ...PARKING, category: ' 停车管理 ' }, [
      { label: '2023', rows: rows(4, '停车管理  ', '2023-03-10', 'A') },
    ]);
    expect(f.before.count).toBe(4);
    expect(f.category).toBe('停车管理');
  });

  it('dates a work order by its Beijing day', () => {
    const effect: ProjectEffect = {
      category: '停车管理',
      before: { from: '2023-01-01', to: '2023-12-31' },
      after: { from: '2024-01-01', to: '2024-12-31' },
    };
    const f = effectFigures(effect, [
      {
        label: '跨年',
        rows: [
          { category: '停车管理', receivedAt: '2023-12-31T16:30:00Z', workOrderNo: 'X1' },
          { category: '停车管理', receivedAt: '2023-12-31T15:59:00Z', workOrderNo: 'X2' },
          { category: '停车管理', receivedAt: null, workOrderNo: 'X3' },
        ],
      },
    ]);
    expect(f.before.count).toBe(1);
    expect(f.after.count).toBe(1);
    expect(f.change).toBe(0);
  });
});
