import type { ClaimKind } from '../../../domain.js';
import { wordsOf } from '../events/words.js';
import type { ClaimCandidate } from './claim-candidate.js';
import type { ClaimScope, Speaker } from './claim-scope.js';
import { relaysIn } from './find-speaker.js';

/** Fewer words than this make no claim. */
export const MIN_WORDS = 3;

/** The claim span without edge punctuation, a second clause, or a quote mark at one edge only. */
export function trimSpan(scope: ClaimScope, start: number, end: number): { start: number; end: number } {
  const text = scope.text;
  let s = start;
  let e = end;
  // A joint inside brackets ('(£458m; $874m)') joins nothing.
  const unbracketed = text.slice(s, e).replace(/\([^()]*\)/g, (m) => 'x'.repeat(m.length));
  const joint = scope.lexicon.syntax.clauseJoint.exec(unbracketed);
  if (joint && joint.index > 0) e = s + joint.index;
  while (s < e && /[\s,:;—–-]/.test(text[s]!)) s++;
  // 'said Friday it is planning …': a time word after the verb is no part of the claim.
  for (let lead = wordsOf(text.slice(s, e), s)[0]; lead; lead = wordsOf(text.slice(s, e), s)[0]) {
    if (lead.possessive || !scope.lexicon.syntax.leadTimeWords.has(lead.lower)) break;
    if (!/^[\s,]+\S/.test(text.slice(lead.end, e))) break;
    s = lead.end;
    while (s < e && /[\s,]/.test(text[s]!)) s++;
    if (/^that\s/i.test(text.slice(s, e))) s += 5;
  }
  while (e > s && /[\s,.;:!?—–-]/.test(text[e - 1]!)) e--;
  // A quote mark at one edge only belongs to a quotation cut in two.
  const inner = text.slice(s, e);
  const marks = (inner.match(/["“”]/g) ?? []).length;
  if (marks % 2 === 1 && /^["“”]/.test(inner)) s++;
  else if (marks % 2 === 1 && /["“”]$/.test(inner)) e--;
  return { start: s, end: e };
}

/** The number of words in a span. */
export function wordCount(text: string, span: { start: number; end: number }): number {
  return wordsOf(text.slice(span.start, span.end)).length;
}

/** True when a quotation opens right at `from` (only spaces and punctuation before it). */
export function quoteOpensAt(scope: ClaimScope, from: number, to: number): boolean {
  return scope.quotes.some(
    (q) => q.open >= from && q.open < to && /^[\s:,—–-]*$/.test(scope.text.slice(from, q.open)),
  );
}

/** What a reported-speech claim is, besides its span. */
export interface ReportedClaim {
  speaker: Speaker;
  kind: ClaimKind;
  rule: ClaimCandidate['rule'];
  confidence: number;
  /** Where relays ('told Y', 'speaking to Y') are looked for. */
  relayRange: { from: number; to: number };
}

/**
 * Adds a reported-speech claim once, trimmed: not when it has fewer than three words, nor when a
 * quotation of its own lies across it (that quote is a direct claim of its own).
 */
export function pushClaim(
  out: ClaimCandidate[],
  scope: ClaimScope,
  span: { start: number; end: number },
  claim: ReportedClaim,
): ClaimCandidate | undefined {
  const trimmed = trimSpan(scope, span.start, span.end);
  if (wordCount(scope.text, trimmed) < MIN_WORDS) return undefined;
  if (
    claim.rule !== 'nested' &&
    scope.quotes.some(
      (q) =>
        q.start < trimmed.end &&
        q.end > trimmed.start &&
        wordCount(scope.text, q) >= MIN_WORDS &&
        // 'said the bus service “will be able to …”': a reported clause may lead into a quote.
        wordCount(scope.text, { start: trimmed.start, end: q.open }) < 2 &&
        !(
          q.start >= trimmed.start &&
          q.end <= trimmed.end &&
          q.end - q.start < (trimmed.end - trimmed.start) / 2
        ),
    )
  ) {
    return undefined;
  }
  if (out.some((c) => c.start === trimmed.start && c.end === trimmed.end)) return undefined;
  const candidate: ClaimCandidate = {
    ...trimmed,
    speaker: claim.speaker,
    relays: relaysIn(scope, claim.relayRange.from, claim.relayRange.to, claim.speaker.mention),
    direct: false,
    kind: claim.kind,
    creditedByVerb: [],
    confidence: claim.speaker.how === 'named' ? claim.confidence : claim.confidence - 0.1,
    rule: claim.rule,
  };
  out.push(candidate);
  return candidate;
}
