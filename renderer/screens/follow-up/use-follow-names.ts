import { useMemo } from 'react';
import type { Names } from '../../../shared/logic/follow-up/views';
import { useMeetingList, useOffice } from '../../data/queries';

/** Department, community and meeting names for the lists, sorting and grouping. */
export function useFollowNames() {
  const office = useOffice();
  const meetings = useMeetingList('');
  const departments = useMemo(() => office.data?.departments ?? [], [office.data]);
  const communities = useMemo(() => office.data?.communities ?? [], [office.data]);
  const names = useMemo<Names>(
    () => ({
      departments: new Map(departments.map((d) => [d.id, d.name])),
      communities: new Map(communities.map((c) => [c.id, c.name])),
      meetings: new Map((meetings.data ?? []).map((m) => [m.id, m.title])),
    }),
    [departments, communities, meetings.data],
  );
  return { names, departments, communities };
}
