import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Compiler options of a tsconfig in the repository, as tsc -p would read them. */
function optionsOf(configName: string): ts.CompilerOptions {
  const configPath = resolve(repoRoot, configName);
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, repoRoot, undefined, configPath).options;
}

// Reused between probes of one config, so lib.dom.d.ts and friends are parsed once.
const previous = new Map<string, ts.Program>();

/** Names the compiler cannot find when `code` is type-checked as the file at `path` (kept in memory). */
function missingNames(configName: string, path: string, code: string): string[] {
  const options = optionsOf(configName);
  const fileName = resolve(repoRoot, path);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === fileName ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host, previous.get(configName));
  previous.set(configName, program);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(fileName))
    .filter((diagnostic) => diagnostic.code === 2580 || diagnostic.code === 2591 || diagnostic.code === 2304)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const PROBE = "export const dev = process.env.NODE_ENV;\nexport const bytes = Buffer.from('x');\n";

// Type-checking against the DOM and Node libraries takes seconds on a busy machine.
describe('types for code that runs in the page', { timeout: 120_000 }, () => {
  it('has no Node globals in renderer/ and shared/ (tsconfig.web.json)', () => {
    for (const path of ['shared/types-probe.ts', 'renderer/types-probe.ts']) {
      const missing = missingNames('tsconfig.web.json', path, PROBE);
      expect(missing.join('\n'), path).toMatch(/'process'/);
      expect(missing.join('\n'), path).toMatch(/'Buffer'/);
    }
  });

  it('still knows the page globals there, and Node globals on the Node side (tsconfig.json)', () => {
    expect(
      missingNames(
        'tsconfig.web.json',
        'renderer/types-probe.ts',
        'export const w = window.location.href;\n',
      ),
    ).toEqual([]);
    expect(missingNames('tsconfig.json', 'electron/types-probe.ts', PROBE)).toEqual([]);
  });
});
