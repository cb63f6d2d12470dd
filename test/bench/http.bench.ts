// HTTP round trip of a small API call on loopback with keep-alive, against a bare Node server
// answering the same bytes through the same client in the same run (the floor).
import { rmSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createHostServer } from '../../electron/host/host-server';
import { openAppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { stubRenderer } from '../contract/harnesses';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const TOKEN = 'bench-token-0123456789abcdef';
const ROUNDS = 2_000;

function post(agent: Agent, port: number, path: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          Host: `127.0.0.1:${port}`,
          Authorization: `Bearer ${TOKEN}`,
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(text) : reject(new Error(`HTTP ${res.statusCode}: ${text}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function time(agent: Agent, port: number, path: string, body: string): Promise<number> {
  const start = performance.now();
  await post(agent, port, path, body);
  return performance.now() - start;
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  const services = await openAppServices({
    store: new MemoryDocumentStore(),
    dataDir: '/bench',
    version: 'bench',
  });
  const rendererDir = stubRenderer();
  const host = await createHostServer({
    dispatch: services.dispatch,
    events: services.events,
    rendererDir,
    token: TOKEN,
    port: 0,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  // One kept-alive connection per server, as a browser tab would hold.
  const barePortAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const body = '{}';
  const answer = await post(agent, host.port, '/api/app.info', body);

  // The floor: Node's http alone, same response bytes and headers' shape, no routing or validation.
  const bare: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(answer)),
        'Cache-Control': 'no-store',
      });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const barePort = (bare.address() as AddressInfo).port;

  for (let i = 0; i < 300; i += 1) {
    await time(agent, host.port, '/api/app.info', body);
    await time(barePortAgent, barePort, '/api/app.info', body);
  }
  // Strictly alternating calls, so load from other processes on a shared machine hits both alike.
  const api: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    api.push(await time(agent, host.port, '/api/app.info', body));
    floor.push(await time(barePortAgent, barePort, '/api/app.info', body));
  }

  agent.destroy();
  barePortAgent.destroy();
  await new Promise<void>((resolve) => bare.close(() => resolve()));
  await host.close();
  await services.close();
  rmSync(rendererDir, { recursive: true, force: true });

  const p95 = percentile(api, 95);
  const floorP95 = percentile(floor, 95);
  report({
    bench: 'http.roundtrip',
    method: 'app.info',
    samples: api.length,
    p50_ms: round(percentile(api, 50), 3),
    p95_ms: round(p95, 3),
    floor_p50_ms: round(percentile(floor, 50), 3),
    floor_p95_ms: round(floorP95, 3),
    ratio: round(p95 / floorP95),
  });
}
