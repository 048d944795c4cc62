import type { Sentence } from '../../domain.js';
import type { Knowledge } from '../../knowledge/index.js';
import { loadWordLists } from '../../knowledge/index.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

/** A sentence with its tokens and the facts about it that typing needs. */
export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /**
   * A title-case line without end punctuation ("ISIS Losing Control Of Palmyra To Syrian Forces"):
   * capitals prove nothing there, so only known names and names seen elsewhere are taken.
   */
  titleCase: boolean;
}

/** Words title case leaves lower-case (`src/knowledge/data/sentence-words.json`). */
const SHORT_WORDS = loadWordLists().sentence.headingShortWords;

/** Tokenises a sentence and decides whether it is a title-case heading line. */
export function viewSentence(sentence: Sentence, knowledge: Knowledge): SentenceView {
  const tokens = tokenize(sentence.text, sentence.start, knowledge.titleAbbreviations);
  const last = sentence.text.trimEnd().slice(-1);
  let titleCase = false;
  if (!/[.!?…"”’:;,]/.test(last)) {
    const words = tokens.filter(
      (t) => t.word && !SHORT_WORDS.has(t.text.toLowerCase()) && !/^\d/.test(t.text),
    );
    const capitalised = words.filter((t) => t.capitalised).length;
    titleCase = words.length >= 2 && capitalised / words.length >= 0.6;
  }
  return { sentence, tokens, titleCase };
}

/** Lower-cased text of a token, with the typographic apostrophe normalised. */
export function lowerOf(token: Token | undefined): string {
  return token === undefined ? '' : token.text.replace(/’/g, "'").toLowerCase();
}
