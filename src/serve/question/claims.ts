import { matchEntities, matchEvents } from './match.js';
import { cypherInt, type ReadRows, type Row } from './read-rows.js';

/** The most claims one question returns. */
export const MAX_CLAIMS = 200;

/** Claims made by the actor named by the input, or by bodies part of it (cypher/query/claims-by.cypher). */
export async function claimsBy(read: ReadRows, actor: string): Promise<Row[]> {
  const actors = await matchEntities(read, actor, ['Actor']);
  if (actors.length === 0) return [];
  return read('query/claims-by', { actorIds: actors.map((match) => match.id), limit: cypherInt(MAX_CLAIMS) });
}

/**
 * Claims about the actor or place named by the input, or — when no actor or place is named — about the
 * events it names (cypher/query/claims-about.cypher).
 */
export async function claimsAbout(read: ReadRows, subject: string): Promise<Row[]> {
  const entities = await matchEntities(read, subject, ['Actor', 'Place']);
  const subjectIds =
    entities.length > 0 ? entities.map((match) => match.id) : await matchEvents(read, subject);
  if (subjectIds.length === 0) return [];
  return read('query/claims-about', { subjectIds, limit: cypherInt(MAX_CLAIMS) });
}
