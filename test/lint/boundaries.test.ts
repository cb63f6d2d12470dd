import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: repoRoot });

/** The rule ids ESLint reports for `code` as if it were the file at `path` (nothing is written). */
async function rulesFired(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(repoRoot, path), warnIgnored: true });
  return [
    ...new Set((result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`)),
  ];
}

// Each probe breaks one boundary in one place; each must be caught by the rule named.
const violations: Array<{ path: string; code: string; rule: string }> = [
  {
    path: 'electron/cli/probe.ts',
    code: "import { app } from 'electron';\nexport const a = app;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'electron/cli.ts',
    code: "import { app } from 'electron';\nexport const a = app;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'electron/services/probe.ts',
    code: "import { app } from 'electron';\nexport const a = app;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'electron/static/probe.ts',
    code: "import { app } from 'electron';\nexport const a = app;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'shared/probe.ts',
    code: "import { readFile } from 'fs/promises';\nexport const r = readFile;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'shared/probe.ts',
    code: "import { join } from 'path/posix';\nexport const j = join;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'shared/probe.ts',
    code: "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'shared/probe.ts',
    code: "import { EventEmitter } from 'events';\nexport const e = EventEmitter;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'shared/probe.ts',
    code: "import { app } from 'electron';\nexport const a = app;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'shared/probe.ts',
    code: "import { x } from '../renderer/api';\nexport const y = x;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'shared/probe.ts',
    code: 'export const dev = process.env.NODE_ENV;\n',
    rule: 'no-restricted-globals',
  },
  {
    path: 'shared/probe.ts',
    code: "export const bytes = Buffer.from('x');\n",
    rule: 'no-restricted-globals',
  },
  {
    path: 'renderer/probe.tsx',
    code: "import { readFile } from 'fs/promises';\nexport const r = readFile;\n",
    rule: 'no-restricted-imports',
  },
  {
    path: 'renderer/probe.ts',
    code: "import { x } from '../electron/services/app-service';\nexport const y = x;\n",
    rule: 'no-restricted-imports',
  },
  { path: 'renderer/probe.ts', code: 'export const cwd = process.cwd();\n', rule: 'no-restricted-globals' },
  { path: 'renderer/probe.tsx', code: "export const lib = require('x');\n", rule: 'no-restricted-globals' },
  { path: 'renderer/probe.ts', code: 'export const here = __dirname;\n', rule: 'no-restricted-globals' },
];

// The same kind of code where it is allowed: the rules must not fire on everything.
const allowed: Array<{ path: string; code: string }> = [
  {
    path: 'shared/probe.ts',
    code: "import { events } from './api/events';\nexport const e = events;\nexport const id = globalThis.crypto.randomUUID();\n",
  },
  {
    path: 'renderer/probe.ts',
    code: "import { api } from './api';\nexport const a = api;\nexport const t = setTimeout(() => undefined, 1);\n",
  },
  {
    path: 'electron/storage/probe.ts',
    code: "import { readFile } from 'fs/promises';\nexport const r = readFile;\nexport const p = process.pid;\n",
  },
  { path: 'electron/desktop-app-probe.ts', code: "import { app } from 'electron';\nexport const a = app;\n" },
];

describe('lint boundaries', () => {
  for (const probe of violations) {
    it(`${probe.rule} fires in ${probe.path} for ${probe.code.split('\n')[0]}`, async () => {
      expect(await rulesFired(probe.path, probe.code)).toContain(probe.rule);
    });
  }

  for (const probe of allowed) {
    it(`nothing fires in ${probe.path} for ${probe.code.split('\n')[0]}`, async () => {
      expect(await rulesFired(probe.path, probe.code)).toEqual([]);
    });
  }
});
