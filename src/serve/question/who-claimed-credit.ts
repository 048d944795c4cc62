import { matchEvents } from './match.js';
import type { ReadRows, Row } from './read-rows.js';

/**
 * Who claimed credit for the event named by the words: the CREDIT claims about the best-matching events
 * (cypher/query/match-events.cypher, then cypher/query/who-claimed-credit.cypher). When nobody claimed credit
 * for those, the question widens in two steps: first to the events at the same place
 * (cypher/query/events-at-same-places.cypher: "Palmyra offensive" reaches the recapture of Palmyra), then to
 * the other events the words match (at most 10, best first). Each answer's `event` says which event it is about.
 */
export async function whoClaimedCredit(read: ReadRows, event: string): Promise<Row[]> {
  const best = await matchEvents(read, event);
  if (best.length === 0) return [];
  let rows = await read('query/who-claimed-credit', { eventIds: best });
  if (rows.length === 0) {
    const nearby = (await read('query/events-at-same-places', { eventIds: best })).map((row) =>
      String(row.id),
    );
    if (nearby.length > best.length) rows = await read('query/who-claimed-credit', { eventIds: nearby });
  }
  if (rows.length === 0) {
    const all = await matchEvents(read, event, 0);
    if (all.length > best.length) rows = await read('query/who-claimed-credit', { eventIds: all });
  }
  return rows.map((row) => {
    const events = (row.events as Row[] | null) ?? [];
    return { ...row, events, event: events[0] ?? null };
  });
}
