import type { ResolvedMention } from '../context.js';
import { wordsOf } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';

/** How many words an earlier speaker's noun phrase may hold ('The Paris-based pressure group'). */
const PHRASE_WORDS = 5;

/** The lower-case head word of an earlier speaker's noun phrase at the reporting verb at `at`, before or after it. */
function headsAt(scope: ClaimScope, at: number): string[] {
  const text = scope.text;
  const before = wordsOf(text.slice(Math.max(0, at - 80), at), 0).at(-1);
  const heads = before ? [before.lower] : [];
  // '…," said the group in a statement': the head closes a determiner phrase after the verb.
  const after = /^\p{L}+\s+(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,3}?)(\p{Ll}+)\b/u.exec(text.slice(at, at + 80));
  if (after?.[2]) heads.push(after[2].toLowerCase());
  return heads;
}

/**
 * 'The Paris-based pressure group said … Later: "…," said the group': a definite noun phrase whose
 * head repeats the head of an earlier speaker's noun phrase stands for that speaker, ahead of a
 * newer speaker of the same kind (head matching of definite descriptions, Vieira & Poesio 2000).
 * Only group speakers: a repeated 'the spokesman' may speak for another body.
 */
export function earlierHeadSpeaker(
  scope: ClaimScope,
  np: { start: number; end: number },
): ResolvedMention | undefined {
  const words = wordsOf(scope.text.slice(np.start, np.end));
  const head = words.at(-1)?.lower;
  if (!head || words.length > PHRASE_WORDS) return undefined;
  const history = scope.history ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.at >= np.start || e.person || e.mention.type === 'PERSON') continue;
    // The phrase itself names its verb's speaker, and an event whose named speaker has the head in its name is no match.
    if (e.mention.evidence.start >= np.start) continue;
    if (headsAt(scope, e.at).includes(head)) return e.mention;
  }
  return undefined;
}
