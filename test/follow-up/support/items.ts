import { FollowUpAction, FollowUpItem, type FollowUpAction as ActionInput } from '../../../shared/domain';
import type { ActContext } from '../../../shared/logic/follow-up/workflow';
import { applyAction } from '../../../shared/logic/follow-up/workflow';

export function makeItem(overrides: Partial<FollowUpItem> = {}): FollowUpItem {
  return FollowUpItem.parse({
    id: 'item-1',
    meetingId: 'meeting-1',
    source: { kind: 'manual' },
    title: '幸福里小区 3 号楼电梯经常停运',
    listType: 'deadline',
    leadDepartmentId: 'dept-housing',
    deadline: '2025-03-20',
    state: 'assigned',
    createdAt: '2025-03-05T10:00:00+08:00',
    createdBy: '工作人员',
    ...overrides,
  });
}

let seq = 0;
export function ctx(overrides: Partial<ActContext> = {}): ActContext {
  return {
    at: '2025-03-10T09:00:00+08:00',
    by: '工作人员',
    newId: (prefix) => `${prefix}-${++seq}`,
    today: '2025-03-10',
    ...overrides,
  };
}

/** Applies the action (parsed as the services would) and fails loudly when refused. */
export function act(item: FollowUpItem, action: ActionInput, c: ActContext = ctx()): FollowUpItem {
  const outcome = applyAction(item, FollowUpAction.parse(action), c);
  if (!outcome.ok) throw new Error(`refused: ${outcome.message}`);
  return outcome.item;
}

export function refusal(item: FollowUpItem, action: ActionInput, c: ActContext = ctx()): string {
  const outcome = applyAction(item, FollowUpAction.parse(action), c);
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.message;
}
