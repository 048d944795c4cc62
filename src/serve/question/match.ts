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
  const rows = await read('query/match-entities', { ...search, labels: [...labels] });
  return rows as unknown as EntityMatch[];
}

/** Events scoring at least this share of the best match are taken as the events meant. */
export const EVENT_SCORE_RATIO = 0.5;

/**
 * The events named by the input, best first (cypher/query/match-events.cypher): those scoring at least
 * `minScoreRatio` of the best (0 keeps every hit, at most 10). Empty for input with no words.
 */
export async function matchEvents(
  read: ReadRows,
  input: string,
  minScoreRatio: number = EVENT_SCORE_RATIO,
): Promise<string[]> {
  const search = searchWords(input);
  if (search === undefined) return [];
  const rows = await read('query/match-events', { query: search.query, words: search.words, minScoreRatio });
  return rows.map((row) => String(row.id));
}
