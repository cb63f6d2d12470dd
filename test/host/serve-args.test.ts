import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../electron/host/serve-args';

describe('npm run serve arguments', () => {
  it('reads --data and --port, defaulting to any free port', () => {
    expect(parseServeArgs(['--data', '/tmp/d', '--port', '8080'])).toEqual({
      dataDir: '/tmp/d',
      port: 8080,
      rendererDir: null,
    });
    expect(parseServeArgs([])).toEqual({ dataDir: null, port: 0, rendererDir: null });
    expect(parseServeArgs(['--port=0']).port).toBe(0);
  });

  it('refuses bad values with a Chinese message', () => {
    for (const argv of [
      ['--port', '-1'],
      ['--port', '70000'],
      ['--port', 'abc'],
      ['--port', '1.5'],
      ['--data', ''],
      ['--host', '0.0.0.0'],
      ['stray'],
    ]) {
      expect(() => parseServeArgs(argv), argv.join(' ')).toThrow(/用法：npm run serve/);
    }
  });
});
