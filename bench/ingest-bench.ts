import type { Driver } from 'neo4j-driver';
import { ingest, type IngestSummary } from '../src/pipeline/ingest.js';
import { countSources } from '../src/pipeline/source/index.js';
import { countWords } from './article-words.js';
import { graphSize } from './graph-size.js';
import { recordGraphs } from './graph-recorder.js';
import { round3 } from './latency-stats.js';
import { stageTimes } from './stage-times.js';
import { forceGc, sampleMemory } from './memory-sampler.js';
import type { IngestBench, MemoryPoint } from './result-types.js';

export interface IngestBenchDeps {
  driver: Driver;
  log: (line: string) => void;
}

export interface IngestBenchOptions {
  batchSize: number;
  /** A JSON-lines file to keep each article's graph in, for the raw write benchmark. */
  recordTo: string;
}

const rate = (articles: number, ms: number): number => (ms > 0 ? round3(articles / (ms / 1000)) : 0);

/**
 * Ingestion end to end through the real `ingest()`: articles per second, the time of each stage (source,
 * extraction, database writes), peak RSS and heap (sampled every 100 ms) and the heap retained after a forced
 * GC at each quarter of the run, which stays flat when memory does not grow with the number of articles.
 */
export async function benchIngest(
  paths: string[],
  deps: IngestBenchDeps,
  options: IngestBenchOptions,
): Promise<{ bench: IngestBench; summary: IngestSummary }> {
  const expected = Math.max(1, await countSources(paths));
  const recorder = recordGraphs(options.recordTo);
  const retainedHeap: MemoryPoint[] = [];
  let gcMs = 0;
  const retained = (articles: number) => {
    const started = performance.now();
    forceGc();
    const usage = process.memoryUsage();
    retainedHeap.push({ articles, rssBytes: usage.rss, heapUsedBytes: usage.heapUsed });
    gcMs += performance.now() - started;
  };
  let words = 0;
  let nextQuarter = 1;
  let lastLogged = 0;

  retained(0);
  const memory = sampleMemory(100);
  const started = performance.now();
  let summary: IngestSummary;
  try {
    summary = await ingest(
      paths,
      {
        driver: deps.driver,
        onGraph: (graph) => {
          recorder.record(graph);
          words += countWords(graph.article.text);
        },
        onProgress: ({ done }) => {
          if (nextQuarter < 4 && done >= (expected * nextQuarter) / 4) {
            retained(done);
            nextQuarter += 1;
          }
          if (done - lastLogged >= 1000) {
            lastLogged = done;
            deps.log(`  ingest: ${done} of ~${expected} inputs`);
          }
        },
      },
      { batchSize: options.batchSize },
    );
  } finally {
    recorder.close();
  }
  const elapsed = performance.now() - started;
  const peaks = memory.stop();
  retained(summary.read + summary.rejected.length);

  const instrumentationMs = recorder.spentMs + gcMs;
  const wallMs = elapsed - instrumentationMs;
  const rejectedByCode: Record<string, number> = {};
  for (const rejection of summary.rejected) {
    rejectedByCode[rejection.code] = (rejectedByCode[rejection.code] ?? 0) + 1;
  }
  const first = retainedHeap[1] ?? retainedHeap[0]!;
  const last = retainedHeap.at(-1)!;
  const bench: IngestBench = {
    inputs: paths,
    batchSize: options.batchSize,
    articles: summary.read,
    words,
    written: summary.written,
    rejected: summary.rejected.length,
    rejectedByCode,
    wallMs: round3(wallMs),
    instrumentationMs: round3(instrumentationMs),
    articlesPerSecond: rate(summary.read, wallMs),
    extractorMode: summary.extractorMode,
    stages: stageTimes(summary.timings),
    stageRates: {
      source: rate(summary.read, summary.timings.source),
      extract: rate(summary.read, summary.timings.mentions + summary.timings.facts),
      resolve: rate(summary.read, summary.timings.resolve),
      load: rate(summary.read, summary.timings.load),
    },
    memory: {
      ...peaks,
      retainedHeap,
      retainedHeapGrowth: round3(last.heapUsedBytes / first.heapUsedBytes),
    },
    graph: await graphSize(deps.driver),
  };
  return { bench, summary };
}
