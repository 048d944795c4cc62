import type { Sentence } from '../../domain.js';
import { loadWordLists } from '../../knowledge/index.js';

/** Abbreviations, sentence openers and marks, from `src/knowledge/data/sentence-words.json`. */
const {
  neverFinalAbbreviations: TITLE_ABBREVIATIONS,
  monthAbbreviations: MONTH_ABBREVIATIONS,
  sentenceOpeners: SENTENCE_OPENERS,
  closingMarks: CLOSERS,
  openingMarks: OPENERS,
  terminalMarks: TERMINALS,
} = loadWordLists().sentence;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00A0' || ch === '\r' || ch === '\f' || ch === '\v';
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** The word (letters, digits and inner dots) that ends just before `dotIndex` in `line`. */
function wordBefore(line: string, dotIndex: number): string {
  let i = dotIndex;
  const limit = Math.max(0, dotIndex - 24); // bounded look-back keeps the split linear
  while (i > limit) {
    const ch = line[i - 1]!;
    if (ch === '.' || /[\p{L}\p{N}]/u.test(ch)) i -= 1;
    else break;
  }
  return line.slice(i, dotIndex);
}

/** The next word after `index` (skipping spaces and opening quotes). */
function wordAfter(line: string, index: number): string {
  let i = index;
  while (i < line.length && (isSpace(line[i]) || OPENERS.has(line[i]!))) i += 1;
  let j = i;
  while (j < line.length && j - i < 24 && /[\p{L}\p{N}]/u.test(line[j]!)) j += 1;
  return line.slice(i, j);
}

/**
 * Decides whether the full stop at `dot` ends a sentence, looking at the word before it and at what
 * follows (`next` = first non-space character after the stop and any closing quotes).
 */
function dotEndsSentence(line: string, dot: number, nextIndex: number): boolean {
  const next = line[nextIndex];
  if (next === undefined) return true;
  if (!isUpper(next) && !OPENERS.has(next) && !isDigit(next)) return false;
  const word = wordBefore(line, dot);
  const lower = word.toLowerCase();
  if (word.length === 1 && isUpper(word)) return false; // an initial: "George W. Bush"
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (MONTH_ABBREVIATIONS.has(lower)) return !isDigit(next);
  if (word.includes('.') || lower === 'inc' || lower === 'ltd' || lower === 'co' || lower === 'corp') {
    // "U.S.", "a.m.", "Inc." may end a sentence; only when an obvious sentence opener follows.
    return SENTENCE_OPENERS.has(wordAfter(line, nextIndex).toLowerCase());
  }
  return true;
}

/**
 * Splits body text into sentences with exact offsets: `text.slice(s.start, s.end) === s.text`.
 *
 * A line break ends a paragraph, so a line without end punctuation (a heading, a byline) is its own
 * sentence. Inside a line, `.`, `!`, `?` and `…` end a sentence when followed by a capital, a digit,
 * an opening quote or the end of the line, unless the word before is an abbreviation ("Mr.", "St.",
 * "U.S. Defense", "Jan. 5") or an initial. Closing quotes and brackets stay with their sentence.
 * Runs in linear time.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && (isSpace(text[s]) || text[s] === '\n')) s += 1;
    while (e > s && (isSpace(text[e - 1]) || text[e - 1] === '\n')) e -= 1;
    if (e > s) sentences.push({ index: sentences.length, text: text.slice(s, e), start: s, end: e });
  };

  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let sentenceStart = 0;
    let i = 0;
    while (i < line.length) {
      const ch = line[i]!;
      if (!TERMINALS.has(ch)) {
        i += 1;
        continue;
      }
      // Take a run of terminals ("?!", "...") and any closing quotes or brackets after it.
      let j = i + 1;
      while (j < line.length && TERMINALS.has(line[j]!)) j += 1;
      while (j < line.length && CLOSERS.has(line[j]!)) j += 1;
      let k = j;
      while (k < line.length && isSpace(line[k])) k += 1;
      const atLineEnd = k >= line.length;
      let ends: boolean;
      if (atLineEnd) ends = true;
      else if (k === j && !CLOSERS.has(line[j - 1]!))
        ends = false; // no space after: "3.5", "U.S.-backed"
      else if (ch === '.' && j === i + 1) ends = dotEndsSentence(line, i, k);
      else {
        const next = line[k];
        ends = isUpper(next) || isDigit(next) || (next !== undefined && OPENERS.has(next));
      }
      if (ends) {
        push(lineStart + sentenceStart, lineStart + j);
        sentenceStart = j;
      }
      i = j;
    }
    push(lineStart + sentenceStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return sentences;
}
