import neo4j, { type Driver } from 'neo4j-driver';
import { namedQueryText } from '../src/db/index.js';
import { NEIGHBOURHOOD, SEARCH, TIMELINE, WHO_CLAIMED_CREDIT } from '../src/explore/app/queries.js';
import { createRecordReader } from '../src/serve/bounded-read-rows.js';
import { QUERY_TIMEOUT_MS } from '../src/serve/limits.js';
import { matchEntities } from '../src/serve/question/match.js';
import { neighbourhood } from '../src/serve/question/neighbourhood.js';
import { pageOf } from '../src/serve/question/page-limits.js';
import type { ReadRows } from '../src/serve/question/read-rows.js';
import { search } from '../src/serve/question/search.js';
import { rootSelection } from '../src/serve/question/selects.js';
import { timelineLists } from '../src/serve/question/resolvers.js';
import { timeline } from '../src/serve/question/timeline.js';
import { QUESTION_KINDS, whoClaimed } from '../src/serve/question/who-claimed.js';
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
  /**
   * The same question once more with `PROFILE` in front of each named query it runs: how many queries that
   * is (one per question), the database hits they cost together, and the items answered. With `pageSize`,
   * the question asks for a page of that many items instead of its default page (`limit` of
   * whoClaimedCredit, search and timeline; a neighbourhood of that many nodes, the start and `pageSize − 1`
   * neighbours per node), so that two graphs can be compared on pages of the same size.
   */
  profile: (pageSize?: number) => Promise<QuestionProfile>;
}

/** What one asking of a question cost the database, from Neo4j's own PROFILE. */
export interface QuestionProfile {
  /** Named queries run (round trips to Neo4j). */
  queries: number;
  /** Database hits summed over every operator of every plan. */
  dbHits: number;
  /** Items in the answer (a neighbourhood's nodes). */
  items: number;
}

interface ProfiledPlan {
  dbHits: number;
  children: ProfiledPlan[];
}

function planHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + planHits(child), 0);
}

/** A reader that runs each named query with PROFILE and adds its queries and db hits to `into`. */
function profilingReader(driver: Driver, into: QuestionProfile): ReadRows {
  return async (name, params) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${namedQueryText(name)}`, params));
      into.queries += 1;
      const profile = result.summary.profile;
      if (profile !== false) into.dbHits += planHits(profile);
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  };
}

/** Runs `ask` over a profiling reader and returns what it cost and how many items it answered. */
async function profiled(driver: Driver, ask: (read: ReadRows) => Promise<number>): Promise<QuestionProfile> {
  const cost: QuestionProfile = { queries: 0, dbHits: 0, items: 0 };
  cost.items = await ask(profilingReader(driver, cost));
  return cost;
}

/**
 * Reads a named query the way the API does (src/serve/bounded-read-rows.ts: the same session, transaction
 * and deadline), and keeps the records as they are.
 */
function rawReader(driver: Driver): ReadRows {
  const read = createRecordReader(driver, QUERY_TIMEOUT_MS);
  return async (name, params) => (await read(name, params)).map((record) => record.toObject());
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
  // The timeline's items carry only the lists the explorer's document asks for, over GraphQL and raw alike.
  const timelineReads = timelineLists(rootSelection(TIMELINE));
  // `pageSize` replaces the default page (see Question.profile); undefined asks as the explorer does.
  const asks: Record<QuestionName, (reader: ReadRows, pageSize?: number) => Promise<number>> = {
    whoClaimedCredit: async (reader, pageSize) =>
      (
        await whoClaimed(
          reader,
          QUESTION_INPUTS.whoClaimedCredit.event,
          QUESTION_KINDS.credit,
          pageOf('whoClaimedCredit', { limit: pageSize }),
        )
      ).items.length,
    search: async (reader, pageSize) =>
      (
        await search(
          reader,
          QUESTION_INPUTS.search.text,
          pageOf('search', { limit: pageSize ?? QUESTION_INPUTS.search.limit }),
        )
      ).items.length,
    neighbourhood: async (reader, pageSize) => {
      const view = await neighbourhood(
        reader,
        nodeId,
        depth,
        pageSize === undefined ? undefined : Math.max(1, pageSize - 1),
      );
      return Array.isArray(view?.nodes) ? view.nodes.length : 0;
    },
    timeline: async (reader, pageSize) =>
      (
        await timeline(
          reader,
          QUESTION_INPUTS.timeline.subject,
          pageOf('timeline', { limit: pageSize }),
          timelineReads,
        )
      ).items.length,
  };
  const documents: Record<QuestionName, GraphqlRequest> = {
    whoClaimedCredit: { query: WHO_CLAIMED_CREDIT, variables: { ...QUESTION_INPUTS.whoClaimedCredit } },
    search: { query: SEARCH, variables: { ...QUESTION_INPUTS.search } },
    neighbourhood: { query: NEIGHBOURHOOD, variables: { id: nodeId, depth } },
    timeline: { query: TIMELINE, variables: { ...QUESTION_INPUTS.timeline } },
  };
  return QUESTION_NAMES.map((name) => ({
    name,
    graphql: documents[name],
    cypher: () => asks[name](read),
    profile: (pageSize?: number) => profiled(driver, (reader) => asks[name](reader, pageSize)),
  }));
}

/** How many items a GraphQL answer holds (list length; a page's items; for the neighbourhood, its nodes). */
export function answerSize(data: unknown): number {
  const value = Object.values((data ?? {}) as Record<string, unknown>)[0];
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items)) {
    return (value as { items: unknown[] }).items.length;
  }
  if (value && typeof value === 'object' && Array.isArray((value as { nodes?: unknown }).nodes)) {
    return (value as { nodes: unknown[] }).nodes.length;
  }
  return 0;
}
