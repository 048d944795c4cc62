import type { Page } from './page-limits.js';
import { cypherInt, type ReadRows, type Row } from './read-rows.js';
import { searchWords } from './search-words.js';

/** A page of claims, with what the subject was matched to. */
export interface ClaimsPage extends Page {
  total: number;
  matchedActors: Row[];
  matchedPlaces: Row[];
  matchedEvents: Row[];
  items: Row[];
}

/** The empty page, for input that names nothing. */
function emptyPage(page: Page): ClaimsPage {
  return { ...page, total: 0, matchedActors: [], matchedPlaces: [], matchedEvents: [], items: [] };
}

async function readPage(read: ReadRows, name: string, input: string, page: Page): Promise<ClaimsPage> {
  const words = searchWords(input);
  if (words === undefined) return emptyPage(page);
  const [row] = await read(name, {
    // The words in one map, so that Neo4j plans the query once whatever their length (who-claimed.ts).
    asked: { query: words.query, name: words.name },
    offset: cypherInt(page.offset),
    limit: cypherInt(page.limit),
  });
  if (row === undefined) return emptyPage(page);
  return {
    ...page,
    total: Number(row.total ?? 0),
    matchedActors: (row.matchedActors as Row[] | undefined) ?? [],
    matchedPlaces: (row.matchedPlaces as Row[] | undefined) ?? [],
    matchedEvents: (row.matchedEvents as Row[] | undefined) ?? [],
    items: (row.items as Row[] | undefined) ?? [],
  };
}

/**
 * One page of the claims made by the actor named by the input, or by bodies part of it, in one query
 * (cypher/query/claims-by.cypher).
 */
export function claimsBy(read: ReadRows, actor: string, page: Page): Promise<ClaimsPage> {
  return readPage(read, 'query/claims-by', actor, page);
}

/**
 * One page of the claims about the actor or place named by the input, or — when no actor or place is
 * named — about the events it names, in one query (cypher/query/claims-about.cypher).
 */
export function claimsAbout(read: ReadRows, subject: string, page: Page): Promise<ClaimsPage> {
  return readPage(read, 'query/claims-about', subject, page);
}
