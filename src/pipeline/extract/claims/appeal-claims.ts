import { wordsOf } from '../events/words.js';
import type { Word } from '../events/words.js';
import type { ClaimCandidate } from './claim-candidate.js';
import type { ClaimScope } from './claim-scope.js';
import { insideQuote, speakerBefore } from './find-speaker.js';
import { pushClaim } from './push-claim.js';

/**
 * 'X has appealed for …', 'showed X asking for …': a request is a claim of the actor named right
 * before the verb (only fillers like 'has' or 'also' between), from the verb to the sentence end.
 */
export function appeal(
  scope: ClaimScope,
  verb: Word,
  range: { from: number; to: number },
  nested: boolean,
  out: ClaimCandidate[],
): void {
  if (/^\p{Lu}/u.test(verb.text) || (!nested && insideQuote(scope, verb.start))) return;
  const speaker = speakerBefore(scope, verb.start, range.from);
  if (!speaker) return;
  const gap = wordsOf(scope.text.slice(speaker.mention.evidence.end, verb.start));
  if (speaker.how === 'named' && !gap.every((w) => scope.lexicon.syntax.appealFillers.has(w.lower))) return;
  pushClaim(
    out,
    scope,
    { start: verb.start, end: range.to },
    {
      speaker,
      kind: 'STATEMENT',
      rule: nested ? 'nested' : 'verb-clause',
      confidence: 0.6,
      relayRange: range,
    },
  );
}
