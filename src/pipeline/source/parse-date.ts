import type { DatePrecision } from '../../domain.js';

/** A date read from text or a field: ISO prefix matching its precision. */
export interface ParsedDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: DatePrecision;
  /** The words that gave the date. */
  text: string;
  /** Where `text` starts in the searched string. */
  index: number;
}

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

const MONTH = `(${MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .map((m) => `[${m[0]?.toUpperCase()}${m[0]}]${m.slice(1)}`)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d{2})';

interface DateRule {
  name: string;
  /** Global, so every match can be tried; `lastIndex` is reset before each search. */
  pattern: RegExp;
  precision: DatePrecision;
  /** Pulls year, month, day out of a match. */
  read: (m: RegExpExecArray) => { year: string; month?: string; day?: string };
}

/** Most precise first; the first rule that matches wins. */
const DATE_RULES: readonly DateRule[] = [
  {
    name: 'iso',
    pattern: new RegExp(`(?<![\\d-])${YEAR}-(\\d{2})-(\\d{2})(?!\\d)`, 'g'),
    precision: 'DAY',
    read: (m) => ({ year: m[1] ?? '', month: m[2], day: m[3] }),
  },
  {
    name: 'day-month-year',
    pattern: new RegExp(`(?<![\\d\\p{L}])${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}(?!\\d)`, 'gu'),
    precision: 'DAY',
    read: (m) => ({ year: m[3] ?? '', month: m[2], day: m[1] }),
  },
  {
    name: 'month-day-year',
    pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, 'gu'),
    precision: 'DAY',
    read: (m) => ({ year: m[3] ?? '', month: m[1], day: m[2] }),
  },
  {
    name: 'month-year',
    pattern: new RegExp(`(?<![\\p{L}])${MONTH},?\\s+${YEAR}(?!\\d)`, 'gu'),
    precision: 'MONTH',
    read: (m) => ({ year: m[2] ?? '', month: m[1] }),
  },
  {
    name: 'iso-month',
    pattern: new RegExp(`(?<![\\d-])${YEAR}-(\\d{2})(?![\\d-])`, 'g'),
    precision: 'MONTH',
    read: (m) => ({ year: m[1] ?? '', month: m[2] }),
  },
  {
    name: 'year',
    pattern: new RegExp(`(?<![\\d\\p{L}])${YEAR}(?![\\d\\p{L}])`, 'gu'),
    precision: 'YEAR',
    read: (m) => ({ year: m[1] ?? '' }),
  },
];

function monthNumber(month: string): number | undefined {
  if (/^\d+$/.test(month)) return Number(month);
  return MONTH_NUMBER.get(month.toLowerCase().replace(/\.$/, ''));
}

function toIso(parts: { year: string; month?: string; day?: string }, precision: DatePrecision) {
  const year = Number(parts.year);
  if (precision === 'YEAR') return parts.year;
  const month = monthNumber(parts.month ?? '');
  if (month === undefined || month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (precision === 'MONTH') return `${parts.year}-${mm}`;
  const day = Number(parts.day);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return undefined;
  return `${parts.year}-${mm}-${String(day).padStart(2, '0')}`;
}

/**
 * Finds the most precise date written in `text` ("Sunday 3rd April 2016", "April 3, 2016",
 * "2016-04-03", "March 2016", "2016"). Returns undefined when there is none; impossible dates
 * (31 February) do not count. Set `minPrecision` to ignore bare years.
 */
export function findDate(text: string, minPrecision: DatePrecision = 'YEAR'): ParsedDate | undefined {
  const allowed: DatePrecision[] =
    minPrecision === 'DAY' ? ['DAY'] : minPrecision === 'MONTH' ? ['DAY', 'MONTH'] : ['DAY', 'MONTH', 'YEAR'];
  for (const rule of DATE_RULES) {
    if (!allowed.includes(rule.precision)) continue;
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const date = toIso(rule.read(m), rule.precision);
      if (date !== undefined) return { date, precision: rule.precision, text: m[0], index: m.index };
    }
  }
  return undefined;
}

/**
 * Reads a date given as a field value (JSONL/CSV `date`, HTML meta): ISO date-times, ISO prefixes,
 * or any form {@link findDate} knows. Undefined when the value holds no date.
 */
export function parseDateValue(value: string): ParsedDate | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return findDate(trimmed);
}
