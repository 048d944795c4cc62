import { createBatchLoader, type BatchLoad } from './batch-loader.js';
import { corroborationStatus, type CorroborationStatus, type SourceTally } from './corroboration-status.js';
import type { ReadRows } from './read-rows.js';

/** The `Corroboration` object of the API. */
export interface Corroboration extends SourceTally {
  status: CorroborationStatus;
}

const NONE: SourceTally = { articles: 0, outlets: 0, unknownOutletArticles: 0, contested: false };

/**
 * Loads the corroboration of claims and events by id, batching the ids asked for together
 * (cypher/query/corroboration.cypher for the tally; an event is contested when
 * cypher/query/contradictions.cypher finds a contradiction about it).
 */
export function createCorroborationLoader(read: ReadRows): BatchLoad<string, Corroboration> {
  return createBatchLoader(async (ids: string[]) => {
    const [tallies, contradicted] = await Promise.all([
      read('query/corroboration', { ids }),
      read('query/contradictions', { eventIds: ids }),
    ]);
    const contestedEvents = new Set(contradicted.map((row) => String((row.event as { id: unknown }).id)));
    const byId = new Map<string, Corroboration>();
    for (const id of ids) {
      const row = tallies.find((candidate) => candidate.id === id);
      const tally: SourceTally = row
        ? {
            articles: Number(row.articles),
            outlets: Number(row.outlets),
            unknownOutletArticles: Number(row.unknownOutletArticles),
            contested: row.contested === true || contestedEvents.has(id),
          }
        : NONE;
      byId.set(id, { ...tally, status: corroborationStatus(tally) });
    }
    return byId;
  });
}
