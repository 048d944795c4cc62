import type { ReadRows, Row } from './read-rows.js';
import { subjectEventIds } from './timeline.js';

/** Where sources disagree about the events of an actor or place (cypher/query/event-contradictions.cypher). */
export async function contradictions(read: ReadRows, subject: string): Promise<Row[]> {
  const eventIds = await subjectEventIds(read, subject);
  if (eventIds.length === 0) return [];
  return read('query/event-contradictions', { eventIds });
}
