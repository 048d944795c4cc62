import type { Word } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';

/**
 * Start of a trailing attribution (', X said.' / ', said X.' / ', X told the BBC.') when the verb
 * ends the sentence: the offset of the comma before the speaker, or undefined.
 */
export function trailingComma(scope: ClaimScope, verb: Word, to: number, from: number): number | undefined {
  // A participle ('…, saying the UN should …') opens a clause; it never ends an attribution.
  if (verb.lower.endsWith('ing')) return undefined;
  const tail = scope.text.slice(verb.end, to).trim();
  if (tail.length > 60 || /\b(?:that|to)\b/.test(tail) || /[“”"]/.test(tail)) return undefined;
  // After the verb: nothing, the speaker or addressee ('said Mr Smith', 'told the BBC'), or a time.
  if (tail !== '' && !/^[.!?]?$/.test(tail)) {
    const named = scope.mentions.some(
      (m) => m.evidence.start >= verb.end && m.evidence.start - verb.end <= 6,
    );
    // 'told' always names an addressee, with or without a name: '…, Jack Straw told MPs on Tuesday.'
    const addressed = verb.lower === 'told' || verb.lower === 'tells';
    if (!named && !addressed && !/^(?:on|in|at|last|this|yesterday|today|earlier|later)\b/i.test(tail))
      return undefined;
  }
  const head = scope.text.slice(Math.max(from, verb.start - 80), verb.start);
  const comma = head.lastIndexOf(',');
  if (comma < 0 || /\b(?:which|who|whom|that|what|where|when|as)\b/i.test(head.slice(comma)))
    return undefined;
  // '…, although Hassell believes Mexico …': a subordinate clause, not an attribution.
  const opener = /^,\s*(\p{L}+)/u.exec(head.slice(comma))?.[1]?.toLowerCase() ?? '';
  if (scope.lexicon.syntax.leadConjunctions.has(opener)) return undefined;
  const absolute = Math.max(from, verb.start - 80) + comma;
  return absolute - from >= 15 ? absolute : undefined;
}
