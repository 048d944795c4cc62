/**
 * An ingest run: reads the sources, runs each article through the stages of `stages.ts`, and writes the
 * graphs to Neo4j in batches; times each stage and lists what was rejected and why.
 */
import type { Driver } from 'neo4j-driver';
import type { ArticleGraph } from '../domain.js';
import { AppError, toAppError } from '../errors.js';
import { readSources, type SourceOptions } from './source/index.js';
import { emptyCounts, loadArticles, type WriteCounts } from './load/index.js';
import {
  analyseArticle,
  createEventMemory,
  createResolveState,
  emptyStageTimings,
  EXTRACTOR_VERSION,
  type StageTimings,
} from './stages.js';

/** A file or row that did not go in, and why. */
export interface Rejection {
  file: string;
  code: string;
  reason: string;
}

export interface IngestProgress {
  /** Articles and rejections handled so far. */
  done: number;
  rejected: number;
}

/** What an ingest run did. */
export interface IngestSummary {
  /** Articles, files and rows met: written + unchanged + duplicates + rejected. */
  inputs: number;
  /** Articles read successfully from the sources. */
  read: number;
  written: number;
  unchanged: number;
  /** Of the written, those that replaced an older version of themselves. */
  replaced: number;
  /** Exact duplicates (same text as an article already in) recorded on that article instead of written. */
  duplicates: number;
  /** Source warnings (a dropped non-http URL, a fallback decoding …), each also passed to `warn`. */
  warnings: number;
  rejected: Rejection[];
  counts: WriteCounts;
  /** Milliseconds spent in each stage (wall time, summed): reading, the per-article stages, writing. */
  timings: { source: number; load: number } & StageTimings;
  extractorVersion: string;
}

export interface IngestDeps {
  /** Absent in a dry run: nothing is written. */
  driver?: Driver;
  /** Receives each article's graph (the dry run prints them). */
  onGraph?: (graph: ArticleGraph) => void;
  onProgress?: (progress: IngestProgress) => void;
  /** Warnings from the source stage (e.g. a Latin-1 file read with a fallback decoder). */
  warn?: (file: string, message: string) => void;
}

export interface IngestOptions {
  /** Articles per write transaction. */
  batchSize?: number;
  source?: SourceOptions;
}

/**
 * Reads every article under `paths`, extracts its actors, places, events and claims, and writes them
 * to Neo4j in batches. Bad files and rows are listed in the summary; the rest still go in.
 */
export async function ingest(
  paths: string[],
  deps: IngestDeps,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 50;
  const summary: IngestSummary = {
    inputs: 0,
    read: 0,
    written: 0,
    unchanged: 0,
    replaced: 0,
    duplicates: 0,
    warnings: 0,
    rejected: [],
    counts: emptyCounts(),
    timings: { source: 0, ...emptyStageTimings(), load: 0 },
    extractorVersion: EXTRACTOR_VERSION,
  };
  // Names seen earlier in the run ("Bashar al-Assad") resolve later short forms ("Assad").
  const resolveState = createResolveState();
  // Events of earlier articles: a later report of the same real event joins its node.
  const eventMemory = createEventMemory();
  let batch: ArticleGraph[] = [];
  const report = () =>
    deps.onProgress?.({ done: summary.read + summary.rejected.length, rejected: summary.rejected.length });

  const flush = async () => {
    if (batch.length === 0) return;
    const graphs = batch;
    batch = [];
    if (!deps.driver) return;
    const started = performance.now();
    const result = await loadArticles(graphs, {
      driver: deps.driver,
      extractorVersion: EXTRACTOR_VERSION,
    }).catch((error: unknown) => {
      if (!(error instanceof AppError) || error.code !== 'DB_UNAVAILABLE') throw error;
      throw new AppError(
        'DB_UNAVAILABLE',
        `${error.message} This run wrote ${summary.written} article(s) before that (${summary.unchanged} were already there).`,
        { cause: error.cause, details: error.details },
      );
    });
    summary.timings.load += performance.now() - started;
    summary.written += result.written.length;
    summary.unchanged += result.unchanged.length;
    summary.replaced += result.replaced.length;
    summary.duplicates += result.duplicates.length;
    for (const side of ['created', 'merged'] as const) {
      for (const [kind, value] of Object.entries(result.counts[side])) {
        summary.counts[side][kind as keyof WriteCounts['created']] += value;
      }
    }
    for (const failure of result.failed) {
      summary.rejected.push({
        file: failure.sourceFile,
        code: failure.error.code,
        reason: describe(failure.error),
      });
    }
  };

  const items = readSources(paths, options.source);
  for (;;) {
    const started = performance.now();
    const next = await items.next();
    summary.timings.source += performance.now() - started;
    if (next.done) break;
    const item = next.value;
    summary.inputs += 1;
    if (!item.ok) {
      summary.rejected.push({ file: item.file, code: item.code, reason: item.reason });
      report();
      continue;
    }
    summary.warnings += item.warnings.length;
    for (const warning of item.warnings) deps.warn?.(item.file, warning);
    let graph: ArticleGraph;
    try {
      graph = analyseArticle(item.article, { resolveState, eventMemory, timings: summary.timings });
    } catch (cause) {
      const error = new AppError('EXTRACT_FAILED', `Extraction failed on ${item.file}.`, { cause });
      summary.rejected.push({ file: item.file, code: error.code, reason: describe(error) });
      report();
      continue;
    }
    summary.read += 1;
    deps.onGraph?.(graph);
    batch.push(graph);
    if (batch.length >= batchSize) await flush();
    report();
  }
  await flush();
  report();
  return summary;
}

function describe(error: AppError): string {
  const cause = toAppError(error.cause);
  return error.cause === undefined ? error.message : `${error.message} ${cause.message}`;
}
