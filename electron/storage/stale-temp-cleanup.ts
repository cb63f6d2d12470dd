import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Temp files of a document write: `<name>.json.tmp-<pid base 36><8 hex>` from writeFileDurably, and
 * the names earlier versions left (`<10 digits><6 hex>` from atomically under conf, `<pid>`). A crash
 * between create and rename leaves one behind.
 */
const TEMP_FILE = /^[a-z][a-z0-9-]*\.json\.tmp-[0-9a-z]+$/;

export function isTempFile(fileName: string): boolean {
  return TEMP_FILE.test(fileName);
}

/**
 * Deletes temp files older than `graceMs`. The grace spares a write in flight from another process
 * that has the same folder open (e.g. a CLI run beside the app); a crashed writer's leftovers are
 * removed on the next start after it, so they never pile up.
 */
export function cleanStaleTempFiles(dir: string, now: number, graceMs: number): string[] {
  const removed: string[] = [];
  for (const file of readdirSync(dir)) {
    if (!isTempFile(file)) continue;
    const path = join(dir, file);
    try {
      if (now - statSync(path).mtimeMs < graceMs) continue;
      rmSync(path, { force: true });
      removed.push(path);
    } catch (error) {
      // Gone already (its writer renamed or purged it): nothing left to clean.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return removed;
}
