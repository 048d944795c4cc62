import { matchEvents } from './match.js';
import type { ReadRows, Row } from './read-rows.js';

/**
 * Who claimed credit for the event named by the words: the CREDIT claims about the matched events
 * (cypher/query/match-events.cypher, then cypher/query/who-claimed-credit.cypher).
 */
export async function whoClaimedCredit(read: ReadRows, event: string): Promise<Row[]> {
  const eventIds = await matchEvents(read, event);
  if (eventIds.length === 0) return [];
  const rows = await read('query/who-claimed-credit', { eventIds });
  return rows.map((row) => {
    const events = (row.events as Row[] | null) ?? [];
    return { ...row, events, event: events[0] ?? null };
  });
}
