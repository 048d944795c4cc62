import type { Driver } from 'neo4j-driver';
import { runNamed } from '../src/db/index.js';
import { EXTRACTOR_VERSION } from '../src/pipeline/extract/index.js';
import { toLoadRows, type LoadRows } from '../src/pipeline/load/index.js';
import { replayGraphs } from './graph-recorder.js';
import { graphSize } from './graph-size.js';
import { ratio, round3 } from './latency-stats.js';
import type { RawWriteBench } from './result-types.js';

/**
 * One minimal UNWIND per kind of row, nodes before the edges that join them (cypher/bench/raw-*.cypher):
 * the same rows as the load stage's STEPS, with none of its merging, deriving or checking.
 */
const RAW_STEPS: { query: string; rows: keyof LoadRows }[] = [
  { query: 'bench/raw-articles', rows: 'articles' },
  { query: 'bench/raw-outlets', rows: 'articles' },
  { query: 'bench/raw-actors', rows: 'actors' },
  { query: 'bench/raw-places', rows: 'places' },
  { query: 'bench/raw-actor-mentions', rows: 'actorMentions' },
  { query: 'bench/raw-place-mentions', rows: 'placeMentions' },
  { query: 'bench/raw-part-of', rows: 'partOf' },
  { query: 'bench/raw-located-in', rows: 'locatedIn' },
  { query: 'bench/raw-events', rows: 'events' },
  { query: 'bench/raw-event-reports', rows: 'eventReports' },
  { query: 'bench/raw-participants', rows: 'participants' },
  { query: 'bench/raw-event-places', rows: 'eventPlaces' },
  { query: 'bench/raw-claims', rows: 'claims' },
  { query: 'bench/raw-claim-reports', rows: 'claimReports' },
  { query: 'bench/raw-claimed-by', rows: 'claimedBy' },
  { query: 'bench/raw-relayed-by', rows: 'relayedBy' },
  { query: 'bench/raw-credits', rows: 'credits' },
  { query: 'bench/raw-about-event', rows: 'aboutEvent' },
  { query: 'bench/raw-about-actor', rows: 'aboutActor' },
  { query: 'bench/raw-about-place', rows: 'aboutPlace' },
];

export interface RawWriteOptions {
  /** The graphs the ingest run produced (graph-recorder.ts). */
  recorded: string;
  /** The same batch size as the ingest run, so each transaction holds the same articles. */
  batchSize: number;
  /** The ingest run's database write time, to compare with. */
  realLoadMs: number;
}

/**
 * The raw write limit: the nodes and relationships an ingest run wrote, written again into an empty graph by
 * one minimal batched UNWIND per kind, one transaction per batch, with no extraction. Rows are prepared before
 * each batch's clock starts, so only database writes are timed.
 */
export async function benchRawWrite(driver: Driver, options: RawWriteOptions): Promise<RawWriteBench> {
  const rowCounts: Record<string, number> = {};
  let articles = 0;
  let batches = 0;
  let writeMs = 0;
  let prepareMs = 0;
  const ingestedAt = new Date().toISOString();
  const session = driver.session();
  try {
    for await (const graphs of replayGraphs(options.recorded, options.batchSize)) {
      let started = performance.now();
      const rows = toLoadRows(graphs, ingestedAt, EXTRACTOR_VERSION);
      prepareMs += performance.now() - started;
      started = performance.now();
      await session.executeWrite(async (tx) => {
        for (const step of RAW_STEPS) {
          const stepRows = rows[step.rows] as unknown[];
          if (stepRows.length > 0) await runNamed(tx, step.query, { rows: stepRows });
        }
      });
      writeMs += performance.now() - started;
      for (const step of RAW_STEPS) {
        rowCounts[step.rows] = (rowCounts[step.rows] ?? 0) + (rows[step.rows] as unknown[]).length;
      }
      articles += graphs.length;
      batches += 1;
    }
  } finally {
    await session.close();
  }
  return {
    articles,
    batches,
    batchSize: options.batchSize,
    writeMs: round3(writeMs),
    prepareMs: round3(prepareMs),
    articlesPerSecond: writeMs > 0 ? round3(articles / (writeMs / 1000)) : 0,
    rows: rowCounts,
    realLoadMs: round3(options.realLoadMs),
    overhead: ratio(options.realLoadMs, writeMs),
    graph: await graphSize(driver),
  };
}
