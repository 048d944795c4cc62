/**
 * Date values and the calendar arithmetic the date rules share: building ISO prefixes, reading the
 * anchor (publication date or dateline), and the most recent month or week before it.
 */
import type { DatePrecision } from '../../../domain.js';

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

/** A normalised date: an ISO prefix and its precision. */
export interface DateValue {
  date: string;
  precision: DatePrecision;
}

/** Two digits: 3 → "03". */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The day y-m-d as a DAY value; undefined when there is no such day. */
export function day(y: number, m: number, d: number): { date: string; precision: DatePrecision } | undefined {
  const value = new Date(Date.UTC(y, m - 1, d));
  if (value.getUTCMonth() !== m - 1 || d < 1) return undefined;
  return { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'DAY' };
}

/** The month y-m as a MONTH value. */
export function month(y: number, m: number): { date: string; precision: DatePrecision } {
  return { date: `${y}-${pad(m)}`, precision: 'MONTH' };
}

/** The UTC day of a time in milliseconds, as a DAY value. */
export function fromTime(ms: number): { date: string; precision: DatePrecision } {
  const value = new Date(ms);
  return {
    date: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`,
    precision: 'DAY',
  };
}

/** The anchor as a UTC time, when it names a day. */
export function anchorTime(anchor: Anchor): number | undefined {
  if (anchor.month === undefined || anchor.day === undefined) return undefined;
  return Date.UTC(anchor.year, anchor.month - 1, anchor.day);
}

/** The most recent month `m` at or before the anchor's month (strictly before when `strict`). */
export function recentMonth(
  anchor: Anchor | undefined,
  m: number,
  strict: boolean,
): { date: string; precision: DatePrecision } | undefined {
  if (anchor?.month === undefined) return undefined;
  const sameYear = strict ? m < anchor.month : m <= anchor.month;
  return month(sameYear ? anchor.year : anchor.year - 1, m);
}

/** The week `offsetWeeks` from the anchor's (Monday to Sunday): its month, or its year when it spans two months. */
export function week(
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

/** Day `d` of month `m` in the most recent year that puts it at or before the anchor. */
export function dayWithoutYear(
  a: Anchor | undefined,
  m: number,
  d: number,
): { date: string; precision: DatePrecision } | undefined {
  if (a?.month === undefined) return undefined;
  const beforeAnchor = m < a.month || (m === a.month && (a.day === undefined || d <= a.day));
  return day(beforeAnchor ? a.year : a.year - 1, m, d);
}
