/**
 * Month names and their numbers (`data/month-names.json`): one reading for the date extractor and for
 * the answers that print a month.
 */
import data from './data/month-names.json' with { type: 'json' };

/** The twelve month names, January first. */
export const MONTH_NAMES: readonly string[] = data.months;

const ABBREVIATIONS: Readonly<Record<string, number>> = data.abbreviations;

/** The written forms of months as a regular-expression alternation (names and abbreviations). */
export const MONTH_PATTERN = [...MONTH_NAMES, ...Object.keys(ABBREVIATIONS)]
  .map((m) => m.replace(/\./g, '\\.'))
  .join('|');

/** 1..12 for a month name or abbreviation ('May' → 5, 'Sept.' → 9); 0 when it is not one. */
export function monthNumber(name: string): number {
  const index = MONTH_NAMES.indexOf(name);
  return index >= 0 ? index + 1 : (ABBREVIATIONS[name] ?? 0);
}

/** The name of month 1..12 ('December' for 12); undefined outside 1..12. */
export function monthName(month: number): string | undefined {
  return Number.isInteger(month) ? MONTH_NAMES[month - 1] : undefined;
}
