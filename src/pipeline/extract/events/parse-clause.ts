import cues from '../../../knowledge/data/event-parse-cues.json' with { type: 'json' };
import type { GraphToken } from './parse-graph.js';
import { prepositionOf } from './parse-graph.js';

/** Relations that open a predicate of its own (`data/event-parse-cues.json`). */
const CLAUSAL: ReadonlySet<string> = new Set(cues.clausalRelations);
/** Prepositions that place an event ('in', 'at', 'near' …). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(cues.locativePrepositions);

/** True when `token` heads a clause about something else (a relative clause …) or the sentence. */
export function opensClause(token: GraphToken): boolean {
  const { relation, head } = token;
  return relation === undefined || head === undefined || CLAUSAL.has(relation);
}

/** The head of the predicate `token` belongs to: itself when it opens one, else its nearest such ancestor. */
export function clauseHeadOf(token: GraphToken): GraphToken {
  let at = token;
  for (let guard = 0; guard < 64 && !opensClause(at) && at.head !== undefined; guard++) at = at.head;
  return at;
}

/**
 * The token a locative adjunct ('in X', 'at X', 'near X') attaches to when `token` (a word of a place
 * name) stands in one: the head of its `obl` or `nmod`, climbing over the name's own words ('the city
 * of X', 'X province'). Undefined when the place is no locative adjunct (a subject, an object, a modifier).
 */
export function locativeGovernor(token: GraphToken, text: string): GraphToken | undefined {
  let at = token;
  for (let guard = 0; guard < 4; guard++) {
    const { relation, head } = at;
    if (relation === undefined || head === undefined) return undefined;
    if (relation === 'obl' || relation === 'nmod') {
      const preposition = prepositionOf(at, text);
      if (preposition !== undefined && LOCATIVE_PREPOSITIONS.has(preposition)) return head;
      // 'the city of X': the name is the 'of' object of the noun that stands in the adjunct.
      if (preposition !== 'of') return undefined;
    } else if (!['compound', 'flat', 'appos', 'amod'].includes(relation)) return undefined;
    at = head;
  }
  return undefined;
}
