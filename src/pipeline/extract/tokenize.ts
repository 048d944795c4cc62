import { loadWordLists } from '../../knowledge/index.js';

/** One token of a sentence, with offsets into the article text. */
export interface Token {
  text: string;
  /** Offset into the article text (not the sentence). */
  start: number;
  end: number;
  /** True for words (letters/digits), false for punctuation. */
  word: boolean;
  /** First letter is a capital, or a name particle joins a capitalised part ("al-Assad"). */
  capitalised: boolean;
  /** Every letter is a capital and there are at least two ("ISIS", "U.S."). */
  allCaps: boolean;
  /** Token follows the sentence start, an opening quote or a colon: its capital proves nothing. */
  initial: boolean;
  /** A possessive `'s` / `’s` was split off this word. */
  possessive: boolean;
}

const TOKEN_PATTERN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
/** "al-Assad", "O'Brien" (`src/knowledge/data/name-words.json`). */
const PARTICLE_PREFIX = loadWordLists().name.particlePrefix;
/** Marks after which a capital proves nothing (`src/knowledge/data/sentence-words.json`). */
const OPENING = loadWordLists().sentence.capitalNeutralOpeners;

function hasUpper(text: string): boolean {
  return /\p{Lu}/u.test(text);
}

/**
 * Splits a sentence into word and punctuation tokens with article offsets. Possessive endings are
 * split off ("Syria’s" → "Syria" + possessive flag), and abbreviations listed in `abbreviations`
 * keep their full stop ("Mr." is one token), as do single initials ("W.").
 */
export function tokenize(sentence: string, offset: number, abbreviations: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let consumedTo = 0;
  for (const match of sentence.matchAll(TOKEN_PATTERN)) {
    // the full stop of an abbreviation ("Gov.") already belongs to the word before
    if (match.index < consumedTo) continue;
    let text = match[0];
    const start = offset + match.index;
    const isWord = /[\p{L}\p{N}]/u.test(text);
    if (!isWord) {
      tokens.push({
        text,
        start,
        end: start + text.length,
        word: false,
        capitalised: false,
        allCaps: false,
        initial: false,
        possessive: false,
      });
      if (OPENING.has(text)) atStart = true;
      continue;
    }
    let possessive = false;
    const possessiveMatch = /^(.+?)['’]s$/u.exec(text);
    if (possessiveMatch && possessiveMatch[1]!.length > 1) {
      text = possessiveMatch[1]!;
      possessive = true;
    } else if (/^[\p{L}]+s['’]$/u.test(text)) {
      text = text.slice(0, -1);
      possessive = true;
    }
    const after = sentence[match.index + match[0].length];
    if (
      !possessive &&
      after === '.' &&
      (abbreviations.has(text.toLowerCase()) || (text.length === 1 && hasUpper(text)))
    ) {
      text += '.';
      consumedTo = match.index + match[0].length + 1;
    }
    const first = text[0]!;
    const capitalised = (first !== first.toLowerCase() && hasUpper(first)) || PARTICLE_PREFIX.test(text);
    const letters = text.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text,
      start,
      end: start + text.length,
      word: true,
      capitalised,
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && hasUpper(letters),
      initial: atStart,
      possessive,
    });
    atStart = false;
  }
  return tokens;
}
