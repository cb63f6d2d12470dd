// Installs what is missing before `npm start` or `npm test` can run. Node built-ins only: this runs
// before anything is installed.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where `npm ci` writes; its warnings would otherwise bury the few lines the operator needs. */
export function installLogPath(root) {
  return join(root, 'artifacts', 'npm-install.log');
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Why the installed packages do not match package-lock.json, in one Chinese sentence, or null when
 * nothing is missing. Compares versions, not timestamps: a fresh checkout (or a second git worktree)
 * has a newer lock file than an install that matches it exactly, and reinstalling then is pure loss.
 * Optional packages are skipped, since npm leaves out those built for other platforms.
 */
export function missingDependencies(root) {
  const wanted = readJson(join(root, 'package-lock.json'));
  if (!wanted?.packages) return '缺少 package-lock.json，无法确定要安装的依赖';
  if (!existsSync(join(root, 'node_modules'))) return '尚未安装依赖（没有 node_modules 目录）';
  const installed = readJson(join(root, 'node_modules', '.package-lock.json'));
  if (!installed?.packages) return '依赖安装不完整（node_modules 中没有安装记录）';
  for (const [path, entry] of Object.entries(wanted.packages)) {
    if (!path.startsWith('node_modules/') || entry.optional || entry.link) continue;
    const have = installed.packages[path];
    if (!have) return `缺少依赖 ${path.slice('node_modules/'.length)}`;
    if (have.version !== entry.version) {
      return `依赖 ${path.slice('node_modules/'.length)} 的版本是 ${have.version}，package-lock.json 要求 ${entry.version}`;
    }
    if (!existsSync(join(root, path, 'package.json')))
      return `依赖 ${path.slice('node_modules/'.length)} 的文件已缺失`;
  }
  return null;
}

function tail(text, lines) {
  return text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
}

/**
 * Runs `npm ci` when something is missing. Its whole output goes to the log file; the console gets a
 * line to start, one every half minute while it runs, and one at the end (on failure: where the log
 * is and its last lines). Electron's binary download is skipped so that a closed network cannot fail
 * the whole install; `npm start` fetches it separately.
 */
export async function ensureDependencies(
  root,
  { say = console.log, warn = console.error, npm = npmCommand() } = {},
) {
  const reason = missingDependencies(root);
  if (!reason) return true;
  const logFile = installLogPath(root);
  mkdirSync(dirname(logFile), { recursive: true });
  say(`${reason}：正在执行 npm ci 安装依赖，通常需要 1—3 分钟，完整输出记录在 ${logFile}`);
  const log = createWriteStream(logFile);
  const started = Date.now();
  let recent = '';
  const keep = (chunk) => {
    log.write(chunk);
    recent = (recent + chunk.toString()).slice(-20_000);
  };
  const code = await new Promise((resolve) => {
    const child = spawn(npm, ['ci', '--no-audit', '--no-fund'], {
      cwd: root,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const heartbeat = setInterval(
      () => say(`  仍在安装（已 ${Math.round((Date.now() - started) / 1000)} 秒）…`),
      30_000,
    );
    child.on('error', (error) => {
      keep(`\n${error.message}\n`);
      clearInterval(heartbeat);
      resolve(-1);
    });
    child.on('close', (status) => {
      clearInterval(heartbeat);
      resolve(status ?? -1);
    });
  });
  await new Promise((resolve) => log.end(resolve));
  const seconds = Math.round((Date.now() - started) / 1000);
  if (code !== 0) {
    warn(`依赖安装失败（npm ci 退出码 ${code}，用时 ${seconds} 秒）。请检查网络或 npm 镜像设置后重试。`);
    warn(`完整输出见 ${logFile}，最后几行：\n${tail(recent, 15)}`);
    return false;
  }
  const stillMissing = missingDependencies(root);
  if (stillMissing) {
    warn(`npm ci 已结束，但${stillMissing}。完整输出见 ${logFile}`);
    return false;
  }
  say(`依赖已安装（用时 ${seconds} 秒）。`);
  return true;
}

export function npmCommand() {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}
