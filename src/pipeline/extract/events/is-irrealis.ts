import type { TriggerLexicon } from './trigger-lexicon.js';
import type { Word } from './words.js';

/** How many words before a trigger a modal, conditional or negation word still governs it. */
const IRREALIS_REACH = 6;

/**
 * True when a modal, conditional, request or negation word ('will', 'if', 'asking', 'never')
 * stands shortly before the trigger in its own clause: a plan or a denial, not a reported event.
 */
export function isIrrealis(text: string, words: Word[], index: number, lexicon: TriggerLexicon): boolean {
  for (let k = index - 1; k >= Math.max(0, index - IRREALIS_REACH); k--) {
    const word = words[k]!;
    if (/[,;:()"“”—–]/.test(text.slice(word.end, words[k + 1]!.start))) return false;
    if (lexicon.irrealis.has(word.lower) || /n['’]t$/.test(word.lower) || /['’]ll$/.test(word.lower))
      return true;
  }
  return false;
}
