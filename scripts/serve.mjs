// `npm run serve -- --data DIR --port N`: builds what is missing or stale, then runs host mode
// (dist/host/serve.mjs) with the same arguments. Build output goes to stderr so that stdout carries
// only host mode's one line with the address to open.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

// The child running now (vite during the build, then host mode); signals go to it so that host mode
// can flush its writes before exiting.
let current = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
    else process.exit(130);
  });
}

function run(command, args, options) {
  return new Promise((resolve) => {
    current = spawn(command, args, options);
    current.on('error', () => resolve(1));
    current.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Newest modification time under the given files and folders (0 when none exist). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules') visit(join(path, name));
    } else {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

async function buildRenderer() {
  process.stderr.write('正在构建界面（vite build）…\n');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const [command, args] = existsSync(vite) ? [process.execPath, [vite, 'build']] : ['npx', ['vite', 'build']];
  const status = await run(command, args, {
    stdio: ['ignore', 2, 2],
    shell: command === 'npx' && process.platform === 'win32',
  });
  if (status !== 0) {
    process.stderr.write(
      existsSync('dist/renderer/index.html')
        ? '警告：界面构建失败，将使用上一次构建的界面。\n'
        : '警告：界面构建失败，浏览器中将只显示“界面尚未构建”的提示；接口仍可使用。\n',
    );
  }
}

const rendererSources = ['renderer', 'shared', 'vite.config.ts', 'package.json'];
if (mtime('dist/renderer/index.html') < newestMtime(rendererSources)) await buildRenderer();

const hostEntry = 'dist/host/serve.mjs';
if (mtime(hostEntry) < newestMtime(['electron', 'shared', 'package.json'])) {
  const { buildNode } = await import('./build-node.mjs');
  await buildNode({ only: ['electron/host/serve.ts'] });
}

process.exitCode = await run(process.execPath, [hostEntry, ...process.argv.slice(2)], { stdio: 'inherit' });
