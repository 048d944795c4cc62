import { clampInt, cypherInt, type ReadRows, type Row } from './read-rows.js';
import { searchWords } from './search-words.js';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

/**
 * Ranked full-text hits across every kind of node (cypher/query/search.cypher). Any input is safe: input
 * without a letter or digit gives no hits; the limit is clamped to 1..100.
 */
export async function search(read: ReadRows, text: string, limit?: number | null): Promise<Row[]> {
  const words = searchWords(text);
  if (words === undefined) return [];
  const size = clampInt(limit, 1, MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT);
  return read('query/search', { query: words.query, limit: cypherInt(size) });
}
