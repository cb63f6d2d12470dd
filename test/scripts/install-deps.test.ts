import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureDependencies, installLogPath, missingDependencies } from '../../scripts/install-deps.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const lock = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'app' },
    'node_modules/vite': { version: '7.3.8', dev: true },
    'node_modules/@rollup/rollup-win32-x64-msvc': { version: '4.67.4', optional: true },
  },
};

/** A project folder with package-lock.json and, when given, an install of some of its packages. */
function project(installed?: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'install-deps-'));
  dirs.push(root);
  writeFileSync(join(root, 'package-lock.json'), JSON.stringify(lock));
  if (installed) {
    const packages: Record<string, { version: string }> = {};
    for (const [name, version] of Object.entries(installed)) {
      mkdirSync(join(root, 'node_modules', name), { recursive: true });
      writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
      packages[`node_modules/${name}`] = { version };
    }
    writeFileSync(
      join(root, 'node_modules', '.package-lock.json'),
      JSON.stringify({ lockfileVersion: 3, packages }),
    );
  }
  return root;
}

/** An `npm` stand-in that prints like a noisy install, then exits with `code`. */
function fakeNpm(root: string, code: number): string {
  const path = join(root, 'fake-npm.mjs');
  writeFileSync(
    path,
    `#!/usr/bin/env node\nfor (let i = 1; i <= 48; i++) console.error('npm warn EBADENGINE line ' + i);\nprocess.exit(${code});\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

describe('what `npm start` and `npm test` find missing', () => {
  it('a fresh clone (no node_modules) needs an install', () => {
    expect(missingDependencies(project())).toMatch(/尚未安装依赖/);
  });

  it('a package of the lock file that is not installed, or at another version, needs an install', () => {
    expect(missingDependencies(project({ esbuild: '0.28.2' }))).toMatch(/缺少依赖 vite/);
    expect(missingDependencies(project({ vite: '6.0.0' }))).toMatch(/vite 的版本是 6\.0\.0/);
  });

  it('an install that matches the lock file needs nothing, even when the lock file is newer (a fresh worktree)', () => {
    const root = project({ vite: '7.3.8' });
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'package-lock.json'), later, later);
    expect(missingDependencies(root)).toBeNull();
  });

  it('packages for other platforms (optional) are not required', () => {
    expect(missingDependencies(project({ vite: '7.3.8' }))).toBeNull();
  });
});

describe('the install step', () => {
  it('keeps npm output in the log file and says a few lines of its own; on failure it shows the log and its tail', async () => {
    const root = project();
    const said: string[] = [];
    const ok = await ensureDependencies(root, {
      say: (l) => said.push(l),
      warn: (l) => said.push(l),
      npm: fakeNpm(root, 1),
    });
    expect(ok).toBe(false);
    const log = readFileSync(installLogPath(root), 'utf8');
    expect(log.match(/EBADENGINE/g)).toHaveLength(48);
    const lines = said.join('\n').split('\n');
    expect(said.length).toBeLessThanOrEqual(3);
    expect(lines.filter((l) => l.includes('EBADENGINE')).length).toBeLessThanOrEqual(15);
    expect(said.join('\n')).toContain(installLogPath(root));
    expect(said.join('\n')).toContain('npm warn EBADENGINE line 48');
  });

  it('does not run npm when nothing is missing', async () => {
    const root = project({ vite: '7.3.8' });
    const said: string[] = [];
    expect(await ensureDependencies(root, { say: (l) => said.push(l), npm: join(root, 'no-such-npm') })).toBe(
      true,
    );
    expect(said).toEqual([]);
  });
});
