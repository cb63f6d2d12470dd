import type { Session, WebContents } from 'electron';

/**
 * The origins our own pages may come from: the custom protocol in production, plus the Vite dev
 * server in development. Everything else is foreign.
 */
export type AllowedOrigins = readonly string[];

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // `URL.origin` is "null" for non-special schemes in some runtimes; build it ourselves.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isAllowedOrigin(url: string | undefined, allowed: AllowedOrigins): boolean {
  const origin = originOf(url);
  return origin !== null && allowed.includes(origin);
}

/**
 * Links leaving the app open in the system browser only when they are plain http(s) URLs without
 * embedded credentials; returns the normalised URL to open, or null.
 */
export function externalLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.href;
}

export type OpenExternal = (url: string) => Promise<void>;

export interface HardenOptions {
  allowed: AllowedOrigins;
  openExternal: OpenExternal;
}

/**
 * Applied to every web contents the app ever creates (see app 'web-contents-created'): navigation
 * away from our origin is cancelled, new windows are never opened (external links go to the system
 * browser after a check), and <webview> cannot be attached.
 */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  const guardNavigation = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedOrigin(url, options.allowed)) event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalLinkTarget(url);
    if (target) void options.openExternal(target).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** The app needs no camera, microphone, notifications, geolocation or anything else: deny all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
