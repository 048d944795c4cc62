import type { Page } from './page-limits.js';
import { cypherInt, type ReadRows, type Row } from './read-rows.js';
import { searchWords } from './search-words.js';

/** The most hits counted per index for a search's total. */
export const SEARCH_COUNT_CAP = 1000;

/** A page of search hits. */
export interface SearchPage extends Page {
  total: number;
  items: Row[];
}

/**
 * One page of ranked full-text hits across every kind of node, in one query (cypher/query/search.cypher):
 * an exact place name ranks the place first; an actor whose name is a place's name is not raised. Any input
 * is safe: input without a letter or digit gives no hits.
 */
export async function search(read: ReadRows, text: string, page: Page): Promise<SearchPage> {
  const words = searchWords(text);
  if (words === undefined) return { ...page, total: 0, items: [] };
  const [row] = await read('query/search', {
    // The words in one map, so that Neo4j plans the query once whatever their length (who-claimed.ts).
    asked: { query: words.query, name: words.name },
    offset: cypherInt(page.offset),
    limit: cypherInt(page.limit),
    countCap: cypherInt(SEARCH_COUNT_CAP),
  });
  return { ...page, total: Number(row?.total ?? 0), items: (row?.items as Row[] | undefined) ?? [] };
}
