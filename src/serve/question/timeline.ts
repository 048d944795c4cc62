import { matchEntities } from './match.js';
import { cypherInt, type ReadRows, type Row } from './read-rows.js';

/** The most events a timeline or a contradiction check looks at. */
export const MAX_SUBJECT_EVENTS = 200;

/** The ids of the events about the actor or place named by the input (cypher/query/subject-events.cypher). */
export async function subjectEventIds(read: ReadRows, subject: string): Promise<string[]> {
  const entities = await matchEntities(read, subject, ['Actor', 'Place']);
  if (entities.length === 0) return [];
  const rows = await read('query/subject-events', {
    subjectIds: entities.map((match) => match.id),
    limit: cypherInt(MAX_SUBJECT_EVENTS),
  });
  return rows.map((row) => String(row.id));
}

/** The events about an actor or place, in date order (cypher/query/timeline.cypher). */
export async function timeline(read: ReadRows, subject: string): Promise<Row[]> {
  const eventIds = await subjectEventIds(read, subject);
  if (eventIds.length === 0) return [];
  return read('query/timeline', { eventIds });
}
