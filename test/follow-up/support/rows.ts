import type { FollowUpRow } from '../../../shared/domain';

let n = 0;
export function makeRow(o: Partial<FollowUpRow> = {}): FollowUpRow {
  n++;
  return {
    id: `r${n}`,
    meetingId: 'm1',
    title: '事项',
    listType: 'deadline',
    leadDepartmentId: 'd1',
    coDepartmentIds: [],
    owner: '',
    deadline: '2025-03-20',
    nextMilestone: null,
    communityId: null,
    sourceKind: 'commitment',
    state: 'assigned',
    overdue: false,
    finishedOn: null,
    verdict: null,
    callbackDue: null,
    unanswered: 0,
    meetingDate: '2025-03-05',
    revision: 1,
    ...o,
  };
}
