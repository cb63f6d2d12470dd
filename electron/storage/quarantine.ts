import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, fsyncDirectory } from './durable-fs';
import { renameRetrying } from './durable-write';
import { fileStamp } from './file-stamp';

export const QUARANTINE_DIR = 'quarantine';

/**
 * Moves an unusable document aside, never overwriting anything already there, and returns where it
 * went. The file is kept byte for byte: it may be the only copy of recent work (or the work of a newer
 * version of the app), so only a person decides to delete it.
 */
export function moveToQuarantine(dir: string, name: string, at: Date): string {
  const target = join(dir, QUARANTINE_DIR);
  ensurePrivateDir(target);
  const stamp = fileStamp(at);
  let destination = join(target, `${name}.${stamp}.json`);
  for (let n = 1; existsSync(destination); n++) destination = join(target, `${name}.${stamp}-${n}.json`);
  renameRetrying(join(dir, `${name}.json`), destination);
  fsyncDirectory(target);
  fsyncDirectory(dir);
  return destination;
}
