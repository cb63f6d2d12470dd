// Loaded with `node --import` before the durability writer (and before any storage library), so it
// works on whatever writes the documents. Every rename of a document's temp file over its name is
// refused twice before it may succeed: first with EPERM, EACCES or EBUSY (antivirus or the indexer
// holding the file on Windows), then with EXDEV (which some Windows filter drivers report for a
// rename inside one folder). A writer that survives this must retry, and must never write in place.
import { appendFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const REFUSALS_PER_WRITE = 2;
const FIRST_CODES = ['EPERM', 'EACCES', 'EBUSY'] as const;

const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
const log = process.env.DURABILITY_FAULT_LOG;
const original = fs.renameSync;
const refused = new Map<string, number>();
let writes = 0;

function refusal(from: string): NodeJS.ErrnoException | null {
  if (!/\.json\.tmp-[0-9a-z]+$/.test(from)) return null;
  const count = refused.get(from) ?? 0;
  if (count >= REFUSALS_PER_WRITE) {
    refused.delete(from);
    return null;
  }
  refused.set(from, count + 1);
  const code = count === 0 ? FIRST_CODES[writes++ % FIRST_CODES.length]! : 'EXDEV';
  if (log) appendFileSync(log, `${code}\n`);
  return Object.assign(new Error(`${code}: rename refused (injected), rename '${from}'`), {
    code,
    syscall: 'rename',
    path: from,
  });
}

fs.renameSync = (from, to) => {
  const error = refusal(String(from));
  if (error) throw error;
  original(from, to);
};
syncBuiltinESMExports();
