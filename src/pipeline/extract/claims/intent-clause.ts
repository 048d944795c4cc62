import type { Word } from '../events/words.js';
import type { SpeechLexicon } from './speech-lexicon.js';

/** How far after the verb the 'to' of 'expect the new film to be …' is looked for, in words. */
const OBJECT_WORDS = 6;

/**
 * Where the claim of a verb of plan or expectation starts, or undefined when the verb at `i` takes no
 * infinitive: 'X hopes to sign Y' (the claim opens at 'to'), 'X expect the film to be released'
 * (it opens at the object). A 'to' followed by a noun phrase ('hoped to the end') is no infinitive.
 */
export function intentClause(
  lexicon: SpeechLexicon,
  words: Word[],
  i: number,
  text: string,
): number | undefined {
  const verb = words[i];
  const next = words[i + 1];
  if (!verb || !next || !lexicon.intentVerbs.has(verb.lower)) return undefined;
  const { determiners } = lexicon.syntax;
  const infinitive = (k: number) =>
    words[k]?.lower === 'to' && words[k + 1] !== undefined && !determiners.has(words[k + 1]!.lower);
  if (infinitive(i + 1)) return next.start;
  if (!determiners.has(next.lower)) return undefined;
  for (let k = i + 2; k < Math.min(words.length, i + OBJECT_WORDS); k++) {
    if (/[,.;:!?"“”]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) return undefined;
    if (infinitive(k)) return verb.end;
  }
  return undefined;
}
