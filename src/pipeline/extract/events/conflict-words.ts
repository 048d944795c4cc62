import type { TriggerLexicon } from './trigger-lexicon.js';
import { lowerWords } from './words.js';

/** A letter or digit: what the words of `wordsOf` are made of (separators join them: `[-'’.]`). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_CHAR_AT_END = /[\p{L}\p{N}]$/u;
const SEPARATOR = /^[-'’.]$/;
const APOSTROPHE = /^['’]$/;

const isWordCharAt = (text: string, i: number): boolean => {
  const code = text.codePointAt(i);
  return code !== undefined && WORD_CHAR.test(String.fromCodePoint(code));
};
const isWordCharBefore = (text: string, i: number): boolean =>
  i > 0 && WORD_CHAR_AT_END.test(text.slice(Math.max(0, i - 2), i));
/** A word of `wordsOf` goes on at `i`: a separator with a letter or digit after it. */
const joinsAt = (text: string, i: number): boolean =>
  SEPARATOR.test(text.charAt(i)) && isWordCharAt(text, i + 1);

const finders = new WeakMap<ReadonlySet<string>, RegExp | null>();
/**
 * One search for the words of the set, each standing alone between non-letters, in any case; null when a
 * word of the set is not plain lower-case a–z (those are read word by word). Words holding a space never
 * equal a single word and are left out.
 */
function finderOf(words: ReadonlySet<string>): RegExp | null {
  let finder = finders.get(words);
  if (finder === undefined) {
    const single = [...words].filter((w) => !/\s/.test(w));
    finder = single.every((w) => /^[a-z]+$/.test(w))
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${single.sort((a, b) => b.length - a.length).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : null;
    finders.set(words, finder);
  }
  return finder;
}

/**
 * The `lower` of the word (as `wordsOf` reads it) that the letters `run` at `start` stand in, when that
 * word is `run` itself or `run` with a possessive `'s`; undefined when the run is part of a longer word
 * ('anti-war', 'war-torn').
 */
function wordOfRun(text: string, start: number, run: string): string | undefined {
  if (SEPARATOR.test(text.charAt(start - 1)) && isWordCharBefore(text, start - 1)) return undefined;
  const end = start + run.length;
  if (!joinsAt(text, end)) return run.toLowerCase();
  // 'the army's': a possessive ending, and the word ends there.
  const s = text.charAt(end + 1);
  if (!APOSTROPHE.test(text.charAt(end)) || (s !== 's' && s !== 'S')) return undefined;
  if (isWordCharAt(text, end + 2) || joinsAt(text, end + 2)) return undefined;
  return run.toLowerCase();
}

/**
 * The armed-conflict words (`lexicon.conflictContext`) among the words of a text, in lower case and in the
 * order they first occur: whether a sentence (or, failing that, the article) talks about armed conflict.
 * The same words as `lowerWords(text)` filtered by the set, found by one search for the set's words
 * instead of reading every word.
 */
export function conflictWords(text: string, lexicon: TriggerLexicon): Set<string> {
  const found = new Set<string>();
  const finder = finderOf(lexicon.conflictContext);
  if (finder === null) {
    for (const lower of lowerWords(text)) if (lexicon.conflictContext.has(lower)) found.add(lower);
    return found;
  }
  finder.lastIndex = 0;
  for (let match = finder.exec(text); match !== null; match = finder.exec(text)) {
    const lower = wordOfRun(text, match.index, match[0]);
    if (lower !== undefined && lexicon.conflictContext.has(lower)) found.add(lower);
  }
  finder.lastIndex = 0;
  return found;
}
