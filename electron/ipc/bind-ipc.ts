import { fail, ipcChannel, methods, type Result } from '../../shared/api';
import type { Dispatch } from '../api/dispatch';

/** What bindIpc needs from a handle call's event; Electron's IpcMainInvokeEvent fits it. */
export interface IpcInvokeEventLike {
  readonly senderFrame?: { readonly url: string } | null;
}

/** The part of Electron's ipcMain that bindIpc uses, so it can be driven without Electron in tests. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export type SenderCheck = (senderFrameUrl: string | undefined) => boolean;

export const FORBIDDEN_SENDER_MESSAGE = '拒绝访问：请求不是来自本应用的页面';

/**
 * Registers one handler per contract method and returns a function that removes them all. Nothing is
 * registered at import time: main.ts decides when, after the window's origin is known.
 */
export function bindIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: SenderCheck): () => void {
  const channels = methods.map((method) => {
    const channel = ipcChannel(method);
    ipcMain.handle(channel, (event, input): Promise<Result<unknown>> => {
      // A frame that navigated away (or an injected iframe) must not reach the services.
      if (!isTrusted(isTrustedSender, event.senderFrame?.url)) {
        return Promise.resolve(fail('forbidden', FORBIDDEN_SENDER_MESSAGE));
      }
      return dispatch(method, input);
    });
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

function isTrusted(check: SenderCheck, url: string | undefined): boolean {
  try {
    return check(url) === true;
  } catch {
    return false;
  }
}

/**
 * A sender check for pages loaded from one base URL (the app's custom protocol, or the Vite dev
 * server): same scheme and host. Compared by parts because custom schemes have an opaque origin.
 */
export function trustSendersFrom(baseUrl: string): SenderCheck {
  const base = new URL(baseUrl);
  return (url) => {
    if (!url) return false;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    return (
      parsed.protocol === base.protocol &&
      parsed.host === base.host &&
      parsed.username === '' &&
      parsed.password === ''
    );
  };
}
