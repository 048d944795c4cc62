import type { Word } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';
import { finiteVerb, verbForm } from './clause-role.js';

/** How many words a subject may take before its verb ('the six largest Latin American economies were'). */
const SUBJECT_WORDS = 8;

/**
 * True when the words from `words[k]` on open a clause: a subject of up to eight words without a verb
 * form, then an unambiguous finite verb ('the campaign would', 'people were', 'the firm had'), with no
 * punctuation between. A noun phrase object ('a new plan to cut taxes', 'striker Jerome Thomas') opens
 * none: its verbs, if any, follow 'to'.
 */
export function opensClause(scope: ClaimScope, words: readonly Word[], k: number): boolean {
  const first = words[k];
  if (!first || scope.lexicon.syntax.bareClauseBlockers.has(first.lower) || first.lower === 'to')
    return false;
  if (verbForm(scope, first.lower) || scope.lexicon.verbKind.has(first.lower) || first.lower === 'that')
    return false;
  for (let j = k + 1; j < Math.min(words.length, k + SUBJECT_WORDS + 1); j++) {
    const word = words[j]!;
    if (/[,.;:!?()“”"]/.test(scope.text.slice(words[j - 1]!.end, word.start))) return false;
    if (finiteVerb(scope, word.lower)) return words[j - 1]!.lower !== 'to';
    if (verbForm(scope, word.lower) || scope.prepositions.has(word.lower) || word.lower === 'to')
      return false;
  }
  return false;
}
