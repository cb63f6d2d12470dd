import { afterEach, describe, expect, it } from 'vitest';
import { gatewayScriptLocation } from '../../electron/gateway/gateway-child';

// @ts-expect-error -- plain .mjs build script without type declarations
const { entries } = (await import('../../scripts/build-node.mjs')) as {
  entries: Array<{ in: string; out: string; bundleDependencies?: boolean }>;
};

afterEach(() => {
  delete process.env.REPORT_DESK_GATEWAY_SCRIPT;
});

describe('where the gateway script is', () => {
  it('is the sibling TypeScript entry when running from sources (tsx, vitest)', () => {
    expect(gatewayScriptLocation('file:///proj/electron/gateway/gateway-child.ts')).toEqual({
      path: '/proj/electron/gateway/gateway-main.ts',
      typescript: true,
    });
  });

  it('is dist/gateway/gateway.mjs beside the running bundle (host mode, Electron main)', () => {
    expect(gatewayScriptLocation('file:///opt/desk/dist/host/serve.mjs')).toEqual({
      path: '/opt/desk/dist/gateway/gateway.mjs',
      typescript: false,
    });
  });

  it('is outside the archive in the packaged app', () => {
    expect(gatewayScriptLocation('file:///opt/desk/resources/app.asar/dist/electron/main.mjs')).toEqual({
      path: '/opt/desk/resources/app.asar.unpacked/dist/gateway/gateway.mjs',
      typescript: false,
    });
  });

  it('can be overridden', () => {
    process.env.REPORT_DESK_GATEWAY_SCRIPT = '/somewhere/gateway-main.ts';
    expect(gatewayScriptLocation('file:///opt/desk/dist/host/serve.mjs')).toEqual({
      path: '/somewhere/gateway-main.ts',
      typescript: true,
    });
  });

  it('is one of the build entries, bundled self-contained', () => {
    expect(entries).toContainEqual(
      expect.objectContaining({
        in: 'electron/gateway/gateway-main.ts',
        out: 'dist/gateway/gateway.mjs',
        bundleDependencies: true,
      }),
    );
  });
});
