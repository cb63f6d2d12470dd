import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..', '..');
// @ts-expect-error -- plain .mjs build script without type declarations
const { entries } = (await import('../../scripts/build-node.mjs')) as {
  entries: Array<{ in: string; out: string }>;
};

// A project copy whose path holds a space and a Chinese name, with one-line stand-ins for the entries
// so the build takes milliseconds; node_modules is the real one (esbuild must resolve).
let base: string;
let project: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'build node-'));
  project = join(base, '报告会 project');
  mkdirSync(join(project, 'scripts'), { recursive: true });
  copyFileSync(join(repoRoot, 'scripts', 'build-node.mjs'), join(project, 'scripts', 'build-node.mjs'));
  symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
  for (const entry of entries) {
    mkdirSync(dirname(join(project, entry.in)), { recursive: true });
    writeFileSync(join(project, entry.in), `export const entry = ${JSON.stringify(entry.in)};\n`);
  }
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

// Started from another folder, as `npm --prefix` or an IDE would: entry paths are the project's own.
const runBuild = () =>
  spawnSync(process.execPath, [join(project, 'scripts', 'build-node.mjs')], { cwd: base, encoding: 'utf8' });

describe('build-node', () => {
  it('builds every Node entry from a path with a space and Chinese letters', () => {
    const result = runBuild();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const entry of entries) expect(existsSync(join(project, entry.out)), entry.out).toBe(true);
  });

  it('fails, naming the file, when an entry is missing', () => {
    const gone = entries[1]!;
    rmSync(join(project, gone.in));
    const result = runBuild();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(gone.in);
    expect(existsSync(join(project, 'dist'))).toBe(false);
  });
});
