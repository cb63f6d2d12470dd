import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { emptyOffice, OFFICE_LIMITS, type Office } from '../../shared/domain';
import { refusal, value } from '../contract/result-helpers';
import { tempDir } from './helpers';

const now = () => new Date('2025-03-01T02:00:00Z');

function open(dir: string) {
  return openAppServices({ store: new FileDocumentStore({ dir }), dataDir: dir, version: 'test', now });
}

/** An office a few short of both limits, written as an earlier session would have left it. */
async function seedOffice(dir: string, communities: number, departments: number): Promise<void> {
  const office: Office = {
    ...emptyOffice(),
    communities: Array.from({ length: communities }, (_, i) => ({
      id: `c-seed-${i}`,
      name: `第${i + 1}社区`,
      kind: 'community' as const,
    })),
    departments: Array.from({ length: departments }, (_, i) => ({
      id: `d-seed-${i}`,
      name: `第${i + 1}科室`,
      kind: 'section' as const,
      contact: { person: '', phone: '' },
    })),
  };
  const store = new FileDocumentStore({ dir });
  await store.open(() => undefined);
  await store.write('office', office);
  await store.close();
}

// Fsyncs cost milliseconds each: the last few before each limit go through the API, the rest are seeded.
const THROUGH_API = 5;

describe('office limits', () => {
  it('refuses the 1,001st community and department with its own message; the 1,000 acknowledged reopen without a notice', async () => {
    const dir = tempDir('limits-');
    await seedOffice(dir, OFFICE_LIMITS.communities - THROUGH_API, OFFICE_LIMITS.departments - THROUGH_API);
    const app = await open(dir);
    for (let i = OFFICE_LIMITS.communities - THROUGH_API + 1; i <= OFFICE_LIMITS.communities; i++) {
      value(await app.call('communities.create', { name: `第${i}社区` }));
    }
    for (let i = OFFICE_LIMITS.departments - THROUGH_API + 1; i <= OFFICE_LIMITS.departments; i++) {
      value(await app.call('departments.create', { name: `第${i}科室` }));
    }

    const community = refusal(await app.call('communities.create', { name: '第1001社区' }));
    expect(community.code).toBe('limit_reached');
    expect(community.message).toContain('社区最多 1,000 个');
    const department = refusal(await app.call('departments.create', { name: '第1001科室' }));
    expect(department.code).toBe('limit_reached');
    expect(department.message).toContain('部门最多 1,000 个');
    const before = value(await app.call('office.get', {}));
    await app.close();

    const again = await open(dir);
    expect(value(await again.call('app.info', {})).notices).toEqual([]);
    const office = value(await again.call('office.get', {}));
    expect(office).toEqual(before);
    expect(office.communities).toHaveLength(1000);
    expect(office.departments).toHaveLength(1000);
    expect(office.communities.at(-1)!.name).toBe('第1000社区');
    await again.close();
  });
});
