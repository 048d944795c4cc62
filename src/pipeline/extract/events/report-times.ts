/**
 * The times a report dates its event at, for event identity across reports: a month ('2016-03') for
 * a day or month date, a year ('2015') for a year date, and every month of a stretch the report says
 * the event lasted or happened in ('their ten-month siege', 'during their 10-month occupation').
 */
import { DURATION_WORDS } from '../../../knowledge/identity-families.js';
import type { DurationWords } from '../../../knowledge/identity-families.js';
import { COUNT_LEXICON } from './count-lexicon.js';
import type { EventMention } from './event-mention.js';

/** A number written in digits or words ('10', 'ten'), else undefined. */
function numberOf(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return COUNT_LEXICON.numberWords.get(word.toLowerCase());
}

/** A number, a hyphen or space, and a unit of duration ('ten-month', '10 months'), capturing both. */
function measurePattern(words: DurationWords): string {
  const numbers = ['\\d{1,3}', ...COUNT_LEXICON.numberWords.keys()].join('|');
  const units = [...words.units.keys()].sort((a, b) => b.length - a.length).join('|');
  return `(${numbers})[-\\s]+(${units})(?:-long)?`;
}

function monthsOf(count: string, unit: string, words: DurationWords): number | undefined {
  const n = numberOf(count);
  const per = words.units.get(unit.toLowerCase());
  if (n === undefined || per === undefined) return undefined;
  const months = n * per;
  return months > 0 && months <= words.maxMonths ? months : undefined;
}

/**
 * How many months the report says its event lasted: a measure right before the trigger ('a ten-month
 * siege', 'their nearly 10-month occupation'), or an opener with a measure earlier in the sentence
 * that the trigger happened within ('During their nearly 10-month occupation of X, the jihadists
 * executed …'). Undefined when it says none.
 */
export function durationMonths(
  m: Pick<EventMention, 'hit' | 'sentence'>,
  words: DurationWords = DURATION_WORDS,
): number | undefined {
  const before = m.sentence.text.slice(0, Math.max(0, m.hit.start - m.sentence.start));
  const [adjacentPattern, withinPattern] = patternsOf(words);
  const adjacent = adjacentPattern.exec(before);
  if (adjacent) {
    const months = monthsOf(adjacent[1]!, adjacent[2]!, words);
    if (months !== undefined) return months;
  }
  const within = withinPattern.exec(before);
  return within ? monthsOf(within[1]!, within[2]!, words) : undefined;
}

const compiled = new WeakMap<DurationWords, [RegExp, RegExp]>();

/** The measure right before a trigger, and an opener with a measure: compiled once per word table. */
function patternsOf(words: DurationWords): [RegExp, RegExp] {
  const known = compiled.get(words);
  if (known) return known;
  const measure = measurePattern(words);
  const made: [RegExp, RegExp] = [
    new RegExp(`(?<![\\p{L}\\d])${measure}\\s+$`, 'iu'),
    new RegExp(
      `(?<![\\p{L}])(?:${words.openers.join('|')})\\s+(?:[\\p{L}'’]+\\s+){0,3}?${measure}(?![\\p{L}])`,
      'iu',
    ),
  ];
  compiled.set(words, made);
  return made;
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthAt(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The times of one report: its date's month (or year, for a year date), and, when it states a
 * duration, every month from that many months before its date (or the article's month, `anchorMonth`,
 * when it gives no date) up to it. Empty when the report is dated neither way.
 */
export function reportTimes(m: EventMention, anchorMonth?: string): string[] {
  const date = m.date?.date;
  const own = date && m.date?.precision !== 'YEAR' ? date.slice(0, 7) : undefined;
  const times = own ? [own] : date ? [date.slice(0, 4)] : [];
  const months = durationMonths(m);
  const end = own ?? (date ? undefined : anchorMonth);
  if (months === undefined || end === undefined) return times;
  const last = monthIndex(end);
  const span: string[] = [];
  for (let i = last - months; i <= last; i++) span.push(monthAt(i));
  return [...new Set([...times, ...span])];
}
