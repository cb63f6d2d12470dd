import { CommunityKind, DepartmentKind } from '../../../shared/domain';
import { call } from '../../data/call';
import { useOffice } from '../../data/queries';
import { DirectoryCard, type DirectoryOps } from './DirectoryCard';

const communityOps: DirectoryOps<CommunityKind> = {
  prefix: 'communities',
  kinds: CommunityKind.options,
  defaultKind: 'community',
  withContact: false,
  create: (name, kind) => call('communities.create', { name, kind }),
  update: (id, { name, kind }) => call('communities.update', { id, name, kind }),
  remove: (id) => call('communities.delete', { id }),
  reorder: (ids) => call('communities.reorder', { ids }),
  merge: (sourceId, targetId) => call('communities.merge', { sourceId, targetId }),
};

const departmentOps: DirectoryOps<DepartmentKind> = {
  prefix: 'departments',
  kinds: DepartmentKind.options,
  defaultKind: 'section',
  withContact: true,
  create: (name, kind) => call('departments.create', { name, kind }),
  update: (id, patch) => call('departments.update', { id, ...patch }),
  remove: (id) => call('departments.delete', { id }),
  reorder: (ids) => call('departments.reorder', { ids }),
  merge: (sourceId, targetId) => call('departments.merge', { sourceId, targetId }),
};

export function CommunitiesCard() {
  const office = useOffice();
  return (
    <DirectoryCard items={office.data?.communities ?? []} loading={office.isLoading} ops={communityOps} />
  );
}

export function DepartmentsCard() {
  const office = useOffice();
  return (
    <DirectoryCard items={office.data?.departments ?? []} loading={office.isLoading} ops={departmentOps} />
  );
}
