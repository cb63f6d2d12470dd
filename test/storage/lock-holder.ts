// A process that opens a data folder the way the CLI does and keeps it, for the lock tests:
//   node lock-holder.mjs DIR [--write NAME] [--barrier]
// Prints one JSON line: {"held":true,"acknowledged":[...]} or {"held":false,"message":"..."}.
// With --barrier it waits for a line on stdin before opening, so several can start at once.
// Holds the folder until stdin closes or SIGTERM, then closes cleanly.
import { createInterface } from 'node:readline';
import { openServicesAt } from '../../electron/cli/open-services';
import { FolderLockedError } from '../../electron/storage/folder-lock';

const [dir, ...rest] = process.argv.slice(2);
const writes = rest.flatMap((arg, i) => (arg === '--write' && rest[i + 1] ? [rest[i + 1]!] : []));
const lines = createInterface({ input: process.stdin });
const nextLine = () => new Promise<void>((resolve) => lines.once('line', () => resolve()));

if (rest.includes('--barrier')) {
  process.stdout.write('ready\n');
  await nextLine();
}
try {
  const app = await openServicesAt(dir);
  const acknowledged: string[] = [];
  for (const name of writes) {
    const result = await app.dispatch('communities.create', { name, kind: 'community' });
    if (result.ok) acknowledged.push(name);
  }
  process.stdout.write(`${JSON.stringify({ held: true, acknowledged })}\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  lines.once('close', stop);
} catch (error) {
  if (!(error instanceof FolderLockedError)) throw error;
  process.stdout.write(`${JSON.stringify({ held: false, reason: error.reason, message: error.message })}\n`);
  process.exit(3);
}
