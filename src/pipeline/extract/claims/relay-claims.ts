import type { Word } from '../events/words.js';
import type { ClaimCandidate } from './claim-candidate.js';
import type { ClaimScope, Speaker } from './claim-scope.js';
import { speakerBefore } from './find-speaker.js';
import { pushClaim } from './push-claim.js';

/**
 * 'X quoted Y as saying …', '…, Reuters quoted sources as saying.': the words are Y's when Y is a named
 * actor, relayed by X; with an unnamed source ('sources', 'officials') they are X's report. The claim
 * is what follows 'saying', or, when the relay ends the sentence, the sentence before its comma.
 * True when `words[i]` ('saying') closes such a relay.
 */
export function relayClaim(
  scope: ClaimScope,
  words: readonly Word[],
  i: number,
  range: { from: number; to: number },
  out: ClaimCandidate[],
): boolean {
  if (words[i - 1]?.lower !== 'as') return false;
  let r = i - 2;
  while (r >= Math.max(0, i - 6) && !scope.lexicon.relayVerbs.has(words[r]!.lower)) r--;
  const relayVerb = words[r];
  if (!relayVerb || r < Math.max(0, i - 6)) return false;
  const quoted = scope.mentions.find(
    (m) => m.kind === 'ACTOR' && m.evidence.start >= relayVerb.end && m.evidence.end <= words[i - 1]!.start,
  );
  const relayer = speakerBefore(scope, relayVerb.start, range.from);
  const speaker: Speaker | undefined = quoted
    ? { mention: quoted, how: 'named', person: quoted.type === 'PERSON' }
    : relayer;
  if (!speaker) return true;
  const tail = scope.text.slice(words[i]!.end, range.to);
  const subjectStart = relayer?.how === 'named' ? relayer.mention.evidence.start : relayVerb.start;
  const comma = scope.text.lastIndexOf(',', subjectStart);
  const trailing = /^[\s.!?]*$/.test(tail) && comma > range.from;
  const claim = pushClaim(
    out,
    scope,
    trailing ? { start: range.from, end: comma } : { start: words[i]!.end, end: range.to },
    {
      speaker,
      kind: quoted ? 'STATEMENT' : 'REPORT',
      rule: 'trailing',
      confidence: 0.65,
      relayRange: range,
    },
  );
  if (claim && quoted && relayer && relayer.mention !== quoted) claim.relays.push(relayer.mention);
  return true;
}
