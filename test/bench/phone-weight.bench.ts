// The residents' phone page as a phone downloads it: the three files of dist/phone, raw and gzipped
// (the gateway may send them either way; the goal counts what travels, at most 150 KB).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt, repoRoot } from '../e2e/support/host-mode';
import type { BenchLine } from './run';

const FILES = ['index.html', 'phone.js', 'phone.css'];
export const PHONE_GOAL_BYTES = 150 * 1024;

export function measurePhonePage(dir = join(repoRoot, 'dist', 'phone')) {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of FILES) {
    const content = readFileSync(join(dir, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: FILES.length, bytes, gzipBytes };
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  ensureBuilt();
  const { files, bytes, gzipBytes } = measurePhonePage();
  report({
    bench: 'phone.weight',
    files,
    bytes,
    gzip_bytes: gzipBytes,
    goal_bytes: PHONE_GOAL_BYTES,
    // Uncompressed too: a gateway that does not gzip must still meet the goal.
    within_goal: bytes <= PHONE_GOAL_BYTES,
  });
}
