// `npm start`: installs what is missing, then starts the desktop app, or host mode in a browser where
// Electron's binary cannot be had. Node built-ins only: this runs before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { ensureDependencies, npmCommand } from './install-deps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = npmCommand();
const args = process.argv.slice(2);

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

// 1. Dependencies (see install-deps.mjs: output to a log file, a few lines here).
if (!(await ensureDependencies(root))) process.exit(1);

// 2. The Electron binary, if it can be downloaded.

let electron = electronBinary(root);
if (
  !electron &&
  existsSync(join(root, 'node_modules', 'electron', 'install.js')) &&
  !args.includes('--host')
) {
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  spawnSync(process.execPath, ['install.js'], {
    cwd: join(root, 'node_modules', 'electron'),
    stdio: 'ignore',
    env,
    timeout: 180_000,
  });
  electron = electronBinary(root);
}

// 3. Build, then start.
if (!run(npm, ['run', 'build', '--silent'])) {
  console.error('构建失败。');
  process.exit(1);
}

const passThrough = args.filter((a) => a !== '--host');
if (electron) {
  const child = spawn(electron, ['.', ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('桌面外壳不可用（无法获取 Electron 程序），改用浏览器模式：请在浏览器中打开下面的地址。');
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), ...passThrough], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
