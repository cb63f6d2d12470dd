// Entry of the parse worker thread. It stays alive between files (starting a thread and loading SheetJS
// costs more than parsing a 10k-row sheet), one file at a time; a cancel or a time-out terminates it,
// and the next file gets a fresh one.
import { parentPort } from 'node:worker_threads';
import { parseWorkOrders } from './parse-work-orders';
import { isParseJob, type ParseMessage } from './parse-worker-protocol';

const port = parentPort;
if (port) {
  port.on('message', (message: unknown) => {
    if (!isParseJob(message)) return;
    const { job, request } = message;
    const post = (reply: ParseMessage) => port.postMessage(reply);
    const outcome = parseWorkOrders(request.bytes, request.options, request.limits, (progress) =>
      post({ type: 'progress', job, progress }),
    );
    post({ type: 'done', job, outcome });
  });
}
