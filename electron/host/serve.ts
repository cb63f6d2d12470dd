// Host mode entry (`npm run serve -- --data DIR --port N`): the app's services and built renderer
// over HTTP on 127.0.0.1, for machines without Electron and for end-to-end tests.
// stdout carries exactly one line, the address to open; everything else goes to stderr.
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { createGatewaySupervisor } from '../gateway/gateway-supervisor';
import { openDataFolder, type OpenDataFolder } from '../services/open-data-folder';
import { defaultDataDir } from '../storage/default-data-dir';
import { publishOwnerEndpoint } from '../storage/owner-endpoint';
import { createHostServer, type HostServer } from './host-server';
import { parseServeArgs } from './serve-args';

// Both electron/host/serve.ts (tsx) and dist/host/serve.mjs (built) sit two levels below the root.
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2));
  const dataDir = resolve(args.dataDir ?? defaultDataDir());
  const rendererDir = resolve(args.rendererDir ?? resolve(projectRoot, 'dist', 'renderer'));

  // Refused with the holder named when another process owns the folder (FolderLockedError).
  const services = await openDataFolder({
    dataDir,
    mode: 'host',
    version,
    gateways: createGatewaySupervisor({ phoneDir: resolve(projectRoot, 'dist', 'phone') }),
  });
  const token = randomBytes(16).toString('base64url');
  let server: HostServer;
  try {
    server = await createHostServer({
      dispatch: services.dispatch,
      events: services.events,
      rendererDir,
      token,
      port: args.port,
      host: '127.0.0.1',
    });
  } catch (error) {
    await services.close();
    throw error;
  }
  // The CLI finds this and writes through the API rather than behind the services' back.
  const withdrawEndpoint = publishOwnerEndpoint(services.lock, { origin: server.origin, token });
  process.stdout.write(`报告会已在本机启动，请在浏览器中打开：${server.url}\n`);
  process.stderr.write(`数据目录：${dataDir}\n按 Ctrl+C 停止。\n`);
  stopOnSignals(server, services, withdrawEndpoint);
}

function stopOnSignals(server: HostServer, services: OpenDataFolder, withdrawEndpoint: () => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second signal (npm and scripts/serve.mjs both forward Ctrl+C) must not cut the flush short.
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      process.stderr.write('停止超时，强制退出。\n');
      process.exit(1);
    }, 10_000).unref();
    void (async () => {
      try {
        withdrawEndpoint();
        await server.close();
        // Awaits every pending document write, so nothing acknowledged is lost.
        await services.close();
        process.stderr.write(`已停止（${signal}），所有数据已保存。\n`);
        process.exit(0);
      } catch (error) {
        process.stderr.write(`停止时出错：${describe(error)}\n`);
        process.exit(1);
      }
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`无法启动本机服务：${describe(error)}\n`);
  process.exit(1);
});
