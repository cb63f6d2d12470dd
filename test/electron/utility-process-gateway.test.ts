import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Electron's UtilityProcess, as far as the gateway glue uses it. */
class FakeUtilityProcess extends EventEmitter {
  pid: number | undefined = 4242;
  posted: unknown[] = [];
  killed = 0;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  kill() {
    this.killed += 1;
    return true;
  }
}

const forked: Array<{ path: string; options: Record<string, unknown>; child: FakeUtilityProcess }> = [];

vi.mock('electron', () => ({
  utilityProcess: {
    fork: (path: string, _args: string[], options: Record<string, unknown>) => {
      const child = new FakeUtilityProcess();
      forked.push({ path, options, child });
      return child;
    },
  },
}));

const { utilityProcessGateway } = await import('../../electron/gateway/utility-process-gateway');

beforeEach(() => {
  forked.length = 0;
});

describe('the desktop app starts the gateway as an Electron utility process', () => {
  it('runs only the built script, never TypeScript sources', () => {
    expect(() => utilityProcessGateway({ path: '/src/gateway-main.ts', typescript: true })).toThrow(
      /dist\/gateway\/gateway\.mjs/,
    );
    expect(forked).toHaveLength(0);
  });

  it('passes messages both ways and reports the exit once, after which sends are dropped', () => {
    const handle = utilityProcessGateway({ path: '/app/dist/gateway/gateway.mjs', typescript: false });
    const [{ path, child }] = forked as [(typeof forked)[number]];
    expect(path).toBe('/app/dist/gateway/gateway.mjs');
    expect(handle.pid).toBe(4242);

    handle.send({ type: 'notify' });
    expect(child.posted).toEqual([{ type: 'notify' }]);

    const heard: unknown[] = [];
    handle.onMessage((m) => heard.push(m));
    child.emit('message', { type: 'listening', port: 8686 });
    expect(heard).toEqual([{ type: 'listening', port: 8686 }]);

    const exits: string[] = [];
    handle.onExit((reason) => exits.push(reason));
    child.emit('exit', 9);
    expect(exits).toEqual(['代码 9']);

    handle.send({ type: 'stop' });
    expect(child.posted).toHaveLength(1);
  });

  it('kills with SIGKILL by pid, falling back to Electron’s kill when the pid is gone', () => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    const handle = utilityProcessGateway({ path: '/app/dist/gateway/gateway.mjs', typescript: false });
    handle.kill();
    expect(kill).toHaveBeenCalledWith(4242, 'SIGKILL');
    expect(forked[0]!.child.killed).toBe(0);

    kill.mockImplementation(() => {
      throw new Error('ESRCH');
    });
    handle.kill();
    expect(forked[0]!.child.killed).toBe(1);
    kill.mockRestore();
  });
});
