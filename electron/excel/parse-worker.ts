// Entry of the parse worker thread: one file per worker, so terminating it is a clean cancel.
import { parentPort, workerData } from 'node:worker_threads';
import { parseWorkOrders } from './parse-work-orders';
import type { ParseMessage, ParseRequest } from './parse-worker-protocol';

const port = parentPort;
if (port) {
  const request = workerData as ParseRequest;
  const post = (message: ParseMessage) => port.postMessage(message);
  const outcome = parseWorkOrders(request.bytes, request.options, request.limits, (progress) => post({ type: 'progress', progress }));
  post({ type: 'done', outcome });
}
