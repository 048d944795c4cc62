import type { ClaimKind } from '../../../domain.js';
import type { Word } from '../events/words.js';
import type { ClaimCandidate } from './claim-candidate.js';
import type { ClaimScope, Speaker } from './claim-scope.js';
import { speakerBefore } from './find-speaker.js';
import { MIN_WORDS, pushClaim, trimSpan, wordCount } from './push-claim.js';
import { pronounWant, resolveReference } from './resolve-reference.js';

/** A reporting verb at `words[i]` of the range being read, and the claims found so far in it. */
export interface VerbContext {
  scope: ClaimScope;
  words: Word[];
  i: number;
  range: { from: number; to: number };
  nested: boolean;
  out: ClaimCandidate[];
}

/** Adds a reported claim of the verb's range (see `pushClaim`). */
export function add(
  v: VerbContext,
  start: number,
  speaker: Speaker,
  kind: ClaimKind,
  rule: ClaimCandidate['rule'],
  confidence: number,
  end = v.range.to,
): ClaimCandidate | undefined {
  return pushClaim(
    v.out,
    v.scope,
    { start, end },
    {
      speaker,
      kind,
      rule: v.nested ? 'nested' : rule,
      confidence,
      relayRange: v.range,
    },
  );
}

/** 'It hit the headlines after admitting …': a participle's speaker is the pronoun that opens its clause. */
function clauseSubject(v: VerbContext): Speaker | undefined {
  const first = v.words.find((w) => w.start >= v.range.from);
  const want = first ? pronounWant(v.scope, first.lower) : undefined;
  const found = first && want ? resolveReference(v.scope, want, first.start) : undefined;
  return found ? { mention: found.mention, how: 'pronoun', person: found.person } : undefined;
}

/**
 * 'The firm said the result was poor but stressed that …': a verb after 'but' or 'and' with no subject
 * of its own shares the speaker of the claim before it, which ends at the conjunction (or already did).
 */
function coordinated(v: VerbContext): Speaker | undefined {
  const conjunction = v.words[v.i - 1];
  if (!conjunction || !v.scope.lexicon.syntax.clauseConjunctions.has(conjunction.lower)) return undefined;
  const earlier = v.out.at(-1);
  if (!earlier || earlier.start >= conjunction.start) return undefined;
  // The claim before may already end at the conjunction ('described X as "…" and said …').
  if (earlier.end <= conjunction.start)
    return /^[\s"”’]*$/.test(v.scope.text.slice(earlier.end, conjunction.start))
      ? earlier.speaker
      : undefined;
  earlier.end = trimSpan(v.scope, earlier.start, conjunction.start).end;
  if (wordCount(v.scope.text, earlier) < MIN_WORDS) v.out.splice(v.out.indexOf(earlier), 1);
  return earlier.speaker;
}

/** The speaker of a reporting verb: shared with a coordinated verb, before it, or the participle's clause subject. */
export function speakerOf(v: VerbContext, verb: Word): Speaker | undefined {
  return (
    coordinated(v) ??
    speakerBefore(v.scope, verb.start, v.range.from) ??
    (verb.lower.endsWith('ing') ? clauseSubject(v) : undefined)
  );
}
