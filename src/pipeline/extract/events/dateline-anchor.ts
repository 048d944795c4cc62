/** The wire dateline as a date anchor, for articles that carry no publication date. */
import { monthNumber } from '../../../knowledge/month-names.js';
import type { Anchor } from './date-values.js';
import { MONTH, ORD, WEEKDAY } from './date-rules.js';

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
