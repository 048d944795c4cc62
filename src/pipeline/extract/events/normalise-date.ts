/**
 * Date expressions in a sentence, normalised against an anchor (`date-rules.ts`), and the fallbacks
 * when the publication date is missing: the article's own absolute dates and its dateline.
 */
import type { DateBasis, DatePrecision } from '../../../domain.js';
import { monthNumber } from '../../../knowledge/month-names.js';
import { allMatches } from './all-matches.js';
import { DATE_RULES } from './date-rules.js';
import { day, month } from './date-values.js';
import type { Anchor } from './date-values.js';

export type { Anchor, DateValue } from './date-values.js';
export { datelineAnchor } from './dateline-anchor.js';

/** A date expression found in a sentence, normalised when it can be. */
export interface DateMention {
  /** The words as written, with a leading preposition ('on March 27', 'last May'). */
  text: string;
  start: number;
  end: number;
  /** ISO prefix matching `precision`; absent when the expression needs a publication date we lack. */
  date?: string;
  precision?: DatePrecision;
  /** 1..12 when the words name a month, even without a year ('back in December'): a month-of-year fact. */
  monthOfYear?: number;
  /** 1..31 when the words name a day of the month ('on March 27'). */
  dayOfMonth?: number;
  /** What the date was read against (see `DateBasis`); absent when there is no date. */
  basis?: DateBasis;
}

/** Reads an article's `publishedAt` (ISO prefix) into an anchor; undefined when absent or malformed. */
export function anchorOf(publishedAt: string | undefined, precision?: DatePrecision): Anchor | undefined {
  if (!publishedAt) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedAt);
  if (!match) return undefined;
  const anchor: Anchor = { year: Number(match[1]) };
  if (match[2] && precision !== 'YEAR') anchor.month = Number(match[2]);
  if (match[3] && precision !== 'YEAR' && precision !== 'MONTH') anchor.day = Number(match[3]);
  return anchor;
}

/**
 * Finds date expressions in `text` (which starts at article offset `offset`) and normalises them
 * against the publication date. Expressions that need a publication date we do not have keep
 * their text and get no date. Overlapping readings: the first rule that matches wins. A rule is tried only
 * on a text with its cue (a month name, a year …).
 */
export function findDates(text: string, offset: number, anchor: Anchor | undefined): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const cued = new Map<RegExp, boolean>();
  for (const rule of DATE_RULES) {
    let cue = cued.get(rule.cue);
    if (cue === undefined) cued.set(rule.cue, (cue = rule.cue.test(text)));
    if (!cue) continue;
    for (const m of allMatches(rule.pattern, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const value = rule.read(m, anchor);
      const monthName = rule.monthGroup === undefined ? undefined : m[rule.monthGroup];
      const monthOfYear = monthName ? monthNumber(monthName) : undefined;
      const dayOfMonth = rule.dayGroup === undefined ? undefined : Number(m[rule.dayGroup]);
      const basis: DateBasis = rule.absolute ? 'absolute' : (anchor?.basis ?? 'publication');
      found.push({
        text: m[0],
        start: offset + start,
        end: offset + end,
        ...(value ? { date: value.date, precision: value.precision, basis } : {}),
        ...(monthOfYear ? { monthOfYear } : {}),
        ...(dayOfMonth ? { dayOfMonth } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Gives a yearless date ('on March 27', 'back in December') the year of an absolute date of the same
 * article in the same month ('March 2016'), when exactly one year fits. Returns the mention unchanged
 * otherwise; the month-of-year fact stays either way.
 */
export function withArticleYear(mention: DateMention, absolute: readonly DateMention[]): DateMention {
  if (mention.date !== undefined || mention.monthOfYear === undefined) return mention;
  const years = new Set<number>();
  for (const d of absolute) {
    if (d.basis !== 'absolute' || d.date === undefined || d.monthOfYear !== mention.monthOfYear) continue;
    years.add(Number(d.date.slice(0, 4)));
  }
  if (years.size !== 1) return mention;
  const year = [...years][0]!;
  const value =
    mention.dayOfMonth === undefined
      ? month(year, mention.monthOfYear)
      : day(year, mention.monthOfYear, mention.dayOfMonth);
  return value
    ? { ...mention, date: value.date, precision: value.precision, basis: 'article-dates' }
    : mention;
}
