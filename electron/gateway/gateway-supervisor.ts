import { isPhoneMethod } from '../../shared/api/phone-contract';
import { fail, type Result } from '../../shared/api/result';
import type {
  GatewayHooks,
  GatewayLaunch,
  GatewayPort,
  GatewayPortFactory,
  GatewayRun,
} from '../services/gateway-port';
import { forkGateway, gatewayScriptLocation, type GatewayScript, type SpawnGateway } from './gateway-child';
import { GatewayToOwner } from './gateway-protocol';
import type { GatewayLimits } from './rate-limit';

export interface GatewaySupervisorOptions {
  /** The built phone page (dist/phone): the only files the gateway serves. */
  phoneDir: string;
  /** Another entry script (tests); by default the one beside this module or its bundle. */
  script?: GatewayScript;
  /** How the process is started: child_process.fork by default; the packaged app passes its own. */
  spawn?: SpawnGateway;
  /** Tests and the load bench only. */
  limits?: Partial<GatewayLimits>;
  /** Deaths within `deathWindowMs` after which it stops restarting (default 5 in a minute). */
  maxDeaths?: number;
  deathWindowMs?: number;
  /** Time a stopping child gets before SIGKILL (default 3 s). */
  stopGraceMs?: number;
  /** Time a starting child gets to listen (default 15 s). */
  startTimeoutMs?: number;
}

const MESSAGES = {
  stopped: '提问箱已关闭',
  startTimeout: '提问箱进程没有按时启动，请重试',
  died: (reason: string) => `提问箱进程启动时意外退出（${reason}），请重试`,
  restarting: (reason: string) => `提问箱进程意外退出（${reason}），正在自动重启…`,
  restarted: (reason: string) => `提问箱进程曾意外退出（${reason}），已自动重启`,
  gaveUp: (deaths: number, reason: string) =>
    `提问箱进程在一分钟内意外退出 ${deaths} 次（最后一次：${reason}），已停止自动重启。请关闭提问箱后重新打开`,
  internal: '会场电脑处理请求时出错，请稍候再试',
} as const;

interface Run {
  launch: GatewayLaunch;
  state: GatewayRun['state'];
  error: string;
  restarts: number;
  /** The port it listens on: after a first start on port 0, restarts keep the one it got. */
  port: number;
  deaths: number[];
  child: import('./gateway-child').GatewayChild | null;
  timer: NodeJS.Timeout | null;
  stopped: boolean;
}

/**
 * Runs the question box's gateway as a child process of the folder's owner (host mode or the desktop
 * app's main process): starts it for one meeting, answers its phone calls, restarts it when it dies
 * and stops it with the meeting. The child never opens the data folder.
 */
export function createGatewaySupervisor(options: GatewaySupervisorOptions): GatewayPortFactory {
  return (hooks) => supervise(options, hooks);
}

function supervise(options: GatewaySupervisorOptions, hooks: GatewayHooks): GatewayPort {
  const spawn = options.spawn ?? forkGateway;
  const maxDeaths = options.maxDeaths ?? 5;
  const deathWindowMs = options.deathWindowMs ?? 60_000;
  const stopGraceMs = options.stopGraceMs ?? 3_000;
  const startTimeoutMs = options.startTimeoutMs ?? 15_000;
  let script: GatewayScript | null = options.script ?? null;
  let run: Run | null = null;
  let stopping: Promise<void> | null = null;

  const snapshot = (r: Run): GatewayRun => ({
    meetingId: r.launch.meetingId,
    state: r.state,
    address: r.launch.address,
    port: r.port,
    error: r.error,
    restarts: r.restarts,
  });

  const changed = (r: Run) => {
    try {
      hooks.changed(r.launch.meetingId);
    } catch {
      // A listener's failure must not stop the supervision.
    }
  };

  const answer = async (r: Run, method: string, input: unknown): Promise<Result<unknown>> => {
    // The child is trusted no further than the phone: only phone methods, for its own meeting.
    if (!isPhoneMethod(method)) return fail('unknown_method', MESSAGES.internal);
    try {
      return await hooks.phone(r.launch.meetingId, method, input);
    } catch {
      return fail('internal', MESSAGES.internal);
    }
  };

  /** Starts one child for the run; resolves with its port once it listens, rejects with its message. */
  const launchChild = (r: Run): Promise<number> =>
    new Promise<number>((resolve, reject) => {
      script ??= gatewayScriptLocation();
      const child = spawn(script);
      r.child = child;
      let listening = false;
      const timer = setTimeout(() => {
        if (listening) return;
        child.kill();
        reject(new Error(MESSAGES.startTimeout));
      }, startTimeoutMs);
      child.onMessage((raw) => {
        const parsed = GatewayToOwner.safeParse(raw);
        if (!parsed.success) return;
        const message = parsed.data;
        if (message.type === 'listening' && !listening) {
          listening = true;
          clearTimeout(timer);
          resolve(message.port);
        } else if (message.type === 'failed' && !listening) {
          clearTimeout(timer);
          child.kill();
          reject(new Error(message.message));
        } else if (message.type === 'call') {
          void answer(r, message.method, message.input).then((result) =>
            child.send({ type: 'result', id: message.id, result }),
          );
        }
      });
      child.onExit((reason) => {
        clearTimeout(timer);
        if (r.child === child) r.child = null;
        if (!listening) return reject(new Error(r.stopped ? MESSAGES.stopped : MESSAGES.died(reason)));
        if (!r.stopped && run === r) died(r, reason);
      });
      child.send({
        type: 'start',
        meetingId: r.launch.meetingId,
        address: r.launch.address,
        port: r.port,
        token: r.launch.token,
        phoneDir: options.phoneDir,
        ...(options.limits ? { limits: options.limits } : {}),
      });
    });

  /** An unexpected death: restart with the same launch after a backoff, unless it keeps dying. */
  const died = (r: Run, reason: string) => {
    const now = Date.now();
    r.deaths = r.deaths.filter((at) => now - at < deathWindowMs);
    r.deaths.push(now);
    if (r.deaths.length >= maxDeaths) {
      r.state = 'failed';
      r.error = MESSAGES.gaveUp(r.deaths.length, reason);
      return changed(r);
    }
    r.state = 'restarting';
    r.error = MESSAGES.restarting(reason);
    r.restarts += 1;
    changed(r);
    const delay = Math.min(5_000, 100 * 2 ** (r.deaths.length - 1));
    r.timer = setTimeout(() => {
      r.timer = null;
      if (r.stopped) return;
      launchChild(r).then(
        (port) => {
          if (r.stopped) return;
          r.port = port;
          r.state = 'open';
          r.error = MESSAGES.restarted(reason);
          changed(r);
        },
        (error: unknown) => {
          if (!r.stopped && run === r) died(r, error instanceof Error ? error.message : String(error));
        },
      );
    }, delay);
  };

  const stopRun = (r: Run): Promise<void> => {
    r.stopped = true;
    if (r.timer) clearTimeout(r.timer);
    r.timer = null;
    const child = r.child;
    if (!child) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill(), stopGraceMs);
      child.onExit(() => {
        clearTimeout(kill);
        resolve();
      });
      child.send({ type: 'stop' });
    });
  };

  const stop = async (): Promise<void> => {
    while (stopping) await stopping;
    const r = run;
    if (!r) return;
    run = null;
    stopping = stopRun(r).finally(() => {
      stopping = null;
      changed(r);
    });
    await stopping;
  };

  return {
    available: true,
    async start(launch) {
      await stop();
      const r: Run = {
        launch,
        state: 'starting',
        error: '',
        restarts: 0,
        port: launch.port,
        deaths: [],
        child: null,
        timer: null,
        stopped: false,
      };
      run = r;
      changed(r);
      let port: number;
      try {
        port = await launchChild(r);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // The failed run stays current (state and message) until the next start or stop.
        if (run === r && !r.stopped) {
          r.state = 'failed';
          r.error = message;
          r.stopped = true;
          changed(r);
        }
        throw new Error(message);
      }
      if (r.stopped) throw new Error(MESSAGES.stopped);
      r.port = port;
      r.state = 'open';
      changed(r);
      return snapshot(r);
    },
    stop,
    current: () => (run ? snapshot(run) : null),
    notify(meetingId) {
      if (run && run.launch.meetingId === meetingId && run.state === 'open')
        run.child?.send({ type: 'notify' });
    },
  };
}
