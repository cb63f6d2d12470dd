import type { IncomingMessage } from 'node:http';

export type BodyOutcome =
  { ok: true; text: string } | { ok: false; reason: 'too_large' | 'aborted' | 'bad_encoding' };

/**
 * Reads a request body up to `limit` bytes. Past the limit it stops keeping bytes but goes on reading
 * (up to a hard cap), so the client finishes sending and can read the refusal instead of a reset.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  const declared = Number(req.headers['content-length']);
  const drainCap = limit * 4;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (outcome: BodyOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    if (Number.isFinite(declared) && declared > drainCap) {
      // Not worth reading at all; the caller answers and closes the connection.
      req.resume();
      finish({ ok: false, reason: 'too_large' });
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > drainCap) finish({ ok: false, reason: 'too_large' });
    });
    req.on('end', () => {
      if (size > limit) return finish({ ok: false, reason: 'too_large' });
      const buffer = Buffer.concat(chunks, size);
      try {
        finish({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) });
      } catch {
        finish({ ok: false, reason: 'bad_encoding' });
      }
    });
    req.on('aborted', () => finish({ ok: false, reason: 'aborted' }));
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('close', () => finish({ ok: false, reason: 'aborted' }));
  });
}
