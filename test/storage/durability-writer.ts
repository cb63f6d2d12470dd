// Child process of durability.test.ts: writes meetings through the real app services in a loop and
// prints a line for each write only after the API acknowledged it. The parent kills it at random.
// Meetings are capped so the folder stays small over many rounds; most writes replace a document,
// the riskier case (backups, rename over an existing file). With DURABILITY_RENAME_FAULTS=1 the
// parent also loads rename-faults.ts, and the store retries refused renames as it does on Windows.
import { openAppServices } from '../../electron/services/app-services';
import { FileDocumentStore } from '../../electron/storage/file-document-store';

const MAX_MEETINGS = 60;
const UPDATES_PER_CREATE = 25;

const dir = process.argv[2];
if (!dir) throw new Error('usage: durability-writer <data dir>');
// Never outlive the test: stop when the parent stops reading, and after a bound in any case.
process.stdout.on('error', () => process.exit(3));
setTimeout(() => process.exit(4), 30_000).unref();

const retryRenames = process.env.DURABILITY_RENAME_FAULTS === '1' ? true : undefined;
const app = await openAppServices({
  store: new FileDocumentStore({ dir, retryRenames }),
  dataDir: dir,
  version: 'durability',
});
// Pipes are written synchronously on POSIX: once this returns, the parent will read the line.
const say = (line: string) => process.stdout.write(`${line}\n`);

async function create(n: number): Promise<string> {
  const created = await app.dispatch('meetings.create', {
    title: `第 ${n} 次社区议事会`,
    level: 'community',
    startsAt: '2025-03-05T14:30:00+08:00',
    venue: '社区党群服务中心',
  });
  if (!created.ok) throw new Error(created.error.message);
  const { id } = created.value as { id: string };
  say(`C ${id}`);
  return id;
}

const listed = await app.dispatch('meetings.list', {});
if (!listed.ok) throw new Error(listed.error.message);
const ids = (listed.value as { id: string }[]).map((m) => m.id);
ids.push(await create(ids.length));

for (let n = 0; ; n++) {
  if (n % UPDATES_PER_CREATE === 0 && ids.length < MAX_MEETINGS) ids.push(await create(ids.length));
  const id = ids[n % ids.length]!;
  const updated = await app.dispatch('meetings.update', {
    id,
    patch: { notes: `第 ${n} 次修改：${'议事记录'.repeat(n % 50)}` },
  });
  if (!updated.ok) throw new Error(updated.error.message);
  say(`U ${id} ${(updated.value as { revision: number }).revision}`);
}
