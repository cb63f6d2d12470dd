// A parse worker that answers every job with how many jobs this thread has seen, so a test can tell a
// kept worker from a fresh one. A file whose first byte is 1 is never answered (to cancel it).
import { parentPort } from 'node:worker_threads';
import { isParseJob, type ParseMessage } from '../../electron/excel/parse-worker-protocol';

let seen = 0;
parentPort?.on('message', (message: unknown) => {
  if (!isParseJob(message)) return;
  seen += 1;
  if (message.request.bytes[0] === 1) return;
  const reply: ParseMessage = {
    type: 'done',
    job: message.job,
    outcome: { ok: false, refusal: { code: 'damaged', message: `job ${seen}` } },
  };
  parentPort?.postMessage(reply);
});
