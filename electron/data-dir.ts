import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { DATA_FOLDER_NAME, defaultDataDir } from './storage/default-data-dir';

export interface ShellArgs {
  /** `--data DIR` / `--data=DIR`, resolved against the working directory. */
  dataDir: string | null;
  /** `--dev`: load the Vite dev server and enable reload / developer tools. */
  dev: boolean;
}

/**
 * Reads our two switches from anywhere in argv: Electron puts its own path (and, unpackaged, the
 * main script) in front, and Chromium may add switches of its own.
 */
export function parseShellArgs(argv: readonly string[], cwd = process.cwd()): ShellArgs {
  let dataDir: string | null = null;
  let dev = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dev') dev = true;
    else if (arg === '--data' && i + 1 < argv.length) {
      const value = argv[i + 1];
      if (value && !value.startsWith('--')) {
        dataDir = value;
        i += 1;
      }
    } else if (arg?.startsWith('--data=') && arg.length > '--data='.length) {
      dataDir = arg.slice('--data='.length);
    }
  }
  return { dataDir: dataDir === null ? null : resolve(cwd, dataDir), dev };
}

/** The documents folder: `--data DIR`, else the same default folder host mode and the CLI open. */
export function resolveDataDir(args: ShellArgs, env: NodeJS.ProcessEnv = process.env): string {
  return args.dataDir ?? defaultDataDir(env);
}

/**
 * Chromium's own profile (caches, the single-instance lock, window position) lives beside the data
 * folder, never inside it, so the store sees only its documents. With `--data` each data folder gets
 * its own profile: the lock then guards that folder, and two folders can be open side by side.
 */
export function shellProfileDir(appDataPath: string, args: ShellArgs): string {
  const base = join(appDataPath, `${DATA_FOLDER_NAME}-shell`);
  if (!args.dataDir) return base;
  const key = createHash('sha256').update(args.dataDir).digest('hex').slice(0, 16);
  return join(base, 'profiles', key);
}
