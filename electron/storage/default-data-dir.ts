import { homedir } from 'node:os';
import { join } from 'node:path';

/** Folder name under the OS's per-user application data folder; ASCII so it is easy to type in a shell. */
export const DATA_FOLDER_NAME = 'ReportBackDesk';

/**
 * Where the app keeps its documents unless `--data DIR` says otherwise. The Electron shell, host mode
 * and the CLI all use this one function, so the three always open the same data.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), DATA_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', DATA_FOLDER_NAME);
  }
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), DATA_FOLDER_NAME);
}
