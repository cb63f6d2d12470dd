export const DEFAULT_DEV_SERVER_URL = 'http://127.0.0.1:5173/';

export interface DevModeInput {
  /** `--dev` on the command line. */
  flag: boolean;
  env: NodeJS.ProcessEnv;
  /** `app.isPackaged`: an installed build never runs in development mode, whatever it is told. */
  isPackaged: boolean;
}

export type DevMode = { dev: false } | { dev: true; serverUrl: string } | { dev: false; refused: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Development mode gives the page devtools and full IPC and loads whatever the dev server URL says,
 * so anyone who can pass a switch or set a variable could point the shell at a page of their own.
 * It is therefore honoured only when running from source, and only for a dev server on this machine.
 */
export function resolveDevMode(input: DevModeInput): DevMode {
  const asked = input.flag || input.env.REPORT_DESK_DEV === '1';
  if (!asked || input.isPackaged) return { dev: false };
  const raw = input.env.VITE_DEV_SERVER_URL ?? DEFAULT_DEV_SERVER_URL;
  const serverUrl = loopbackHttpUrl(raw);
  if (!serverUrl)
    return {
      dev: false,
      refused: `开发服务器地址只能是本机的 http 地址（127.0.0.1、localhost 或 [::1]），收到的是：${raw}`,
    };
  return { dev: true, serverUrl };
}

/** The URL normalised, when it is plain http on a loopback host without credentials; else null. */
export function loopbackHttpUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || url.username !== '' || url.password !== '') return null;
  return LOOPBACK_HOSTS.has(url.hostname) ? url.href : null;
}
