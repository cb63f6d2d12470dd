import type { Output, ParsedInput } from '../../shared/api';
import type { GatewayStatus, NetworkInterfaceInfo } from '../../shared/domain';
import { AppError } from '../api/app-error';
import type { ServiceContext } from './service-context';

/**
 * 手机提问: opening and closing a meeting's question box. The token, address, port and Wi-Fi name are
 * kept in the meeting's gate document; the process itself is ctx.gateways'.
 */

const TODO = () => new AppError('internal', '手机提问尚未实现');

/** The computer's interfaces the box may listen on (IPv4 and IPv6, loopback marked). */
export function gatewayInterfaces(_ctx: ServiceContext): NetworkInterfaceInfo[] {
  throw TODO();
}

export function gatewayStatus(_ctx: ServiceContext, _meetingId: string): GatewayStatus {
  throw TODO();
}

export async function openGateway(
  _ctx: ServiceContext,
  _input: ParsedInput<'gateway.open'>,
): Promise<GatewayStatus> {
  throw TODO();
}

export async function closeGateway(
  _ctx: ServiceContext,
  _input: ParsedInput<'gateway.close'>,
): Promise<GatewayStatus> {
  throw TODO();
}

export async function renewGatewayToken(
  _ctx: ServiceContext,
  _input: ParsedInput<'gateway.renewToken'>,
): Promise<GatewayStatus> {
  throw TODO();
}

export function getFlaggedWords(_ctx: ServiceContext): Output<'moderation.words.get'> {
  throw TODO();
}

export async function setFlaggedWords(
  _ctx: ServiceContext,
  _input: ParsedInput<'moderation.words.set'>,
): Promise<Output<'moderation.words.set'>> {
  throw TODO();
}

/**
 * Called once the services are built: follows live.changed to ctx.gateways.notify, closes the box when
 * its meeting closes, and opens again every box that was open when the app last stopped.
 */
export function startGatewayService(_ctx: ServiceContext): void {
  // Implemented with the gateway (issue 11).
}
