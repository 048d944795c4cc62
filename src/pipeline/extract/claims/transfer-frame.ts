import type { Word } from '../events/words.js';
import type { SyntaxWords } from './speech-lexicon.js';

/** How far after the verb the 'to' of 'added the crown to his title' is looked for, in words. */
const FRAME_WORDS = 10;

/**
 * True when the verb at `i` moves a thing rather than reporting speech: a transfer verb followed by a
 * noun phrase and 'to' + another noun phrase ('Gardener added the relay crown to his indoor title'),
 * with no punctuation between. 'He added the team had to wait' stays speech: its 'to' opens a verb.
 */
export function transferFrame(syntax: SyntaxWords, words: Word[], i: number, text: string): boolean {
  const verb = words[i];
  const next = words[i + 1];
  if (!verb || !next || !syntax.transferVerbs.has(verb.lower) || !syntax.determiners.has(next.lower))
    return false;
  for (let k = i + 2; k < Math.min(words.length - 1, i + FRAME_WORDS); k++) {
    const w = words[k]!;
    if (/[,.;:!?"“”]/.test(text.slice(words[k - 1]!.end, w.start))) return false;
    if (w.lower === 'to') return syntax.determiners.has(words[k + 1]!.lower);
  }
  return false;
}
