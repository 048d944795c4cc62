/**
 * An ingest run: reads the sources, runs each article through the stages of `stages.ts`, and writes the
 * graphs to Neo4j in batches; times each stage and lists what was rejected and why.
 */
import type { Driver } from 'neo4j-driver';
import type { ArticleGraph } from '../domain.js';
import { AppError, toAppError } from '../errors.js';
import { readSources, type SourceOptions } from './source/index.js';
import { inShard, WHOLE_CORPUS, type Shard } from './source/shard.js';
import {
  completeLinks,
  emptyCounts,
  loadArticles,
  readEventMemory,
  textHash,
  type WriteCounts,
} from './load/index.js';
import {
  analyseArticle,
  createEventMemory,
  createResolveState,
  primeEventMemory,
  emptyStageTimings,
  EXTRACTOR_VERSION,
  type AnalysedArticle,
  type Extractor,
  type ExtractorMode,
  type ExtractorStats,
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
  /** Articles, files and rows met: written + unchanged + duplicates + rejected + otherShards. */
  inputs: number;
  /** The part of the corpus this run wrote (`--shard K/N`; 1/1 without it). */
  shard: Shard;
  /** Inputs left to the other shards: read and analysed (they shape names and events), not written. */
  otherShards: number;
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
  extractorMode: ExtractorMode;
  /** Backbone mode: sentences parsed, and those that fell back to the rules, by reason. */
  backbone?: ExtractorStats;
}

export interface IngestDeps {
  /** Absent in a dry run: nothing is written. */
  driver?: Driver;
  /** Receives each article's graph (the dry run prints them). */
  onGraph?: (graph: ArticleGraph) => void;
  onProgress?: (progress: IngestProgress) => void;
  /** Warnings from the source stage (e.g. a Latin-1 file read with a fallback decoder). */
  warn?: (file: string, message: string) => void;
  /** The extractor of the run (`createExtractor` in stages.ts); the rules when absent. */
  extractor?: Extractor;
}

export interface IngestOptions {
  /** Articles per write transaction. */
  batchSize?: number;
  source?: SourceOptions;
  /** Articles analysed ahead of the one being resolved, so the backbone's servers are kept busy (default 8). */
  lookahead?: number;
  /**
   * Write only this shard's articles (`shardOf` of the article's text hash). Every article is still read,
   * resolved and analysed in the order of a single run, so names and events that join across articles
   * come out as one run over the whole corpus gives them; the other shards' graphs are not written.
   * In backbone mode only this shard's articles go to CoreNLP: the others are read by the rules alone.
   */
  shard?: Shard;
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
  const shard = options.shard ?? WHOLE_CORPUS;
  const summary: IngestSummary = {
    inputs: 0,
    shard,
    otherShards: 0,
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
    extractorMode: deps.extractor?.mode ?? 'rules',
  };
  const extractor = deps.extractor;
  const lookahead = Math.max(1, options.lookahead ?? 8);
  // Names seen earlier in the run ("Bashar al-Assad") resolve later short forms ("Assad").
  const resolveState = createResolveState();
  // Events of earlier articles, of this run and of the runs before it (read from the graph): a later
  // report of the same real event joins its node.
  const eventMemory = createEventMemory();
  if (deps.driver) primeEventMemory(eventMemory, await readEventMemory(deps.driver));
  let batch: ArticleGraph[] = [];
  const report = () =>
    deps.onProgress?.({
      done: summary.read + summary.rejected.length + summary.otherShards,
      rejected: summary.rejected.length,
    });

  // One batch is written while the next is read and analysed (the parser and Neo4j work at once); the
  // batches are still written one at a time, in order. A failed write surfaces at the next flush or the end.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const graphs = batch;
    batch = [];
    if (!deps.driver) return;
    await writing;
    writing = write(graphs, deps.driver);
    writing.catch(() => undefined);
  };
  const write = async (graphs: ArticleGraph[], driver: Driver) => {
    const started = performance.now();
    const result = await loadArticles(graphs, {
      driver,
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

  const accept = async (graph: ArticleGraph, own: boolean) => {
    if (!own) {
      summary.otherShards += 1;
      report();
      return;
    }
    summary.read += 1;
    deps.onGraph?.(graph);
    batch.push(graph);
    if (batch.length >= batchSize) await flush();
    report();
  };
  const reject = (file: string, cause: unknown, own: boolean) => {
    if (!own) {
      summary.otherShards += 1;
      report();
      return;
    }
    const error = new AppError('EXTRACT_FAILED', `Extraction failed on ${file}.`, { cause });
    summary.rejected.push({ file, code: error.code, reason: describe(error) });
    report();
  };
  // Backbone mode: articles are analysed (parsed) ahead, in parallel; resolve and facts run in order.
  const window: { file: string; own: boolean; analysed: Promise<AnalysedArticle> }[] = [];
  const settle = async () => {
    const entry = window.shift();
    if (!entry || !extractor) return;
    let graph: ArticleGraph;
    try {
      const waited = performance.now();
      const analysed = await entry.analysed;
      summary.timings.mentions += performance.now() - waited;
      graph = extractor.build(analysed, { resolveState, eventMemory, timings: summary.timings });
    } catch (cause) {
      reject(entry.file, cause, entry.own);
      return;
    }
    await accept(graph, entry.own);
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
      // A bad input is reported by one shard only: the one its name falls in.
      if (inShard(item.file, shard))
        summary.rejected.push({ file: item.file, code: item.code, reason: item.reason });
      else summary.otherShards += 1;
      report();
      continue;
    }
    const own = inShard(textHash(item.article.text), shard);
    if (own) {
      summary.warnings += item.warnings.length;
      for (const warning of item.warnings) deps.warn?.(item.file, warning);
    }
    if (extractor) {
      // Another shard's article shapes the memory of names and events, but its parse is that shard's job.
      // What `analyse` does before it first waits (all of it in rules mode) is finding names too.
      const analysing = performance.now();
      const analysed = extractor.analyse(item.article, own ? undefined : { parse: false });
      summary.timings.mentions += performance.now() - analysing;
      analysed.catch(() => undefined);
      window.push({ file: item.file, own, analysed });
      if (window.length >= lookahead) await settle();
      continue;
    }
    let graph: ArticleGraph;
    try {
      graph = analyseArticle(item.article, { resolveState, eventMemory, timings: summary.timings });
    } catch (cause) {
      reject(item.file, cause, own);
      continue;
    }
    await accept(graph, own);
  }
  while (window.length > 0) await settle();
  if (extractor?.mode === 'backbone') summary.backbone = extractor.stats();
  await flush();
  await writing;
  // Links to a state or country that an article written later (here or by another shard) brought.
  if (deps.driver) await completeLinks(deps.driver);
  report();
  return summary;
}

function describe(error: AppError): string {
  const cause = toAppError(error.cause);
  return error.cause === undefined ? error.message : `${error.message} ${cause.message}`;
}
