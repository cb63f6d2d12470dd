// A parse worker that reports progress once and then never finishes: the time-out and cancel must stop it.
import { parentPort } from 'node:worker_threads';
import type { ParseMessage } from '../../electron/excel/parse-worker-protocol';

const message: ParseMessage = { type: 'progress', progress: { phase: 'read', done: 0, total: 1 } };
parentPort?.postMessage(message);
for (;;) {
  // Busy forever, as a catastrophic regular expression or a parser loop would be.
}
