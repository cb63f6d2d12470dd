import type {
  GatewayHooks,
  GatewayLaunch,
  GatewayPort,
  GatewayPortFactory,
  GatewayRun,
} from '../../../electron/services/gateway-port';

/**
 * A gateway port with no process: it records what the services asked of it, can be made to refuse
 * the next starts, and hands back the hooks so a test can call the phone methods as the gateway does.
 */
export interface FakeGateways {
  factory: GatewayPortFactory;
  starts: GatewayLaunch[];
  stops: number;
  notifies: string[];
  /** The hooks the services gave the latest port (throws before one was made). */
  hooks(): GatewayHooks;
  port(): GatewayPort;
  /** While set, start() rejects with this message (as a port in use would). */
  failWith: string | null;
  /** Resolves start() only when released (to see the services not wait for it). */
  hold: boolean;
  release(): void;
}

export function fakeGateways(options: { available?: boolean } = {}): FakeGateways {
  let hooks: GatewayHooks | null = null;
  let port: GatewayPort | null = null;
  let current: GatewayRun | null = null;
  let releases: (() => void)[] = [];
  const fake: FakeGateways = {
    starts: [],
    stops: 0,
    notifies: [],
    failWith: null,
    hold: false,
    hooks() {
      if (!hooks) throw new Error('no port was made');
      return hooks;
    },
    port() {
      if (!port) throw new Error('no port was made');
      return port;
    },
    release() {
      const waiting = releases;
      releases = [];
      for (const go of waiting) go();
    },
    factory: (given) => {
      hooks = given;
      port = {
        available: options.available ?? true,
        async start(launch) {
          if (!(options.available ?? true)) throw new Error('这个程序（命令行）不能打开手机提问');
          fake.starts.push(launch);
          if (fake.hold) await new Promise<void>((resolve) => releases.push(resolve));
          const { meetingId, address, port } = launch;
          if (fake.failWith !== null) {
            // As the supervisor does: the failed run stays current until the next start or stop.
            current = { meetingId, address, port, state: 'failed', error: fake.failWith, restarts: 0 };
            throw new Error(fake.failWith);
          }
          current = { meetingId, address, port, state: 'open', error: '', restarts: 0 };
          return current;
        },
        async stop() {
          fake.stops += 1;
          current = null;
        },
        current: () => current,
        notify: (meetingId) => void fake.notifies.push(meetingId),
      };
      return port;
    },
  };
  return fake;
}
