/**
 * Small text helpers shared by the event and claim rules: word tokens with article offsets,
 * phrase search on word boundaries, and questions about the words around a mention.
 */

import grammar from '../../../knowledge/data/event-grammar-words.json' with { type: 'json' };
import { allMatches } from './all-matches.js';

/** One word of a sentence; offsets are into the article text. */
export interface Word {
  text: string;
  /** Lower case, typographic apostrophe normalised, possessive `'s` removed. */
  lower: string;
  start: number;
  end: number;
  /** The word carried a possessive ending (`Russia's`). */
  possessive: boolean;
}

const WORD_PATTERN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/** Lower case, typographic apostrophe normalised: a word's `lower` before its possessive ending comes off. */
function normalOf(raw: string): string {
  return (raw.includes('’') ? raw.replace(/’/g, "'") : raw).toLowerCase();
}

const isPossessive = (normal: string): boolean => normal.length > 2 && normal.endsWith("'s");

/** Splits `text` (which starts at article offset `offset`) into words. */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  // The matches are read one by one (no array of them): a sentence's words are read for every sentence.
  WORD_PATTERN.lastIndex = 0;
  for (let match = WORD_PATTERN.exec(text); match !== null; match = WORD_PATTERN.exec(text)) {
    const raw = match[0];
    const normal = normalOf(raw);
    const possessive = isPossessive(normal);
    words.push({
      text: raw,
      lower: possessive ? normal.slice(0, -2) : normal,
      start: offset + match.index,
      end: offset + match.index + raw.length,
      possessive,
    });
  }
  WORD_PATTERN.lastIndex = 0;
  return words;
}

/** The `lower` of each word of `text`, as `wordsOf` gives them, without the rest of each word. */
export function lowerWords(text: string): string[] {
  return allMatches(WORD_PATTERN, text).map((match) => {
    const normal = normalOf(match[0]);
    return isPossessive(normal) ? normal.slice(0, -2) : normal;
  });
}

/** Normalises quotes and case so that phrase tables match typographic text. */
export function normaliseForMatch(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compiled alternation of phrases, matched case-insensitively on word boundaries. */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const body = sorted.map((p) => escapeRegExp(p.toLowerCase()).replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every match of `pattern` in `text`, as article offsets (`text` starts at `offset`). */
export function findPhrases(
  pattern: RegExp,
  text: string,
  offset = 0,
): { phrase: string; start: number; end: number }[] {
  const found: { phrase: string; start: number; end: number }[] = [];
  const normal = normaliseForMatch(text);
  for (const match of allMatches(pattern, normal)) {
    found.push({
      phrase: match[0].replace(/\s+/g, ' '),
      start: offset + match.index,
      end: offset + match.index + match[0].length,
    });
  }
  return found;
}

/** Characters that end a clause for role search (commas do not: appositions and fronted phrases use them). */
export const CLAUSE_BREAK = /[.;:!?“”"()[\]—–\n]/;

/** True when the article text between two offsets holds no clause break. */
export function sameClause(text: string, from: number, to: number): boolean {
  if (to < from) return sameClause(text, to, from);
  const between = text.slice(from, to);
  // Initials and decimal points are no breaks: they are taken out first, when there is a break mark at all.
  if (!CLAUSE_BREAK.test(between)) return true;
  return !CLAUSE_BREAK.test(between.replace(/\b(?:[A-Z]\.){1,3}/g, '').replace(/\.\d/g, ''));
}

/** Determiners and possessive pronouns that stand before a noun (`data/event-grammar-words.json`). */
export const DETERMINERS: ReadonlySet<string> = new Set(grammar.determiners);

/** The last word before `position` in `text`, skipping determiners; lower case, or '' at the start. */
export function wordBefore(text: string, position: number, skipDeterminers = true): string {
  const slice = text.slice(Math.max(0, position - 60), position);
  const words = allMatches(WORD_PATTERN, slice);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const end = word.index + word[0].length;
    const between = slice.slice(end, i === words.length - 1 ? slice.length : words[i + 1]!.index);
    if (/[^\s]/.test(between.replace(/[-'’]/g, ''))) return '';
    const normal = normalOf(word[0]);
    const lower = isPossessive(normal) ? normal.slice(0, -2) : normal;
    if (skipDeterminers && DETERMINERS.has(lower)) continue;
    return lower;
  }
  return '';
}

/** True when the text right after `position` is a possessive ending (`'s`, `’s`, or a bare `'`). */
export function possessiveAt(text: string, position: number): boolean {
  return /^(?:['’]s\b|s?['’](?!\p{L}))/u.test(text.slice(position, position + 3));
}
