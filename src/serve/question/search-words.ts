/**
 * Turns any user input into a safe full-text query.
 *
 * The output is made only of lower-cased letter and digit words, so no Lucene syntax (quotes, `~*?`,
 * brackets, `AND OR NOT`, backslashes) can reach the index: there is nothing left to escape.
 */

/** How much of the input is read; the rest is ignored. */
export const MAX_INPUT_CHARS = 500;
/** How many words are kept. */
export const MAX_WORDS = 16;
/** Words at least this long also match as a prefix ("recapture" finds "recaptured"). */
const PREFIX_MIN_LENGTH = 4;
/** Words too common to say what is being looked for; dropped unless nothing else is left. */
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'did',
  'for',
  'from',
  'in',
  'not',
  'of',
  'on',
  'or',
  'the',
  'to',
  'what',
  'who',
  'with',
]);

/** A search made from user input: the full-text query, its words, and the whole input for exact matches. */
export interface SearchWords {
  /** Lucene query: each word, and each long word also as a prefix (`palmyra palmyra*`). Never empty. */
  query: string;
  /** The words, lower-cased, for substring fallbacks. Never empty. */
  words: string[];
  /** The whole input, trimmed, whitespace collapsed and lower-cased, for exact name and alias matches. */
  name: string;
}

/**
 * Reads words from any input. Returns `undefined` when the input holds no letter or digit at all (empty,
 * whitespace, punctuation only): the caller answers with an empty result rather than an error.
 */
export function searchWords(input: string): SearchWords | undefined {
  const name = input
    .slice(0, MAX_INPUT_CHARS)
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
  const tokens = [...new Set(name.match(/[\p{L}\p{N}]+/gu) ?? [])];
  const content = tokens.filter((token) => !FUNCTION_WORDS.has(token));
  const words = (content.length > 0 ? content : tokens).slice(0, MAX_WORDS);
  if (words.length === 0) return undefined;
  const query = words.map((word) => (word.length >= PREFIX_MIN_LENGTH ? `${word} ${word}*` : word)).join(' ');
  return { query, words, name };
}
