import type { ManagedTransaction } from 'neo4j-driver';
import { runNamed } from '../../db/index.js';
import type { LoadRows } from './to-load-rows.js';

/** What one batch changed in the graph, by kind: nodes created, and rows that met an existing node. */
export interface WriteCounts {
  created: Record<CountedKind, number>;
  merged: Record<CountedKind, number>;
}

export type CountedKind = 'articles' | 'actors' | 'places' | 'events' | 'claims';

/** The load queries in the order they run: nodes before the edges that join them. */
const STEPS: { query: string; rows: keyof LoadRows; counts?: CountedKind }[] = [
  { query: 'load/upsert-articles', rows: 'articles', counts: 'articles' },
  { query: 'load/link-outlets', rows: 'articles' },
  { query: 'load/upsert-actors', rows: 'actors', counts: 'actors' },
  { query: 'load/upsert-places', rows: 'places', counts: 'places' },
  { query: 'load/link-actor-mentions', rows: 'actorMentions' },
  { query: 'load/link-place-mentions', rows: 'placeMentions' },
  { query: 'load/link-part-of', rows: 'partOf' },
  { query: 'load/link-located-in', rows: 'locatedIn' },
  { query: 'load/upsert-events', rows: 'events', counts: 'events' },
  { query: 'load/upsert-event-identity', rows: 'eventIdentities' },
  { query: 'load/link-event-reports', rows: 'eventReports' },
  { query: 'load/link-participants', rows: 'participants' },
  { query: 'load/link-event-places', rows: 'eventPlaces' },
  { query: 'load/upsert-claims', rows: 'claims', counts: 'claims' },
  { query: 'load/link-claim-reports', rows: 'claimReports' },
  { query: 'load/link-claimed-by', rows: 'claimedBy' },
  { query: 'load/link-relayed-by', rows: 'relayedBy' },
  { query: 'load/link-credits', rows: 'credits' },
  { query: 'load/link-about-event', rows: 'aboutEvent' },
  { query: 'load/link-about-actor', rows: 'aboutActor' },
  { query: 'load/link-about-place', rows: 'aboutPlace' },
];

export function emptyCounts(): WriteCounts {
  const zero = (): Record<CountedKind, number> => ({
    articles: 0,
    actors: 0,
    places: 0,
    events: 0,
    claims: 0,
  });
  return { created: zero(), merged: zero() };
}

/**
 * Writes one batch inside the given transaction: first clears what changed articles said before,
 * then upserts nodes and edges with batched UNWIND queries, then derives event dates and search text.
 */
export async function writeBatch(
  tx: ManagedTransaction,
  rows: LoadRows,
  replaceIds: string[],
): Promise<WriteCounts> {
  const counts = emptyCounts();
  if (replaceIds.length > 0) await runNamed(tx, 'load/clear-article-facts', { ids: replaceIds });
  for (const step of STEPS) {
    const stepRows = rows[step.rows] as unknown[];
    if (stepRows.length === 0) continue;
    const result = await runNamed(tx, step.query, { rows: stepRows });
    if (step.counts) {
      const created = result.summary.counters.updates().nodesCreated;
      counts.created[step.counts] += created;
      counts.merged[step.counts] += stepRows.length - created;
    }
  }
  if (rows.eventIds.length > 0) await runNamed(tx, 'load/refresh-events', { ids: rows.eventIds });
  return counts;
}
