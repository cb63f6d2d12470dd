import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['electron', 'shared', 'renderer', 'scripts', 'test', '.ci'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'release', 'fixtures', 'test-results', 'artifacts']);
const TEXT_FILE = /\.(ts|tsx|mjs|cjs|js|css|html|yml|yaml)$|^run$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP_DIRS.has(name) ? [] : sourceFiles(path);
    return TEXT_FILE.test(name) ? [path] : [];
  });
}

const files = [
  ...SOURCE_DIRS.filter((dir) => existsSync(join(repoRoot, dir))).flatMap((dir) =>
    sourceFiles(join(repoRoot, dir)),
  ),
  ...readdirSync(repoRoot)
    .filter((name) => /\.(ts|js|mjs|yml)$/.test(name))
    .map((name) => join(repoRoot, name)),
];

/**
 * A comment must say its reason in place: a reader of the repository cannot follow a pointer to a
 * document that is not in it, or to a tracker item, and such pointers go stale without anyone noticing.
 */
function pointersIn(text: string): string[] {
  const found: string[] = [];
  // Documents named by file: only those in the repository itself may be cited.
  for (const match of text.matchAll(/\b([\w.-]+\.md)\b/g)) {
    const name = match[1]!;
    if (!existsSync(join(repoRoot, name))) found.push(name);
  }
  // Tracker items: "issue 4", "issue #12", "ticket 7", "§6".
  for (const match of text.matchAll(/\b(?:issue|ticket|bug)\s*#?\d+|§\s*\d+/gi)) found.push(match[0]);
  // "the report issue", "the project issue": a future tracker item standing in for a reason.
  for (const match of text.matchAll(/\bthe \w+ issue\b/gi)) found.push(match[0]);
  return found;
}

describe('comments', () => {
  it('finds the pointers it looks for', () => {
    expect(pointersIn('// see architecture.md and issue 4; the report issue fills it in; §6')).toEqual([
      'architecture.md',
      'issue 4',
      '§6',
      'the report issue',
    ]);
    expect(pointersIn('// README.md says how; a resident raises an issue; colour #000')).toEqual([]);
  });

  it('point at nothing outside the repository', () => {
    const self = relative(repoRoot, import.meta.filename);
    const offenders = files
      .filter((path) => relative(repoRoot, path) !== self)
      .flatMap((path) =>
        pointersIn(readFileSync(path, 'utf8')).map((pointer) => `${relative(repoRoot, path)}: ${pointer}`),
      );
    expect(offenders).toEqual([]);
  });
});
