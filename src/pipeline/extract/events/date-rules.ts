/**
 * The date rules: patterns for date expressions in English news ('on March 27', 'late last May',
 * 'two weeks ago') and how each reads against an anchor. The first rule that matches a span wins.
 */
import type { DatePrecision } from '../../../domain.js';
import { MONTH_PATTERN, monthNumber } from '../../../knowledge/month-names.js';
import { anchorTime, day, dayWithoutYear, fromTime, month, recentMonth, week } from './date-values.js';
import type { Anchor } from './date-values.js';

/** Weekday names, Sunday first (as `Date.getUTCDay`). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** A month name or abbreviation, as a capture group. */
export const MONTH = `(${MONTH_PATTERN})`;
/** A weekday name, as a capture group. */
export const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const PREP = `(?:(?:[Oo]n|[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]ack in|[Ll]ate in|[Ee]arly in)\\s+)?`;
const PART = `(?:(early|mid|late|the end of|the beginning of|the start of)[-\\s]+)?`;
/** An ordinal suffix (27th). */
export const ORD = `(?:st|nd|rd|th)?`;

/** Cues: what the words of each kind of rule cannot do without (a month name, a year, a weekday …). */
const MONTH_CUE = new RegExp(MONTH_PATTERN);
const YEAR_CUE = /(?:19|20)\d{2}/;
const WEEKDAY_CUE = new RegExp(WEEKDAYS.join('|'));

/** One date rule: its pattern, where the month and day are, and how it reads against an anchor. */
export interface DateRule {
  pattern: RegExp;
  /** A text the cue does not match holds no match of `pattern`, and is not searched with it. */
  cue: RegExp;
  /** Capture group holding a month name, and one holding the day of the month. */
  monthGroup?: number;
  dayGroup?: number;
  /** The words give the year themselves: the date needs no anchor. */
  absolute?: boolean;
  read: (
    m: RegExpMatchArray,
    anchor: Anchor | undefined,
  ) => { date: string; precision: DatePrecision } | undefined;
}

/** The rules in the order they are tried. */
export const DATE_RULES: DateRule[] = [
  {
    // 27 March 2016, Sunday 3rd April 2016
    monthGroup: 3,
    dayGroup: 2,
    absolute: true,
    cue: MONTH_CUE,
    pattern: new RegExp(
      `${PREP}(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`,
      'g',
    ),
    read: (m) => day(Number(m[4]), monthNumber(m[3]!), Number(m[2])),
  },
  {
    // March 27, 2016
    monthGroup: 2,
    dayGroup: 3,
    absolute: true,
    cue: MONTH_CUE,
    pattern: new RegExp(`${PREP}(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'g'),
    read: (m) => day(Number(m[4]), monthNumber(m[2]!), Number(m[3])),
  },
  {
    // late October 2015, March 2001
    monthGroup: 2,
    absolute: true,
    cue: MONTH_CUE,
    pattern: new RegExp(`${PREP}${PART}${MONTH},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    read: (m) => month(Number(m[3]), monthNumber(m[2]!)),
  },
  {
    // late October of last year
    monthGroup: 2,
    cue: MONTH_CUE,
    pattern: new RegExp(`${PREP}${PART}${MONTH}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'g'),
    read: (m, a) =>
      a ? month(a.year + (m[3] === 'last' ? -1 : m[3] === 'next' ? 1 : 0), monthNumber(m[2]!)) : undefined,
  },
  {
    // March 27, March 15th (year from the publication date)
    monthGroup: 2,
    dayGroup: 3,
    cue: MONTH_CUE,
    pattern: new RegExp(`${PREP}(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})${ORD}\\b(?![,.]?\\s*\\d)`, 'g'),
    read: (m, a) => dayWithoutYear(a, monthNumber(m[2]!), Number(m[3])),
  },
  {
    // 27 March, the 3rd of April
    monthGroup: 3,
    dayGroup: 2,
    cue: MONTH_CUE,
    pattern: new RegExp(
      `${PREP}(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}\\b(?![,.]?\\s*\\d)`,
      'g',
    ),
    read: (m, a) => dayWithoutYear(a, monthNumber(m[3]!), Number(m[2])),
  },
  {
    // late last May, last May, this March
    monthGroup: 3,
    cue: MONTH_CUE,
    pattern: new RegExp(`${PREP}${PART}(last|this|next)\\s+${MONTH}\\b`, 'g'),
    read: (m, a) => {
      const mm = monthNumber(m[3]!);
      if (a?.month === undefined) return undefined;
      if (m[2] === 'this') return month(a.year, mm);
      if (m[2] === 'next') return month(mm > a.month ? a.year : a.year + 1, mm);
      return recentMonth(a, mm, true);
    },
  },
  {
    // in December, back in May (most recent such month)
    monthGroup: 2,
    cue: MONTH_CUE,
    pattern: new RegExp(
      `(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]ack in|[Ll]ate in|[Ee]arly in|[Ss]ince early|[Ss]ince late)\\s+${PART}${MONTH}\\b(?!\\s+\\d)`,
      'g',
    ),
    read: (m, a) => recentMonth(a, monthNumber(m[2]!), false),
  },
  {
    // in 2014 and 2015, between 2014 and 2015: two years are no single date; keep the words only
    cue: YEAR_CUE,
    pattern:
      /(?:[Ii]n|[Dd]uring|[Bb]etween|[Ff]rom|[Tt]hroughout)\s+(?:19|20)\d{2}\s*(?:and|or|to|[-–])\s*(?:19|20)\d{2}\b/g,
    read: () => undefined,
  },
  {
    // in 2014, since early 2015
    absolute: true,
    cue: YEAR_CUE,
    pattern: new RegExp(
      `(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Tt]hroughout)\\s+${PART}((?:19|20)\\d{2})\\b(?!\\s*[-–]\\d)`,
      'g',
    ),
    read: (m) => ({ date: m[2]!, precision: 'YEAR' }),
  },
  {
    // on Friday, last Friday
    cue: WEEKDAY_CUE,
    pattern: new RegExp(`(?:(?:[Oo]n|[Ll]ast|[Tt]his)\\s+)?${WEEKDAY}\\b`, 'g'),
    read: (m, a) => {
      if (a === undefined) return undefined;
      const t = anchorTime(a);
      if (t === undefined) return undefined;
      const target = WEEKDAYS.indexOf(m[1]!);
      let back = (new Date(t).getUTCDay() - target + 7) % 7;
      if (back === 0 && /^last/i.test(m[0])) back = 7;
      return fromTime(t - back * 86_400_000);
    },
  },
  {
    cue: /today|yesterday|tonight|morning|afternoon|evening|night/,
    pattern:
      /\b(?:[Ee]arlier |[Ll]ater )?(today|yesterday|tonight|this morning|this afternoon|this evening|last night)\b/g,
    read: (m, a) => {
      if (a === undefined) return undefined;
      const t = anchorTime(a);
      if (t === undefined) return undefined;
      return fromTime(m[1] === 'yesterday' || m[1] === 'last night' ? t - 86_400_000 : t);
    },
  },
  {
    cue: /(?:this|last|next)\s+(?:week|month|year)/,
    pattern: /\b(?:[Ee]arlier |[Ll]ater )?(this|last|next)\s+(week|month|year)\b/g,
    read: (m, a) => {
      if (a === undefined) return undefined;
      const shift = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
      if (m[2] === 'year') return { date: String(a.year + shift), precision: 'YEAR' };
      if (m[2] === 'week') return week(a, shift);
      if (a.month === undefined) return undefined;
      const index = a.year * 12 + (a.month - 1) + shift;
      return month(Math.floor(index / 12), (index % 12) + 1);
    },
  },
  {
    cue: /ago/i,
    pattern:
      /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?|years?)\s+ago\b/gi,
    read: (m, a) => {
      if (a === undefined) return undefined;
      const n = /^\d/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? 0);
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      if (unit === 'year') return { date: String(a.year - n), precision: 'YEAR' };
      if (unit === 'month') {
        if (a.month === undefined) return undefined;
        const index = a.year * 12 + (a.month - 1) - n;
        return month(Math.floor(index / 12), (index % 12) + 1);
      }
      const t = anchorTime(a);
      if (t === undefined) return undefined;
      const back = fromTime(t - n * (unit === 'week' ? 7 : 1) * 86_400_000);
      return unit === 'week' ? { date: back.date.slice(0, 7), precision: 'MONTH' } : back;
    },
  },
];
