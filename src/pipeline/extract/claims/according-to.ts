import { findPhrases, wordsOf } from '../events/words.js';
import type { ClaimCandidate } from './claim-candidate.js';
import type { ClaimScope } from './claim-scope.js';
import { speakerAfter } from './find-speaker.js';
import { pushClaim } from './push-claim.js';

/** '… the site which, according to X, does not …': the cue sits inside a relative clause, not after a statement. */
function relativeBefore(scope: ClaimScope, lead: string): boolean {
  const last = wordsOf(lead).at(-1);
  return last !== undefined && scope.lexicon.syntax.relativePronouns.has(last.lower);
}

/**
 * 'According to X, …' and '…, according to X': the source after the cue, the claim before or after
 * it. A relative clause on the source ('According to X, which has …, the claim') is skipped, and so is
 * a cue inside a relative clause ('the site which, according to X, does not …').
 */
export function accordingTo(scope: ClaimScope, from: number, to: number, out: ClaimCandidate[]): void {
  for (const cue of findPhrases(scope.lexicon.accordingTo, scope.text.slice(from, to), from)) {
    const comma = scope.text.indexOf(',', cue.end);
    const npEnd = comma >= 0 && comma < to ? comma : to;
    const speaker = speakerAfter(scope, cue.end, npEnd);
    if (!speaker) continue;
    const claim = {
      speaker,
      kind: 'REPORT' as const,
      rule: 'according-to' as const,
      confidence: 0.75,
      relayRange: { from, to },
    };
    const lead = scope.text.slice(from, cue.start);
    if (wordsOf(lead).length <= 2 && npEnd < to) {
      let start = npEnd + 1;
      if (/^\s*(?:which|who)\b/.test(scope.text.slice(start, to))) {
        const next = scope.text.indexOf(',', start);
        if (next < 0 || next >= to) continue;
        start = next + 1;
      }
      pushClaim(out, scope, { start, end: to }, claim);
    } else if (/,\s*$/.test(lead) && !relativeBefore(scope, lead)) {
      pushClaim(out, scope, { start: from, end: cue.start }, claim);
    }
  }
}
