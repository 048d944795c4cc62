import { claimsAbout, claimsBy } from './claims.js';
import { contradictions } from './contradictions.js';
import { neighbourhood } from './neighbourhood.js';
import { pageOf } from './page-limits.js';
import type { ReadRows } from './read-rows.js';
import { search } from './search.js';
import { timeline } from './timeline.js';
import { QUESTION_KINDS, whoClaimed } from './who-claimed.js';

/**
 * A word no actor, place or event is likely to hold: the warm-up's questions then cost the database only their
 * planning and a few index look-ups, on any graph.
 */
const NOWHERE = 'zzqxwarmup';

/** Each question asked once, with the parameter types the API sends (src/serve/question/*.ts). */
const QUESTIONS: readonly ((read: ReadRows) => Promise<unknown>)[] = [
  (read) => whoClaimed(read, `capture of ${NOWHERE}`, QUESTION_KINDS.credit, pageOf('whoClaimedCredit', {})),
  (read) => timeline(read, NOWHERE, pageOf('timeline', {})),
  (read) => search(read, NOWHERE, pageOf('search', {})),
  (read) => claimsBy(read, NOWHERE, pageOf('claimsBy', {})),
  (read) => claimsAbout(read, NOWHERE, pageOf('claimsAbout', {})),
  (read) => contradictions(read, NOWHERE),
  (read) => neighbourhood(read, NOWHERE),
];

/**
 * Asks every question once, one after the other, so that Neo4j has planned each question's query before
 * clients ask: a question query takes seconds to plan on an idle machine, and sixteen first requests at once
 * on a busy one each plan it and can run past the request deadline. Each question sends parameters of the
 * same types whatever its words (parameter-types.test.ts), so one plan serves every later request. A failure
 * is passed to `onError` and the next question is asked; this never throws.
 */
export async function warmQuestionPlans(
  read: ReadRows,
  onError: (error: unknown) => void = () => {},
): Promise<void> {
  for (const ask of QUESTIONS) {
    try {
      await ask(read);
    } catch (error) {
      onError(error);
    }
  }
}
