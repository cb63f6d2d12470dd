import { z } from 'zod';
import { resultSchema } from '../../shared/api/result';

/**
 * The IPC channel between the folder's owner and its gateway child, checked with zod on both sides:
 * a confused or compromised child can ask only for phone calls, and a stray message is dropped. The
 * meeting's token travels here only, never in argv or the environment (other users of the machine
 * can read those).
 */

const Limits = z
  .object({
    burstPerClient: z.number().positive(),
    refillPerSecond: z.number().positive(),
    maxInFlight: z.number().int().positive(),
    maxConnectionsPerClient: z.number().int().positive(),
    maxConnections: z.number().int().positive(),
    maxStreamsPerClient: z.number().int().positive(),
    headersTimeoutMs: z.number().int().positive(),
    requestTimeoutMs: z.number().int().positive(),
    keepAliveTimeoutMs: z.number().int().positive(),
    callTimeoutMs: z.number().int().positive(),
    notifyCoalesceMs: z.number().int().min(0),
    heartbeatMs: z.number().int().positive(),
  })
  .partial()
  .strict();

export const OwnerToGateway = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('start'),
      meetingId: z.string().min(1),
      address: z.string().min(1).max(100),
      port: z.number().int().min(0).max(65535),
      token: z.string().min(16).max(128),
      phoneDir: z.string().min(1),
      /** Tests and the load bench only; the defaults are in rate-limit.ts. */
      limits: Limits.optional(),
    })
    .strict(),
  z.object({ type: z.literal('notify') }).strict(),
  z.object({ type: z.literal('stop') }).strict(),
  z
    .object({ type: z.literal('result'), id: z.number().int().positive(), result: resultSchema(z.unknown()) })
    .strict(),
]);
export type OwnerToGateway = z.infer<typeof OwnerToGateway>;
export type GatewayStartMessage = Extract<OwnerToGateway, { type: 'start' }>;

export const GatewayToOwner = z.discriminatedUnion('type', [
  z.object({ type: z.literal('listening'), port: z.number().int().min(1).max(65535) }).strict(),
  /** Could not start (port in use, address gone, page missing): the operator's Chinese message. */
  z.object({ type: z.literal('failed'), message: z.string() }).strict(),
  z
    .object({
      type: z.literal('call'),
      id: z.number().int().positive(),
      method: z.string().min(1).max(32),
      input: z.unknown(),
    })
    .strict(),
]);
export type GatewayToOwner = z.infer<typeof GatewayToOwner>;
