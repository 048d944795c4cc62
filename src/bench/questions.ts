import neo4j, { type Driver } from 'neo4j-driver';
import { runNamed } from '../db/index.js';
import { AppError } from '../errors.js';
import { NEIGHBOURHOOD, SEARCH, TIMELINE, WHO_CLAIMED_CREDIT } from '../explore/app/queries.js';
import { MAX_NODES } from '../serve/question/neighbourhood.js';
import { searchWords } from '../serve/question/search-words.js';
import { MAX_SUBJECT_EVENTS } from '../serve/question/timeline.js';
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
   * The same named queries from cypher/query/ the API's resolver runs, in the same order and with the same
   * parameters, straight through the driver: one read transaction per query, no GraphQL, no HTTP, no
   * conversion of values. Resolves to the number of items in the answer (rows; nodes for a neighbourhood).
   */
  cypher: () => Promise<number>;
}

type Read = (name: string, params: Record<string, unknown>) => Promise<neo4j.Record[]>;

function reader(driver: Driver): Read {
  return async (name, params) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.executeRead((tx) => runNamed(tx, name, params))).records;
    } finally {
      await session.close();
    }
  };
}

function words(input: string) {
  const found = searchWords(input);
  if (found === undefined)
    throw new AppError('CONFIG_INVALID', `The benchmark input "${input}" has no words.`);
  return found;
}

/** The id of the actor or place an input names, as the API's matching finds it; undefined when none. */
export async function entityId(driver: Driver, name: string): Promise<string | undefined> {
  const rows = await reader(driver)('query/match-entities', { ...words(name), labels: ['Actor', 'Place'] });
  const id: unknown = rows[0]?.get('id');
  return typeof id === 'string' ? id : undefined;
}

/** The four questions over the bench database. The neighbourhood's node id is looked up now. */
export async function buildQuestions(driver: Driver): Promise<Question[]> {
  const read = reader(driver);
  const credit = words(QUESTION_INPUTS.whoClaimedCredit.event);
  const search = words(QUESTION_INPUTS.search.text);
  const subject = words(QUESTION_INPUTS.timeline.subject);
  const nodeId = (await entityId(driver, QUESTION_INPUTS.neighbourhood.of)) ?? 'none';
  const { depth } = QUESTION_INPUTS.neighbourhood;

  return [
    {
      name: 'whoClaimedCredit',
      graphql: { query: WHO_CLAIMED_CREDIT, variables: { ...QUESTION_INPUTS.whoClaimedCredit } },
      cypher: async () => {
        const events = await read('query/match-events', { query: credit.query, words: credit.words });
        if (events.length === 0) return 0;
        const eventIds = events.map((row) => String(row.get('id')));
        return (await read('query/who-claimed-credit', { eventIds })).length;
      },
    },
    {
      name: 'search',
      graphql: { query: SEARCH, variables: { ...QUESTION_INPUTS.search } },
      cypher: async () =>
        (await read('query/search', { query: search.query, limit: neo4j.int(QUESTION_INPUTS.search.limit) }))
          .length,
    },
    {
      name: 'neighbourhood',
      graphql: { query: NEIGHBOURHOOD, variables: { id: nodeId, depth } },
      cypher: async () => {
        const [view] = await read('query/neighbourhood', {
          id: nodeId,
          depth: neo4j.int(depth),
          maxNodes: neo4j.int(MAX_NODES),
        });
        return view === undefined ? 0 : (view.get('nodes') as unknown[]).length;
      },
    },
    {
      name: 'timeline',
      graphql: { query: TIMELINE, variables: { ...QUESTION_INPUTS.timeline } },
      cypher: async () => {
        const entities = await read('query/match-entities', { ...subject, labels: ['Actor', 'Place'] });
        if (entities.length === 0) return 0;
        const events = await read('query/subject-events', {
          subjectIds: entities.map((row) => String(row.get('id'))),
          limit: neo4j.int(MAX_SUBJECT_EVENTS),
        });
        if (events.length === 0) return 0;
        return (await read('query/timeline', { eventIds: events.map((row) => String(row.get('id'))) }))
          .length;
      },
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
