/**
 * The GraphQL server as its own process, for the query benchmarks and the soak: started by server-process.ts
 * with `node --import tsx`, so its pid is the server's and its memory can be read from /proc/<pid>/status.
 *
 * Reads the database from BENCH_NEO4J_URI, BENCH_NEO4J_USERNAME and BENCH_NEO4J_PASSWORD; serves on 127.0.0.1
 * on a free port in production mode; sends `{ type: 'ready', url }` over IPC. Answers `{ type: 'memory' }` with
 * its memory after a forced GC, and stops on `{ type: 'stop' }` (or when the parent goes away).
 */
import { makeDriver } from '../src/db/index.js';
import { startServer } from '../src/serve/index.js';
import { forceGc } from './memory-sampler.js';

/** Messages between the benchmark and this process. */
export type ChildRequest = { type: 'memory' } | { type: 'stop' };
export type ChildReply =
  { type: 'ready'; url: string; pid: number } | { type: 'memory'; rssBytes: number; heapUsedBytes: number };

const uri = process.env.BENCH_NEO4J_URI;
if (uri === undefined || process.send === undefined) {
  throw new Error('serve-child.ts is started by src/bench/server-process.ts, with BENCH_NEO4J_URI and IPC.');
}
const send = (reply: ChildReply) => process.send?.(reply);
const driver = makeDriver(
  uri,
  process.env.BENCH_NEO4J_USERNAME ?? 'neo4j',
  process.env.BENCH_NEO4J_PASSWORD ?? '',
);
const server = await startServer({
  driver,
  port: 0,
  host: '127.0.0.1',
  production: true,
  warmPlans: true,
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  await driver.close();
  process.disconnect?.();
};

process.on('message', (message: ChildRequest) => {
  if (message.type === 'memory') {
    forceGc();
    const usage = process.memoryUsage();
    send({ type: 'memory', rssBytes: usage.rss, heapUsedBytes: usage.heapUsed });
  } else if (message.type === 'stop') {
    void stop();
  }
});
process.on('disconnect', () => void stop());
send({ type: 'ready', url: server.url, pid: process.pid });
