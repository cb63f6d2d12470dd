import { utilityProcess } from 'electron';
import type { GatewayChild, SpawnGateway } from './gateway-child';

/**
 * The desktop app's way to start the gateway: an Electron utility process. child_process.fork cannot
 * be used there, because the packaged app's fuses turn ELECTRON_RUN_AS_NODE off (electron-builder.yml)
 * and fork depends on it. The child (gateway-main.ts) talks over process.parentPort instead of
 * process.send; everything else is the same. Only electron/desktop-app.ts imports this file.
 */
export const utilityProcessGateway: SpawnGateway = (script) => {
  if (script.typescript) throw new Error('桌面程序只能运行构建后的提问箱进程（dist/gateway/gateway.mjs）');
  const child = utilityProcess.fork(script.path, [], { stdio: 'inherit', serviceName: '报告会提问箱' });
  let exited = false;
  const exitListeners: Array<(reason: string) => void> = [];
  child.on('exit', (code: number) => {
    exited = true;
    for (const listener of exitListeners) listener(`代码 ${code}`);
  });
  const handle: GatewayChild = {
    get pid() {
      return child.pid;
    },
    send(message) {
      if (exited) return;
      try {
        child.postMessage(message);
      } catch {
        // Not spawned yet or already gone: the exit is reported.
      }
    },
    onMessage(listener) {
      child.on('message', listener);
    },
    onExit(listener) {
      exitListeners.push(listener);
    },
    kill() {
      if (exited) return;
      // kill() sends SIGTERM; a stop that ran out of time needs the process gone now.
      if (child.pid !== undefined) {
        try {
          process.kill(child.pid, 'SIGKILL');
          return;
        } catch {
          // Fall back to Electron's own kill.
        }
      }
      child.kill();
    },
  };
  return handle;
};
