import neo4j, { type Driver } from 'neo4j-driver';
import { runNamed } from '../src/db/index.js';
import { NEIGHBOURHOOD, SEARCH, TIMELINE, WHO_CLAIMED_CREDIT } from '../src/explore/app/queries.js';
import { matchEntities } from '../src/serve/question/match.js';
import { neighbourhood } from '../src/serve/question/neighbourhood.js';
import type { ReadRows } from '../src/serve/question/read-rows.js';
import { search } from '../src/serve/question/search.js';
import { timeline } from '../src/serve/question/timeline.js';
import { whoClaimedCredit } from '../src/serve/question/who-claimed-credit.js';
import type { GraphqlRequest } from './graphql-load.js';
import type { QuestionName } from './result-types.js';

/**
 * What each question asks. The seeds are about Palmyra; Russia and its forces are also all over the BBC and
 * AG News corpus, so the questions about them grow with the graph while the Palmyra ones show the cost of
 * bigger indexes around a fixed answer.
 */
export const QUESTION_INPUTS = {
  whoClaimedCredit: { event: 'recapture of Palmyra' },
  search: { text: 'Russian forces Palmyra', limit: 20 },
  /** The neighbourhood of the actor or place this names (its id is looked up at run time). */
  neighbourhood: { of: 'Russia', depth: 1 },
  timeline: { subject: 'Russia' },
} as const;

export const QUESTION_NAMES: QuestionName[] = ['whoClaimedCredit', 'search', 'neighbourhood', 'timeline'];

/** One question, asked two ways. */
export interface Question {
  name: QuestionName;
  /** The explorer page's own GraphQL document (src/explore/app/queries.ts) and its variables. */
  graphql: GraphqlRequest;
  /**
   * The same question without GraphQL and HTTP: the API's own question function (src/serve/question/), so
   * the same named queries from cypher/query/ run in the same order with the same parameters, but through a
   * reader that hands back the driver's records as they come (no conversion of values, no schema, no
   * resolvers). Resolves to the number of items in the answer (nodes, for a neighbourhood).
   */
  cypher: () => Promise<number>;
}

/** Reads a named query in a read transaction of its own, as the API does, and keeps the records as they are. */
function rawReader(driver: Driver): ReadRows {
  return async (name, params) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => runNamed(tx, name, params));
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  };
}

/** The id of the actor or place an input names, as the API's matching finds it; undefined when none. */
export async function entityId(driver: Driver, name: string): Promise<string | undefined> {
  const [best] = await matchEntities(rawReader(driver), name, ['Actor', 'Place']);
  return best?.id;
}

/** The four questions over the bench database. The neighbourhood's node id is looked up now. */
export async function buildQuestions(driver: Driver): Promise<Question[]> {
  const read = rawReader(driver);
  const nodeId = (await entityId(driver, QUESTION_INPUTS.neighbourhood.of)) ?? 'none';
  const { depth } = QUESTION_INPUTS.neighbourhood;
  return [
    {
      name: 'whoClaimedCredit',
      graphql: { query: WHO_CLAIMED_CREDIT, variables: { ...QUESTION_INPUTS.whoClaimedCredit } },
      cypher: async () => (await whoClaimedCredit(read, QUESTION_INPUTS.whoClaimedCredit.event)).length,
    },
    {
      name: 'search',
      graphql: { query: SEARCH, variables: { ...QUESTION_INPUTS.search } },
      cypher: async () =>
        (await search(read, QUESTION_INPUTS.search.text, QUESTION_INPUTS.search.limit)).length,
    },
    {
      name: 'neighbourhood',
      graphql: { query: NEIGHBOURHOOD, variables: { id: nodeId, depth } },
      cypher: async () => {
        const view = await neighbourhood(read, nodeId, depth);
        return Array.isArray(view?.nodes) ? view.nodes.length : 0;
      },
    },
    {
      name: 'timeline',
      graphql: { query: TIMELINE, variables: { ...QUESTION_INPUTS.timeline } },
      cypher: async () => (await timeline(read, QUESTION_INPUTS.timeline.subject)).length,
    },
  ];
}

/** How many items a GraphQL answer holds (list length; for the neighbourhood, its nodes). */
export function answerSize(data: unknown): number {
  const value = Object.values((data ?? {}) as Record<string, unknown>)[0];
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object' && Array.isArray((value as { nodes?: unknown }).nodes)) {
    return (value as { nodes: unknown[] }).nodes.length;
  }
  return 0;
}
