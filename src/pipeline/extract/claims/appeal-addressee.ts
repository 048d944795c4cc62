import type { Word } from '../events/words.js';
import type { SpeechLexicon } from './speech-lexicon.js';

/** How many words the addressee may take ('called on the international community to …'). */
const ADDRESSEE_WORDS = 8;

/**
 * 'called on Iran to suspend …', 'calling on the world community to stand …', 'has asked the authorities
 * to resolve …', 'appealed to the public to come forward': an appeal with an addressee and an infinitive.
 * Returns the offset where the addressee begins (the claim is the addressee and the infinitive clause),
 * or undefined when the verb at `words[i]` opens no such appeal.
 */
export function appealAddressee(
  lexicon: SpeechLexicon,
  words: readonly Word[],
  i: number,
  text: string,
): number | undefined {
  const verb = words[i]!.lower;
  let j = i + 1;
  const next = words[j]?.lower;
  if (next === 'on' || next === 'upon') {
    if (!lexicon.appealVerbs.has(verb)) return undefined;
    j++;
  } else if (lexicon.appealObjectVerbs.has(verb)) {
    if (next === 'to' || next === 'with') j++;
  } else return undefined;
  const first = words[j];
  if (!first || first.lower === 'to' || /[.,;:!?()]/.test(text.slice(words[i]!.end, first.start)))
    return undefined;
  for (let k = j + 1; k < Math.min(words.length - 1, j + ADDRESSEE_WORDS); k++) {
    const word = words[k]!;
    if (/[.;:!?()"“”]/.test(text.slice(words[k - 1]!.end, word.start))) return undefined;
    if (word.lower !== 'to') continue;
    const infinitive = words[k + 1]!;
    const isVerb = /^\p{Ll}+$/u.test(infinitive.text) && !lexicon.syntax.determiners.has(infinitive.lower);
    return isVerb && /^\s+["“]?$/.test(text.slice(word.end, infinitive.start)) ? first.start : undefined;
  }
  return undefined;
}
