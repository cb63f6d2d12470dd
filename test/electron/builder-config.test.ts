// electron-builder.yml checked against the JSON schema electron-builder itself ships, so a misspelt
// key or a wrong type fails here instead of silently producing a different installer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Validator {
  (data: unknown): boolean;
  errors?: Array<{ instancePath: string; message?: string; params: unknown }> | null;
}
interface AjvInstance {
  compile(schema: object): Validator;
}

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as new (options: object) => AjvInstance;
const yaml = require('js-yaml') as { load(text: string): unknown };

const repo = resolve(import.meta.dirname, '..', '..');
const schema = JSON.parse(
  readFileSync(join(repo, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

type Config = Record<string, unknown> & {
  appId: string;
  productName: string;
  asar: boolean;
  asarUnpack: string[];
  files: string[];
  artifactName: string;
  nsis: Record<string, unknown> & { artifactName: string };
  dmg: { artifactName: string };
  win: { target: Array<{ target: string; arch: string[] }> };
  linux: {
    category: string;
    maintainer: string;
    executableName: string;
    target: Array<{ target: string; arch: string[] }>;
  };
  mac: { target: Array<{ target: string; arch: string[] }> };
  electronFuses: Record<string, boolean>;
};
const config = yaml.load(readFileSync(join(repo, 'electron-builder.yml'), 'utf8')) as Config;

function errorsOf(candidate: unknown): string[] {
  return validate(candidate)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's schema", () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('rejects what the schema forbids (the check can fail)', () => {
    expect(errorsOf({ ...config, unknownKey: true })).not.toEqual([]);
    expect(errorsOf({ ...config, asar: 'yes please' })).not.toEqual([]);
    expect(errorsOf({ ...config, nsis: { ...config.nsis, oneClik: false } })).not.toEqual([]);
  });

  it('builds the installers the offices need', () => {
    expect(config.appId).toBe('cn.gov.reportback.desk');
    expect(config.productName).toBe('报告会');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['zh_CN'],
      deleteAppDataOnUninstall: false,
    });
    const linux = Object.fromEntries(config.linux.target.map((t) => [t.target, t.arch]));
    expect(linux).toEqual({ deb: ['x64', 'arm64'], AppImage: ['x64', 'arm64'] });
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
    });
  });

  it('names every artifact in ASCII', () => {
    for (const name of [
      config.artifactName,
      config.nsis.artifactName,
      config.dmg.artifactName,
      config.linux.executableName,
    ]) {
      expect(name).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('packs the entry point package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.mjs');
    expect(config.files.some((pattern) => pattern.startsWith('dist/'))).toBe(true);
  });

  it('keeps the parse worker outside the archive, where run-import-worker looks for it', () => {
    expect(config.asarUnpack).toContain('dist/workers/**');
  });
});
