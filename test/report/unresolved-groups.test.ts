import { describe, expect, it } from 'vitest';
import { unresolvedItemIds } from '../../shared/logic/unresolved-groups';
import { ALL_COLUMNS, group, opinion, withoutColumn } from './support';

describe('unresolved 重大事项', () => {
  const solved = opinion({ resolved: true });
  const open = opinion({ resolved: false });
  const blank = opinion({ resolved: null });
  const groups = [
    group({ id: 'all-solved', kind: 'item', title: '甲', opinionIds: [solved.id] }),
    group({ id: 'one-open', kind: 'item', title: '乙', opinionIds: [solved.id, open.id] }),
    group({ id: 'one-blank', kind: 'item', title: '丙', opinionIds: [blank.id] }),
    group({ id: 'task-open', kind: 'task', title: '丁', opinionIds: [open.id] }),
  ];

  it('an item is unresolved when any of its opinions is not shown resolved; tasks are not items', () => {
    expect(unresolvedItemIds(groups, [solved, open, blank], ALL_COLUMNS)).toEqual(['one-open', 'one-blank']);
  });

  it('a sheet without a 解决情况 column makes no item unresolved', () => {
    expect(unresolvedItemIds(groups, [solved, open, blank], withoutColumn('resolved'))).toEqual([]);
  });
});
