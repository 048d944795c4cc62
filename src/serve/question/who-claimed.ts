import { answerNote, type EventAnswerSummary } from './answer-note.js';
import type { Page } from './page-limits.js';
import { questionTerms, QUESTION_VOCABULARY, type QuestionVocabulary } from './question-terms.js';
import { cypherInt, type ReadRows, type Row } from './read-rows.js';

/** The most events one named actor or place brings into a question (bounds the work for hubs). */
export const EVENT_CAP_PER_NAME = 500;
/** The most events one question is matched to, best first. */
export const MAX_MATCHED_EVENTS = 50;

/** The claim kinds each event question asks for. */
export const QUESTION_KINDS = {
  credit: ['CREDIT'],
  responsibility: ['RESPONSIBILITY'],
  responsibilityAndDenials: ['RESPONSIBILITY', 'DENIAL'],
} as const satisfies Record<string, readonly string[]>;

/** The answer to an event question: which events were matched and why, then one page of claims. */
export interface EventClaimsAnswer extends EventAnswerSummary {
  question: string;
  kinds: string[];
  offset: number;
  limit: number;
  items: Row[];
}

/**
 * Who claimed something of `kinds` about the events the question names, in one query
 * (cypher/query/who-claimed.cypher): a named place or actor must be the event's place or a participant,
 * the other words must be in the event's text or date, the event words name its type; when nobody claimed
 * the events of that type, the question widens to the events of the same campaign at the same place. Nothing
 * matched gives no claims, a note that says so, and the closest events as suggestions.
 */
export async function whoClaimed(
  read: ReadRows,
  question: string,
  kinds: readonly string[],
  page: Page,
  vocab: QuestionVocabulary = QUESTION_VOCABULARY,
): Promise<EventClaimsAnswer> {
  const terms = questionTerms(question, vocab);
  const base = { question, kinds: [...kinds], offset: page.offset, limit: page.limit };
  if (terms === undefined) {
    const empty = { terms: [], matched: [], missingWords: [], suggestions: [], total: 0 };
    return { ...base, ...empty, items: [], note: answerNote(empty, kinds) };
  }
  const [row] = await read('query/who-claimed', {
    // The question's words travel in one map: Neo4j keys a plan by its parameters' types, and a string's or
    // list's type includes its length class (an empty list is not a list of strings), so each shape of
    // question was planned anew (seconds each, more under load).
    asked: {
      query: terms.query,
      eventQuery: terms.eventQuery,
      phrases: terms.phrases,
      keyWords: terms.keyWords,
      types: terms.types,
      typeWords: terms.typeWords,
    },
    campaigns: vocab.campaigns.map((campaign) => [...campaign]),
    kinds: [...kinds],
    offset: cypherInt(page.offset),
    limit: cypherInt(page.limit),
    eventCap: cypherInt(EVENT_CAP_PER_NAME),
    maxEvents: cypherInt(MAX_MATCHED_EVENTS),
  });
  const summary: EventAnswerSummary = {
    terms: (row?.terms as EventAnswerSummary['terms'] | undefined) ?? [],
    matched: (row?.matched as EventAnswerSummary['matched'] | undefined) ?? [],
    missingWords: (row?.missingWords as string[] | undefined) ?? [],
    suggestions: (row?.suggestions as EventAnswerSummary['suggestions'] | undefined) ?? [],
    total: Number(row?.total ?? 0),
  };
  return {
    ...base,
    ...summary,
    items: (row?.items as Row[] | undefined) ?? [],
    note: answerNote(summary, kinds),
  };
}
