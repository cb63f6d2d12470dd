// Electronegativity (Doyensec's Electron security scanner) over the main-process code and the page.
// Any finding not in the reviewed baseline fails the test; the baseline says why each one is accepted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  file: string;
  severity: { name: string };
  confidence: { name: string };
  description: string;
  location: { line: number };
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  issues: Finding[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}
interface BaselineEntry {
  id: string;
  file: string;
  count: number;
  reason: string;
}

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as (
  options: Record<string, unknown>,
) => Promise<ScanResult>;
const repo = resolve(import.meta.dirname, '..', '..');
const baselinePath = join(import.meta.dirname, 'electronegativity-baseline.json');
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as BaselineEntry[];
const electronVersion = (
  JSON.parse(readFileSync(join(repo, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The scanner sees one folder: our main-process sources plus the page (for its CSP meta tag). */
function stage(): string {
  const input = join(work, 'app');
  cpSync(join(repo, 'electron'), join(input, 'electron'), { recursive: true });
  cpSync(join(repo, 'renderer', 'index.html'), join(input, 'renderer', 'index.html'));
  writeFileSync(
    join(input, 'package.json'),
    JSON.stringify({ name: 'scan', devDependencies: { electron: electronVersion } }),
  );
  return input;
}

const key = (f: { id: string; file: string }) => `${f.id} ${f.file.replace(/\\/g, '/')}`;

async function scan(input: string): Promise<ScanResult> {
  return run({
    input,
    output: join(work, 'findings.csv'),
    isSarif: false,
    isRelative: true,
    electronVersionOverride: electronVersion,
  });
}

function overBaseline(findings: Finding[]): string[] {
  const allowed = new Map(baseline.map((entry) => [key(entry), entry.count]));
  const seen = new Map<string, Finding[]>();
  for (const finding of findings) seen.set(key(finding), [...(seen.get(key(finding)) ?? []), finding]);
  return [...seen].flatMap(([k, list]) =>
    list.length > (allowed.get(k) ?? 0)
      ? [
          `${k} ×${list.length} (baseline ${allowed.get(k) ?? 0}): ${list.map((f) => `line ${f.location.line} ${f.severity.name}/${f.confidence.name} ${f.description}`).join('; ')}`,
        ]
      : [],
  );
}

describe('Electronegativity', () => {
  it('keeps every entry of the baseline justified', () => {
    for (const entry of baseline) {
      expect(entry.reason.length, key(entry)).toBeGreaterThan(20);
      expect(entry.count).toBeGreaterThan(0);
    }
  });

  it('finds nothing above the reviewed baseline in electron/ and the page', async () => {
    const result = await scan(stage());
    expect(result.atomicChecks).toBeGreaterThan(20);
    // A file the scanner cannot parse is a file it did not check.
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
    expect(overBaseline(result.issues)).toEqual([]);
  }, 120_000);

  it('does flag an insecure window (the scan can fail)', async () => {
    const input = join(work, 'insecure');
    cpSync(join(repo, 'renderer', 'index.html'), join(input, 'index.html'));
    writeFileSync(
      join(input, 'main.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    const result = await scan(input);
    const over = overBaseline(result.issues);
    for (const check of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ]) {
      expect(over.join('\n')).toContain(check);
    }
  }, 120_000);
});
