import { createServer } from 'node:net';

/**
 * A loopback port nobody listens on now: a question box opened by a test or a shot never takes the
 * default 8686 another run may hold (gateway.open wants one ≥ 1024, which the system's picks are).
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
