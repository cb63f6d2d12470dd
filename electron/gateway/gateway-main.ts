// The question box's gateway process: one child of the folder's owner (host mode or the desktop app),
// serving the phone page and the phone methods on the interface the operator chose. It never opens the
// data folder and holds no token of the operator's API: every call goes back to the owner over IPC.
import { isPhoneMethod } from '../../shared/api/phone-contract';
import { fail, type Result } from '../../shared/api/result';
import { GATEWAY_MESSAGES } from './gateway-messages';
import { GatewayToOwner, OwnerToGateway, type GatewayStartMessage } from './gateway-protocol';
import { createGatewayServer, type GatewayServer } from './gateway-server';
import { loadPhoneFiles } from './phone-files';

interface Channel {
  send(message: GatewayToOwner): void;
  onMessage(listener: (message: unknown) => void): void;
}

/**
 * Node's fork IPC (host mode, development Electron), or Electron's utility process port, where
 * child_process.fork cannot be used because the packaged app disables ELECTRON_RUN_AS_NODE.
 */
function ownerChannel(): Channel | null {
  const parentPort = (
    process as unknown as {
      parentPort?: {
        postMessage(m: unknown): void;
        on(e: 'message', l: (e: { data: unknown }) => void): void;
      };
    }
  ).parentPort;
  if (parentPort) {
    return {
      send: (message) => parentPort.postMessage(GatewayToOwner.parse(message)),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
    };
  }
  if (!process.send) return null;
  return {
    send: (message) => {
      if (process.connected) process.send!(GatewayToOwner.parse(message));
    },
    onMessage: (listener) => process.on('message', listener),
  };
}

function main(): void {
  const channel = ownerChannel();
  if (!channel) {
    process.stderr.write('提问箱进程只能由报告会程序启动\n');
    process.exit(2);
  }
  let server: GatewayServer | null = null;
  let starting = false;
  let nextId = 1;
  const pending = new Map<number, (result: Result<unknown>) => void>();

  const call = (method: string, input: unknown): Promise<Result<unknown>> => {
    if (!isPhoneMethod(method)) return Promise.resolve(fail('unknown_method', GATEWAY_MESSAGES.notFound));
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      // The server times the call out on its own; forget it then so the map never grows.
      setTimeout(() => pending.delete(id), 60_000).unref();
      channel.send({ type: 'call', id, method, input });
    });
  };

  const start = async (message: GatewayStartMessage) => {
    if (server || starting) return;
    starting = true;
    try {
      const phoneFiles = loadPhoneFiles(message.phoneDir);
      server = await createGatewayServer({
        address: message.address,
        port: message.port,
        token: message.token,
        phoneFiles,
        call,
        limits: message.limits,
      });
      channel.send({ type: 'listening', port: server.port });
    } catch (error) {
      channel.send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      process.exitCode = 1;
      setTimeout(() => process.exit(1), 50);
    } finally {
      starting = false;
    }
  };

  const stop = async () => {
    const closing = server?.close();
    server = null;
    if (closing) await Promise.race([closing, new Promise((r) => setTimeout(r, 1_500))]);
    process.exit(0);
  };

  channel.onMessage((raw) => {
    const parsed = OwnerToGateway.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'start':
        return void start(message);
      case 'notify':
        return server?.notify();
      case 'stop':
        return void stop();
      case 'result': {
        const resolve = pending.get(message.id);
        pending.delete(message.id);
        return resolve?.(message.result as Result<unknown>);
      }
    }
  });
  // The owner died or let go: nobody can answer phones any more, and the port must be free for its
  // successor at once.
  process.on('disconnect', () => process.exit(0));
  // Ctrl+C in host mode's terminal reaches the whole process group: the owner stops the gateway in its
  // own shutdown, and a gateway dying first would only look like a crash to restart.
  process.on('SIGINT', () => undefined);
}

main();
