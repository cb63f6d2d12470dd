import { describe, expect, it } from 'vitest';
import { QuestionState } from '../../shared/domain';
import { SUMMARY_STATES, departmentRows } from '../../renderer/screens/live/wrap-up/summary-rows';

describe('summary lines', () => {
  it('name every question state once', () => {
    expect([...SUMMARY_STATES].sort()).toEqual([...QuestionState.options].sort());
  });
});

describe('departmentRows', () => {
  const departments = [
    { id: 'd1', name: '城管科' },
    { id: 'd2', name: '平安建设办' },
    { id: 'd3', name: '社区建设办' },
  ];

  it('names each lead department, most commitments first', () => {
    const rows = departmentRows(
      {
        byDepartment: [
          { departmentId: 'd1', count: 1 },
          { departmentId: 'd2', count: 3 },
          { departmentId: 'd3', count: 1 },
        ],
      },
      departments,
    );
    // Ties by name in Chinese collation order: 城 (chéng) before 社 (shè).
    expect(rows.map((r) => [r.name, r.count])).toEqual([
      ['平安建设办', 3],
      ['城管科', 1],
      ['社区建设办', 1],
    ]);
    expect(rows[0]).toEqual({ departmentId: 'd2', name: '平安建设办', count: 3 });
  });

  it('keeps a department removed since, without a name', () => {
    expect(departmentRows({ byDepartment: [{ departmentId: 'gone', count: 2 }] }, departments)).toEqual([
      { departmentId: 'gone', name: null, count: 2 },
    ]);
  });

  it('is empty without commitments', () => {
    expect(departmentRows({ byDepartment: [] }, departments)).toEqual([]);
  });
});
