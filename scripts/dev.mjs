// `npm run dev`: the renderer from Vite's dev server (hot reload), main and preload rebuilt by esbuild
// on every change, and Electron restarted when they change. Without an Electron binary there is no
// desktop shell to develop: use host mode (`npm run serve`) instead.
import { spawn } from 'node:child_process';

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const electron = electronBinary(root);
if (!electron) {
  console.error('未找到 Electron 程序，无法启动桌面开发模式。请改用浏览器模式：npm run serve');
  console.error('(No Electron binary here; use host mode instead: npm run serve)');
  process.exit(1);
}

const { createServer } = await import('vite');
const { context } = await import('esbuild');
const { entries, esbuildOptions } = await import('./build-node.mjs');

const vite = await createServer({ configFile: join(root, 'vite.config.ts') });
await vite.listen();
const devUrl = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`渲染进程开发服务器：${devUrl}`);

let child = null;
let restarting = false;
const passThrough = process.argv.slice(2);

function startElectron() {
  child = spawn(electron, [join(root, 'dist', 'electron', 'main.mjs'), '--dev', ...passThrough], {
    stdio: 'inherit',
    env: { ...process.env, VITE_DEV_SERVER_URL: devUrl, REPORT_DESK_DEV: '1' },
  });
  child.on('exit', (code) => {
    child = null;
    // Closing the window ends the session; a restart after a rebuild does not.
    if (!restarting) void shutdown(code ?? 0);
  });
}

function restartElectron() {
  if (!child) return startElectron();
  restarting = true;
  child.once('exit', () => {
    restarting = false;
    startElectron();
  });
  // SIGTERM lets the app run its before-quit and flush the store.
  child.kill('SIGTERM');
}

let firstBuild = true;
const shellEntries = entries.filter(
  (entry) => entry.in === 'electron/main.ts' || entry.in === 'electron/preload.ts',
);
const pending = new Set(shellEntries.map((entry) => entry.in));
const contexts = await Promise.all(
  shellEntries.map((entry) =>
    context({
      ...esbuildOptions(entry),
      plugins: [
        {
          name: 'restart-electron',
          setup(build) {
            build.onEnd((result) => {
              if (result.errors.length > 0) return;
              pending.delete(entry.in);
              if (firstBuild && pending.size === 0) {
                firstBuild = false;
                startElectron();
              } else if (!firstBuild) {
                restartElectron();
              }
            });
          },
        },
      ],
    }),
  ),
);
await Promise.all(contexts.map((ctx) => ctx.watch()));

async function shutdown(code) {
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  await vite.close();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child) child.kill('SIGTERM');
    else void shutdown(0);
  });
}
