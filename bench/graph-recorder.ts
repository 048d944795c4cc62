import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ArticleGraph } from '../src/domain.js';

/**
 * Keeps every article graph of an ingest run on disk, one JSON line each, so the raw write benchmark can
 * write exactly the same nodes and relationships later without extracting again, and without holding the
 * whole corpus in memory (which would spoil the memory measurement). Writes are synchronous: nothing
 * piles up in buffers.
 */
export interface GraphRecorder {
  record(graph: ArticleGraph): void;
  /** Milliseconds spent recording, to take out of the run's time. */
  readonly spentMs: number;
  readonly count: number;
  close(): void;
}

export function recordGraphs(file: string): GraphRecorder {
  const fd = openSync(file, 'w');
  let spentMs = 0;
  let count = 0;
  return {
    record(graph) {
      const started = performance.now();
      writeSync(fd, `${JSON.stringify(graph)}\n`);
      count += 1;
      spentMs += performance.now() - started;
    },
    get spentMs() {
      return spentMs;
    },
    get count() {
      return count;
    },
    close() {
      closeSync(fd);
    },
  };
}

/** The recorded graphs, in order, in batches of `size`. */
export async function* replayGraphs(file: string, size: number): AsyncGenerator<ArticleGraph[]> {
  let batch: ArticleGraph[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    batch.push(JSON.parse(line) as ArticleGraph);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
