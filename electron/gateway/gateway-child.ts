import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OwnerToGateway } from './gateway-protocol';

/** Where the gateway's entry script is, and whether it must be loaded through tsx. */
export interface GatewayScript {
  path: string;
  typescript: boolean;
}

/**
 * From sources (tsx, vitest) the entry is the sibling gateway-main.ts. In a build, scripts/build-node.mjs
 * bundles it to dist/gateway/gateway.mjs, next to whichever bundle (host mode, Electron main) runs the
 * supervisor; in the packaged app it sits outside the archive (asarUnpack in electron-builder.yml).
 * REPORT_DESK_GATEWAY_SCRIPT overrides both.
 */
export function gatewayScriptLocation(moduleUrl: string = import.meta.url): GatewayScript {
  const override = process.env.REPORT_DESK_GATEWAY_SCRIPT;
  if (override) return { path: override, typescript: /\.[cm]?ts$/.test(override) };
  if (/\.[cm]?ts$/.test(new URL(moduleUrl).pathname))
    return { path: fileURLToPath(new URL('./gateway-main.ts', moduleUrl)), typescript: true };
  const dist = moduleUrl.lastIndexOf('/dist/');
  if (dist === -1) throw new Error(`无法确定提问箱进程的位置：${moduleUrl}`);
  const base = moduleUrl.slice(0, dist).replace(/\/app\.asar$/, '/app.asar.unpacked');
  return { path: fileURLToPath(`${base}/dist/gateway/gateway.mjs`), typescript: false };
}

/** The owner's handle on one gateway process, however it was started. */
export interface GatewayChild {
  readonly pid: number | undefined;
  /** Dropped silently once the channel is closed (the child is dying; its exit is reported). */
  send(message: OwnerToGateway): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once, when the process has exited (or could not be started). */
  onExit(listener: (reason: string) => void): void;
  /** SIGKILL. */
  kill(): void;
}

export type SpawnGateway = (script: GatewayScript) => GatewayChild;

/**
 * child_process.fork: host mode runs it with its own Node; Electron main (in development) runs it as
 * Electron-as-Node. The token is never in argv or env: it comes in the first IPC message.
 */
export const forkGateway: SpawnGateway = (script) => {
  const execArgv = script.typescript
    ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]
    : [];
  const child = fork(script.path, [], {
    execArgv,
    // Its output goes to our stderr: host mode's stdout carries only the address to open.
    stdio: ['ignore', 2, 2, 'ipc'],
    serialization: 'json',
  });
  let exited = false;
  const exitListeners: Array<(reason: string) => void> = [];
  const exit = (reason: string) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener(reason);
  };
  child.on('exit', (code, signal) => exit(signal ? `信号 ${signal}` : `代码 ${code ?? '—'}`));
  child.on('error', (error) => {
    // A failed spawn never emits exit; a failed send is followed by one.
    if (child.pid === undefined) exit(error.message);
  });
  return {
    get pid() {
      return child.pid;
    },
    send(message) {
      if (!child.connected) return;
      try {
        child.send(message);
      } catch {
        // The channel closed between the check and the send: the exit follows.
      }
    },
    onMessage(listener) {
      child.on('message', listener);
    },
    onExit(listener) {
      exitListeners.push(listener);
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
};
