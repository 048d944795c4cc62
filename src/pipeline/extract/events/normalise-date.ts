import type { DateBasis, DatePrecision } from '../../../domain.js';

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

/** The publication date an expression is read against. */
export interface Anchor {
  year: number;
  /** 1..12 when known */
  month?: number;
  /** 1..31 when known */
  day?: number;
  /** Where the anchor came from; `publication` unless said. */
  basis?: 'publication' | 'dateline';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_ABBREVIATIONS: Record<string, number> = {
  'Jan.': 1,
  'Feb.': 2,
  'Aug.': 8,
  'Sept.': 9,
  'Sep.': 9,
  'Oct.': 10,
  'Nov.': 11,
  'Dec.': 12,
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
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

const MONTH = `(${MONTHS.join('|')}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`;
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const PREP = `(?:(?:[Oo]n|[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]ack in|[Ll]ate in|[Ee]arly in)\\s+)?`;
const PART = `(?:(early|mid|late|the end of|the beginning of|the start of)[-\\s]+)?`;
const ORD = `(?:st|nd|rd|th)?`;

interface Rule {
  pattern: RegExp;
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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthNumber(name: string): number {
  const index = MONTHS.indexOf(name);
  return index >= 0 ? index + 1 : (MONTH_ABBREVIATIONS[name] ?? 0);
}

function day(y: number, m: number, d: number): { date: string; precision: DatePrecision } | undefined {
  const value = new Date(Date.UTC(y, m - 1, d));
  if (value.getUTCMonth() !== m - 1 || d < 1) return undefined;
  return { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'DAY' };
}

function month(y: number, m: number): { date: string; precision: DatePrecision } {
  return { date: `${y}-${pad(m)}`, precision: 'MONTH' };
}

function fromTime(ms: number): { date: string; precision: DatePrecision } {
  const value = new Date(ms);
  return {
    date: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`,
    precision: 'DAY',
  };
}

function anchorTime(anchor: Anchor): number | undefined {
  if (anchor.month === undefined || anchor.day === undefined) return undefined;
  return Date.UTC(anchor.year, anchor.month - 1, anchor.day);
}

/** The most recent month `m` at or before the anchor's month (strictly before when `strict`). */
function recentMonth(
  anchor: Anchor | undefined,
  m: number,
  strict: boolean,
): { date: string; precision: DatePrecision } | undefined {
  if (anchor?.month === undefined) return undefined;
  const sameYear = strict ? m < anchor.month : m <= anchor.month;
  return month(sameYear ? anchor.year : anchor.year - 1, m);
}

function week(
  anchor: Anchor | undefined,
  offsetWeeks: number,
): { date: string; precision: DatePrecision } | undefined {
  if (anchor === undefined) return undefined;
  const t = anchorTime(anchor);
  if (t === undefined) return undefined;
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  const monday = t - (weekday - 7 * offsetWeeks) * 86_400_000;
  const sunday = monday + 6 * 86_400_000;
  const a = new Date(monday);
  const b = new Date(sunday);
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) {
    return month(a.getUTCFullYear(), a.getUTCMonth() + 1);
  }
  if (a.getUTCFullYear() === b.getUTCFullYear())
    return { date: String(a.getUTCFullYear()), precision: 'YEAR' };
  return undefined;
}

const RULES: Rule[] = [
  {
    // 27 March 2016, Sunday 3rd April 2016
    monthGroup: 3,
    dayGroup: 2,
    absolute: true,
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
    pattern: new RegExp(`${PREP}(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'g'),
    read: (m) => day(Number(m[4]), monthNumber(m[2]!), Number(m[3])),
  },
  {
    // late October 2015, March 2001
    monthGroup: 2,
    absolute: true,
    pattern: new RegExp(`${PREP}${PART}${MONTH},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    read: (m) => month(Number(m[3]), monthNumber(m[2]!)),
  },
  {
    // late October of last year
    monthGroup: 2,
    pattern: new RegExp(`${PREP}${PART}${MONTH}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'g'),
    read: (m, a) =>
      a ? month(a.year + (m[3] === 'last' ? -1 : m[3] === 'next' ? 1 : 0), monthNumber(m[2]!)) : undefined,
  },
  {
    // March 27, March 15th (year from the publication date)
    monthGroup: 2,
    dayGroup: 3,
    pattern: new RegExp(`${PREP}(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})${ORD}\\b(?![,.]?\\s*\\d)`, 'g'),
    read: (m, a) => dayWithoutYear(a, monthNumber(m[2]!), Number(m[3])),
  },
  {
    // 27 March, the 3rd of April
    monthGroup: 3,
    dayGroup: 2,
    pattern: new RegExp(
      `${PREP}(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}\\b(?![,.]?\\s*\\d)`,
      'g',
    ),
    read: (m, a) => dayWithoutYear(a, monthNumber(m[3]!), Number(m[2])),
  },
  {
    // late last May, last May, this March
    monthGroup: 3,
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
    pattern: new RegExp(
      `(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]ack in|[Ll]ate in|[Ee]arly in|[Ss]ince early|[Ss]ince late)\\s+${PART}${MONTH}\\b(?!\\s+\\d)`,
      'g',
    ),
    read: (m, a) => recentMonth(a, monthNumber(m[2]!), false),
  },
  {
    // in 2014 and 2015, between 2014 and 2015: two years are no single date; keep the words only
    pattern:
      /(?:[Ii]n|[Dd]uring|[Bb]etween|[Ff]rom|[Tt]hroughout)\s+(?:19|20)\d{2}\s*(?:and|or|to|[-–])\s*(?:19|20)\d{2}\b/g,
    read: () => undefined,
  },
  {
    // in 2014, since early 2015
    absolute: true,
    pattern: new RegExp(
      `(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Tt]hroughout)\\s+${PART}((?:19|20)\\d{2})\\b(?!\\s*[-–]\\d)`,
      'g',
    ),
    read: (m) => ({ date: m[2]!, precision: 'YEAR' }),
  },
  {
    // on Friday, last Friday
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

function dayWithoutYear(
  a: Anchor | undefined,
  m: number,
  d: number,
): { date: string; precision: DatePrecision } | undefined {
  if (a?.month === undefined) return undefined;
  const beforeAnchor = m < a.month || (m === a.month && (a.day === undefined || d <= a.day));
  return day(beforeAnchor ? a.year : a.year - 1, m, d);
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
 * their text and get no date. Overlapping readings: the first rule that matches wins.
 */
export function findDates(text: string, offset: number, anchor: Anchor | undefined): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
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

const DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{Lu} .'-]{1,40},?\\s+(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—:]`,
  'u',
);

/**
 * Reads a wire dateline at the start of the text ('LONDON, March 28 (Reuters) -') into an anchor with
 * basis `dateline`. A dateline without a year gives no anchor unless `year` is known.
 */
export function datelineAnchor(text: string, year?: number): Anchor | undefined {
  const m = DATELINE.exec(text.slice(0, 120));
  if (!m) return undefined;
  const y = m[4] ? Number(m[4]) : year;
  if (y === undefined) return undefined;
  return { year: y, month: monthNumber(m[2]!), day: Number(m[3]), basis: 'dateline' };
}
