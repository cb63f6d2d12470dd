import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShellArgs, resolveDataDir, shellProfileDir } from '../../electron/data-dir';
import { defaultDataDir } from '../../electron/storage/default-data-dir';

describe('shell arguments and folders', () => {
  it('reads --data in both spellings, wherever it appears', () => {
    expect(parseShellArgs(['/opt/app/report', '--data', '/srv/meetings']).dataDir).toBe(
      resolve('/srv/meetings'),
    );
    expect(parseShellArgs(['electron', 'dist/electron/main.mjs', '--data=rel/dir'], '/home/op').dataDir).toBe(
      resolve('/home/op', 'rel/dir'),
    );
    expect(parseShellArgs(['electron', '--data', '--dev'])).toEqual({ dataDir: null, dev: true });
    expect(parseShellArgs(['electron'])).toEqual({ dataDir: null, dev: false });
  });

  it('uses the shared default data folder unless --data says otherwise', () => {
    const env = { XDG_CONFIG_HOME: '/home/op/.config', APPDATA: 'C:\\Users\\op\\AppData\\Roaming' };
    expect(resolveDataDir({ dataDir: null, dev: false }, env)).toBe(defaultDataDir(env));
    expect(resolveDataDir({ dataDir: '/srv/x', dev: false }, env)).toBe('/srv/x');
  });

  it('keeps the Chromium profile outside the data folder, one per data folder', () => {
    const base = shellProfileDir('/home/op/.config', { dataDir: null, dev: false });
    expect(base).toBe(join('/home/op/.config', 'ReportBackDesk-shell'));
    const a = shellProfileDir('/home/op/.config', { dataDir: '/srv/a', dev: false });
    const b = shellProfileDir('/home/op/.config', { dataDir: '/srv/b', dev: false });
    expect(a).not.toBe(b);
    expect(a.startsWith(base)).toBe(true);
    expect(a.startsWith('/srv/a')).toBe(false);
  });
});
