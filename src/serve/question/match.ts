import type { ReadRows } from './read-rows.js';
import { searchWords } from './search-words.js';

/** An actor or place found by name. */
export interface EntityMatch {
  id: string;
  kind: 'Actor' | 'Place';
  name: string;
  score: number;
}

/**
 * The actors and/or places named by the input (cypher/query/match-entities.cypher): an exact name or
 * alias wins, else the best full-text hits. Empty for input with no words.
 */
export async function matchEntities(
  read: ReadRows,
  input: string,
  labels: readonly ('Actor' | 'Place')[],
): Promise<EntityMatch[]> {
  const search = searchWords(input);
  if (search === undefined) return [];
  // The words in one map, so that Neo4j plans the query once whatever their length (who-claimed.ts).
  const asked = { query: search.query, name: search.name, words: search.words };
  const rows = await read('query/match-entities', { asked, labels: [...labels] });
  return rows as unknown as EntityMatch[];
}
