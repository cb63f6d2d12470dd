import { describe, expect, it } from 'vitest';
import { ProjectTerms } from '../../shared/domain/project';
import { applyProjectPatch, newProject, normalizeTerms } from '../../shared/logic/projects/project-edits';
import { AT, BY, context, makeProject } from './pool-builder';

const terms = (extra: Partial<ProjectTerms> = {}): ProjectTerms =>
  ProjectTerms.parse({ name: '加装电梯', category: 'living', ...extra });

describe('normalizeTerms', () => {
  it('makes a finished project 100% and past 实施', () => {
    const t = normalizeTerms(terms({ completedOn: '2024-06-20', progress: 80, stage: 'implement' }));
    expect(t).toMatchObject({ progress: 100, stage: 'supervise', completedOn: '2024-06-20' });
    expect(normalizeTerms(terms({ completedOn: '2024-06-20', stage: 'evaluate' })).stage).toBe('evaluate');
    expect(normalizeTerms(terms({ completedOn: '2024-06-20', stage: 'supervise' })).stage).toBe('supervise');
  });
  it('leaves 100% without a day finished unfinished, and returns consistent terms unchanged', () => {
    const t = terms({ progress: 100, stage: 'implement' });
    expect(normalizeTerms(t)).toBe(t);
    expect(t.completedOn).toBeNull();
  });
  it('names each co-unit once and not the lead unit', () => {
    const t = normalizeTerms(
      terms({ leadUnit: '城管办', coUnits: ['住建委', '城管办', ' 住建委 ', '居委会'] }),
    );
    expect(t.coUnits).toEqual(['住建委', '居委会']);
  });
  it('keeps the tasks’ own dates', () => {
    const tasks = [{ id: 'tk-1', title: '施工', due: '2024-03-01', doneOn: null }];
    expect(normalizeTerms(terms({ tasks, completedOn: '2024-06-20' })).tasks).toEqual(tasks);
  });
});

describe('newProject', () => {
  it('puts the project in its batch with its history begun', () => {
    const p = newProject(
      { name: '非机动车停放区', category: 'travel', batchId: 'pb-2', completedOn: '2024-05-01' },
      context(),
      'imported',
      'pi-1',
    );
    expect(p).toMatchObject({
      id: 'pj-n1',
      batchIds: ['pb-2'],
      importId: 'pi-1',
      createdAt: AT,
      revision: 0,
      progress: 100,
      history: [{ at: AT, by: BY, kind: 'imported', note: '' }],
    });
    expect(p).not.toHaveProperty('batchId');
  });
});

describe('applyProjectPatch', () => {
  const project = makeProject({
    name: '加装电梯',
    category: 'living',
    stage: 'implement',
    progress: 60,
    revision: 3,
    leadUnit: '城管办',
  });

  it('returns the same object when nothing changes', () => {
    expect(applyProjectPatch(project, {}, context())).toBe(project);
    expect(applyProjectPatch(project, { name: '加装电梯', progress: 60 }, context())).toBe(project);
  });

  it('records each changed field from → to and raises the revision once', () => {
    const p = applyProjectPatch(
      project,
      { name: '老旧小区加装电梯', category: 'safety', stage: 'supervise', fundsPlannedYuan: 1200000 },
      context(),
    );
    expect(p.revision).toBe(4);
    expect(p.history.slice(1)).toEqual([
      { at: AT, by: BY, kind: 'edited', note: '项目名称：加装电梯 → 老旧小区加装电梯' },
      { at: AT, by: BY, kind: 'edited', note: '类别：改善居住条件 → 保障公共安全' },
      { at: AT, by: BY, kind: 'edited', note: '计划资金：（空） → 1200000 元' },
      { at: AT, by: BY, kind: 'stage', note: '阶段：实施 → 监督' },
    ]);
    expect(p).toMatchObject({ name: '老旧小区加装电梯', category: 'safety', stage: 'supervise' });
    expect(project.history).toHaveLength(1);
  });

  it('records a progress change', () => {
    const p = applyProjectPatch(project, { progress: 80 }, context());
    expect(p.history.at(-1)).toMatchObject({ kind: 'progress', note: '进度：60% → 80%' });
  });

  it('marks a completion, with progress brought to 100%, and a reopening', () => {
    const done = applyProjectPatch(project, { completedOn: '2024-06-20' }, context());
    expect(done.history.slice(1).map((h) => [h.kind, h.note])).toEqual([
      ['stage', '阶段：实施 → 监督'],
      ['progress', '进度：60% → 100%'],
      ['completed', '完成日期：（空） → 2024-06-20'],
    ]);
    const reopened = applyProjectPatch(done, { completedOn: null }, context());
    expect(reopened.history.at(-1)).toMatchObject({
      kind: 'reopened',
      note: '完成日期：2024-06-20 → （空）',
    });
    expect(reopened.revision).toBe(5);
    const moved = applyProjectPatch(done, { completedOn: '2024-06-25' }, context());
    expect(moved.history.at(-1)).toMatchObject({ kind: 'edited', note: '完成日期：2024-06-20 → 2024-06-25' });
  });

  it('writes co-units and tasks in words', () => {
    const p = applyProjectPatch(
      project,
      {
        coUnits: ['住建委', '城管办', '居委会'],
        tasks: [{ id: 'tk-1', title: '征求意见', due: '2024-02-28', doneOn: null }],
      },
      context(),
    );
    expect(p.coUnits).toEqual(['住建委', '居委会']);
    expect(p.history.slice(1).map((h) => h.note)).toEqual([
      '协同单位：（空） → 住建委、居委会',
      '任务：（空） → 征求意见（2024-02-28 前）',
    ]);
  });
});
