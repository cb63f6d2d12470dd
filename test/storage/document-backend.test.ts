import { readFileSync, statSync } from 'node:fs';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import {
  backendOptions,
  confOptions,
  createConfBackend,
  electronStoreOptions,
  toBackendRecord,
  type BackendRecord,
} from '../../electron/storage/document-backend';
import { sampleMeetingDocument } from './sample-meeting';
import { tempDir } from './helpers';

describe('conf as the document backend', () => {
  it('writes exactly the compact JSON of the document, 0600, through conf', () => {
    const dir = tempDir();
    const backend = createConfBackend(backendOptions(dir, 'meeting-m1'));
    expect(backend).toBeInstanceOf(Conf);
    const doc = sampleMeetingDocument(30, 'm1');
    backend.store = toBackendRecord(doc);
    expect(backend.path).toBe(`${dir}/meeting-m1.json`);
    expect(readFileSync(backend.path, 'utf8')).toBe(JSON.stringify(doc));
    if (process.platform !== 'win32') expect(statSync(backend.path).mode & 0o777).toBe(0o600);
    expect((backend.store as { document: unknown }).document).toEqual(doc);
  });

  it('does not re-read and re-parse the file on every save (pins conf behaviour the write path relies on)', () => {
    const dir = tempDir();
    let parses = 0;
    const options = backendOptions(dir, 'office');
    const counting = {
      ...options,
      deserialize: (text: string): BackendRecord => {
        parses += 1;
        return options.deserialize(text);
      },
    };
    const first = new Conf<BackendRecord>(confOptions(counting));
    first.store = toBackendRecord({ schemaVersion: 1, n: 0 });
    const backend = new Conf<BackendRecord>(confOptions(counting));
    const afterConstruct = parses;
    for (let n = 1; n <= 5; n++) backend.store = toBackendRecord({ schemaVersion: 1, n });
    expect(parses).toBe(afterConstruct);
    expect(JSON.parse(readFileSync(backend.path, 'utf8'))).toEqual({ schemaVersion: 1, n: 5 });
  });

  it('gives electron-store the same options under its own name for the file', () => {
    const options = backendOptions('/data', 'preferences');
    const forElectron = electronStoreOptions(options);
    expect(forElectron).toMatchObject({ name: 'preferences', cwd: '/data', configFileMode: 0o600, clearInvalidConfig: false });
    expect('configName' in forElectron).toBe(false);
    expect(confOptions(options)).toMatchObject({ configName: 'preferences', cwd: '/data' });
  });
});
