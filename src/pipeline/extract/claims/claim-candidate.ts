import type { ClaimKind } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { Speaker } from './find-speaker.js';

/** An attributed statement found in the text, before it becomes a `Claim` and a `ClaimReport`. */
export interface ClaimCandidate {
  /** The quote or the reported clause (article offsets). */
  start: number;
  end: number;
  speaker: Speaker;
  relays: ResolvedMention[];
  direct: boolean;
  /** The kind the reporting verb signals (a credit cue can still make it CREDIT). */
  kind: ClaimKind;
  /** Actors credited by the verb itself ('congratulated X'). */
  creditedByVerb: ResolvedMention[];
  confidence: number;
  /** Where the claim came from, for debugging and tests. */
  rule:
    | 'quote-after'
    | 'quote-before'
    | 'quote-continued'
    | 'according-to'
    | 'verb-that'
    | 'verb-clause'
    | 'trailing'
    | 'mid-sentence'
    | 'credit-verb'
    | 'nested'
    | 'parse-speech'
    | 'parse-relay'
    | 'parse-responsibility';
}
