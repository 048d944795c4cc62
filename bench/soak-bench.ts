import type { Driver } from 'neo4j-driver';
import { graphSize } from './graph-size.js';
import { loadGraphql } from './graphql-load.js';
import { round3 } from './latency-stats.js';
import { buildQuestions } from './questions.js';
import type { SoakBench } from './result-types.js';
import type { ServerProcess } from './server-process.js';

export interface SoakDeps {
  driver: Driver;
  server: ServerProcess;
  log: (line: string) => void;
}

export interface SoakOptions {
  concurrency: number;
  seconds: number;
  warmupSeconds: number;
}

/** No run should be cut short by the request cap: the soak is bounded by time. */
const UNCAPPED = 100_000_000;

/**
 * The soak: the four question queries in turn over GraphQL at high concurrency for a long time, from this
 * process against the server process. Expected: no errors, and the server's RSS at the end within 20% of its
 * RSS right after the warm-up (read from /proc/<pid>/status every second; heap after a forced GC beside it).
 */
export async function benchSoak(deps: SoakDeps, options: SoakOptions): Promise<SoakBench> {
  const graph = await graphSize(deps.driver);
  const requests = (await buildQuestions(deps.driver)).map((question) => question.graphql);
  const { concurrency } = options;
  deps.log(`soak: warm-up ${options.warmupSeconds} s at concurrency ${concurrency}`);
  await loadGraphql(deps.server.url, requests, {
    concurrency,
    seconds: options.warmupSeconds,
    maxRequests: UNCAPPED,
  });
  const rssAfterWarmupBytes = await deps.server.rssBytes();
  const { heapUsedBytes: heapAfterWarmupBytes } = await deps.server.memory();

  deps.log(`soak: ${options.seconds} s at concurrency ${concurrency}`);
  const rssSamples: SoakBench['rssSamples'] = [];
  const started = performance.now();
  const timer = setInterval(() => {
    const second = Math.round((performance.now() - started) / 1000);
    deps.server.rssBytes().then(
      (rssBytes) => rssSamples.push({ second, rssBytes }),
      () => undefined,
    );
  }, 1000);
  let stats;
  try {
    stats = await loadGraphql(deps.server.url, requests, {
      concurrency,
      seconds: options.seconds,
      maxRequests: UNCAPPED,
    });
  } finally {
    clearInterval(timer);
  }
  const rssEndBytes = await deps.server.rssBytes();
  const { heapUsedBytes: heapEndBytes } = await deps.server.memory();
  deps.log(
    `soak: ${stats.requests} requests, ${stats.errors} errors, p95 ${stats.p95} ms; ` +
      `server RSS ${(rssAfterWarmupBytes / 2 ** 20).toFixed(0)} → ${(rssEndBytes / 2 ** 20).toFixed(0)} MB`,
  );
  return {
    graph,
    concurrency,
    seconds: options.seconds,
    warmupSeconds: options.warmupSeconds,
    stats,
    rssAfterWarmupBytes,
    rssEndBytes,
    rssGrowth: round3(rssEndBytes / rssAfterWarmupBytes - 1),
    heapAfterWarmupBytes,
    heapEndBytes,
    rssSamples,
  };
}
