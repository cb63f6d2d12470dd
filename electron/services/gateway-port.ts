import type { Result } from '../../shared/api/result';
import type { GatewayState } from '../../shared/domain';

/**
 * What the services need from the question box's gateway process, and nothing about how it is run:
 * host mode and the desktop app start a real child process (electron/gateway/gateway-supervisor.ts);
 * the CLI and most tests have none (NO_GATEWAYS), or a fake.
 */

/** One phone call, forwarded by the gateway for the meeting it serves; checked here against phone-contract. */
export type PhoneDispatch = (meetingId: string, method: string, input: unknown) => Promise<Result<unknown>>;

export interface GatewayHooks {
  /** Answers the gateway's calls (the phone methods only). */
  phone: PhoneDispatch;
  /** The run state changed (listening, died and restarting, failed, stopped): services emit gateway.changed. */
  changed: (meetingId: string) => void;
}

export interface GatewayLaunch {
  meetingId: string;
  /** An address of one of this computer's interfaces (checked by the service before launching). */
  address: string;
  port: number;
  /** The meeting's 128-bit token (base64url); the gateway refuses every request without it. */
  token: string;
}

export interface GatewayRun {
  meetingId: string;
  state: GatewayState;
  address: string;
  port: number;
  /** Why it failed or last restarted, in Chinese; empty when fine. */
  error: string;
  restarts: number;
}

export interface GatewayPort {
  /** False where this app cannot start processes (the CLI): gateway.open is refused with a reason. */
  readonly available: boolean;
  /**
   * Starts the gateway for one meeting (stopping any other first) and resolves once it listens;
   * rejects with a Chinese message (port in use, address gone…). While it runs, a crash restarts it
   * with the same launch, so phones retrying their requests carry on.
   */
  start(launch: GatewayLaunch): Promise<GatewayRun>;
  /** Stops it; resolves when the process has exited. */
  stop(): Promise<void>;
  /** The current run, or null when none. */
  current(): GatewayRun | null;
  /** Something phones see changed: the gateway tells its event streams (content-free). */
  notify(meetingId: string): void;
}

export type GatewayPortFactory = (hooks: GatewayHooks) => GatewayPort;

const UNAVAILABLE = '这个程序（命令行）不能打开手机提问，请在报告会桌面程序或本机服务（npm run serve）中打开';

export const NO_GATEWAYS: GatewayPortFactory = () => ({
  available: false,
  start: async () => {
    throw new Error(UNAVAILABLE);
  },
  stop: async () => undefined,
  current: () => null,
  notify: () => undefined,
});
