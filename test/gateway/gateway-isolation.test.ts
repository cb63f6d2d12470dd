import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..', '..');

describe('the gateway process', () => {
  it('bundles none of the storage, the services or the operator API: it cannot open the data folder', async () => {
    const result = await build({
      absWorkingDir: repoRoot,
      entryPoints: ['electron/gateway/gateway-main.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      packages: 'external',
      logLevel: 'silent',
    });
    const ours = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
    expect(ours).toContain('electron/gateway/gateway-server.ts');
    const forbidden = ours.filter((input) =>
      /^(electron\/(storage|services|api|ipc|cli)\/|electron\/[^/]+\.ts$|shared\/api\/contract\.ts$)/.test(
        input,
      ),
    );
    expect(forbidden).toEqual([]);
    // Its only dependency is zod (the protocol's schemas); nothing that touches files or Electron.
    const external = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]!]!.imports.filter(
      (imported) => imported.external && !imported.path.startsWith('node:'),
    ).map((imported) => imported.path);
    expect([...new Set(external)].sort()).toEqual(['zod']);
  });
});
