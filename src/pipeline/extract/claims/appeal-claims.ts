import { wordsOf } from '../events/words.js';
import type { Word } from '../events/words.js';
import type { ClaimCandidate } from './claim-candidate.js';
import type { ClaimScope } from './claim-scope.js';
import { insideQuote, speakerBefore } from './find-speaker.js';
import { pushClaim } from './push-claim.js';

/**
 * 'kicked off a visit by calling on …', 'X criticised the plan, urging …': an -ing participle after 'by'
 * or a comma attaches to the subject of its clause, however far before it (Quirk et al. 1985,
 * supplementive and adverbial -ing clauses).
 */
function clauseParticiple(scope: ClaimScope, verb: Word): boolean {
  if (!verb.lower.endsWith('ing')) return false;
  return /(?:,|\bby)\s*$/.test(scope.text.slice(Math.max(0, verb.start - 4), verb.start));
}

/**
 * 'X has appealed for …', 'showed X asking for …', 'X called on Y to …': a request is a claim of the actor
 * named right before the verb (only fillers like 'has' or 'also' between, or the subject of the clause a
 * participle hangs on), from `start` (the verb, or the addressee) to the sentence end.
 */
export function appeal(
  scope: ClaimScope,
  verb: Word,
  range: { from: number; to: number },
  nested: boolean,
  out: ClaimCandidate[],
  start = verb.start,
): void {
  if (/^\p{Lu}/u.test(verb.text) || (!nested && insideQuote(scope, verb.start))) return;
  const speaker = speakerBefore(scope, verb.start, range.from);
  if (!speaker) return;
  const gap = wordsOf(scope.text.slice(speaker.mention.evidence.end, verb.start));
  // 'is calling on': a progressive's auxiliary (a passive, 'was asked to', is no appeal of the subject).
  const progressive = verb.lower.endsWith('ing') ? scope.lexicon.syntax.beForms : new Set<string>();
  // 'The UK government has asked': the head noun of the speaker's own noun phrase.
  const head = (w: Word): boolean =>
    scope.lexicon.stateNouns.has(w.lower) || scope.lexicon.reference.groupHeads.has(w.lower);
  const adjacent = gap.every(
    (w) => scope.lexicon.syntax.appealFillers.has(w.lower) || progressive.has(w.lower) || head(w),
  );
  if (speaker.how === 'named' && !adjacent && !(start > verb.start && clauseParticiple(scope, verb))) return;
  pushClaim(
    out,
    scope,
    { start, end: range.to },
    {
      speaker,
      kind: 'STATEMENT',
      rule: nested ? 'nested' : 'verb-clause',
      confidence: 0.6,
      relayRange: range,
    },
  );
}
