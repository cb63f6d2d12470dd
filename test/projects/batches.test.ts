import { describe, expect, it } from 'vitest';
import { batchName, closeBatch, openBatch } from '../../shared/logic/projects/batches';
import { AT, BY, context, makeBatch, makePool, makeProject, makeVote } from './pool-builder';

describe('batchName', () => {
  it('writes the number in Chinese numerals', () => {
    expect([1, 2, 9, 10, 11, 12, 19, 20, 21, 35, 99].map(batchName)).toEqual([
      '第一批',
      '第二批',
      '第九批',
      '第十批',
      '第十一批',
      '第十二批',
      '第十九批',
      '第二十批',
      '第二十一批',
      '第三十五批',
      '第九十九批',
    ]);
    expect(batchName(100)).toBe('第100批');
  });
});

describe('openBatch', () => {
  it('opens 第一批 on an empty pool, today by default', () => {
    const { pool, batch } = openBatch(makePool(), {}, context('2024-01-15'));
    expect(batch).toMatchObject({
      id: 'pb-n1',
      number: 1,
      name: '第一批',
      openedOn: '2024-01-15',
      closedOn: null,
    });
    expect(pool.batches).toEqual([batch]);
  });
  it('numbers after the highest and takes a given name and day', () => {
    const pool = makePool({ batches: [makeBatch(1, { closedOn: '2024-07-15' })] });
    const { batch } = openBatch(pool, { name: ' 2025年项目 ', openedOn: '2025-01-02' }, context());
    expect(batch).toMatchObject({ number: 2, name: '2025年项目', openedOn: '2025-01-02' });
  });
  it('is refused while another batch is open', () => {
    const pool = makePool({ batches: [makeBatch(1)] });
    expect(() => openBatch(pool, {}, context())).toThrow(/第一批还没有结束/);
  });
});

describe('closeBatch', () => {
  const done = makeProject({ id: 'pj-done', completedOn: '2024-06-01', progress: 100 });
  const open1 = makeProject({ id: 'pj-open', progress: 60 });
  const elsewhere = makeProject({ id: 'pj-old', batchIds: ['pb-0'] });

  it('carries the unfinished into a new batch opened on the close day, with a history entry', () => {
    const pool = makePool({ batches: [makeBatch(1)], projects: [done, open1, elsewhere] });
    const result = closeBatch(pool, 'pb-1', { closedOn: '2024-07-15' }, context());
    expect(result.carried).toBe(1);
    expect(result.closed.closedOn).toBe('2024-07-15');
    expect(result.next).toMatchObject({ id: 'pb-n1', number: 2, name: '第二批', openedOn: '2024-07-15' });
    const [d, o, e] = result.pool.projects;
    expect(d).toBe(done);
    expect(e).toBe(elsewhere);
    expect(o!.batchIds).toEqual(['pb-1', result.next.id]);
    expect(o!.history.at(-1)).toEqual({ at: AT, by: BY, kind: 'carried', note: '第一批 → 第二批' });
    expect(o!.revision).toBe(open1.revision + 1);
    expect(result.pool.batches.map((b) => [b.number, b.closedOn])).toEqual([
      [1, '2024-07-15'],
      [2, null],
    ]);
  });
  it('takes the next name when given and closes today by default', () => {
    const pool = makePool({ batches: [makeBatch(1)], projects: [open1] });
    const result = closeBatch(pool, 'pb-1', { nextName: '下半年项目' }, context('2024-08-01'));
    expect(result.closed.closedOn).toBe('2024-08-01');
    expect(result.next.name).toBe('下半年项目');
    expect(result.pool.projects[0]!.history.at(-1)!.note).toBe('第一批 → 下半年项目');
  });
  it('carries into an open batch after it instead of opening another', () => {
    const pool = makePool({ batches: [makeBatch(1), makeBatch(2)], projects: [open1] });
    const result = closeBatch(pool, 'pb-1', {}, context());
    expect(result.next.id).toBe('pb-2');
    expect(result.pool.batches).toHaveLength(2);
    expect(result.pool.projects[0]!.batchIds).toEqual(['pb-1', 'pb-2']);
  });
  it('is refused for an unknown batch, a closed one, one with an open vote, or a day before it opened', () => {
    const pool = makePool({ batches: [makeBatch(1), makeBatch(2, { closedOn: '2024-07-15' })] });
    expect(() => closeBatch(pool, 'pb-9', {}, context())).toThrow(/找不到/);
    expect(() => closeBatch(pool, 'pb-2', {}, context())).toThrow(/第二批已于 2024-07-15 结束/);
    const voting = { ...pool, votes: [makeVote({ title: '上半年票决' })] };
    expect(() => closeBatch(voting, 'pb-1', {}, context())).toThrow(/票决「上半年票决」还没有结束/);
    expect(() => closeBatch(pool, 'pb-1', { closedOn: '2023-12-31' }, context())).toThrow(/早于/);
  });
  it('closes with a closed vote', () => {
    const pool = makePool({ batches: [makeBatch(1)], votes: [makeVote({ state: 'closed' })] });
    expect(closeBatch(pool, 'pb-1', {}, context()).carried).toBe(0);
  });
});
