/**
 * The small tests event identity applies to two reports of an event: months within a window, sufferers
 * in common, a side that acted (`event-memory.ts`, `story-place-event.ts`).
 */

/** How many months apart two reports of one event may date it, unless its family says (`windowMonths`). */
export const EVENT_WINDOW_MONTHS = 3;

/** The first and last month index a time entry covers: a month ('2016-03') or a whole year ('2015'). */
function monthRange(entry: string): [number, number] {
  const year = Number(entry.slice(0, 4)) * 12;
  if (entry.length === 4) return [year, year + 11];
  const month = year + Number(entry.slice(5, 7)) - 1;
  return [month, month];
}

/** How many months lie between two time entries (0 when they overlap: '2015' and '2015-05'). */
function monthsApart(a: string, b: string): number {
  const [a0, a1] = monthRange(a);
  const [b0, b1] = monthRange(b);
  return Math.max(0, a0 - b1, b0 - a1);
}

/**
 * True when two sets of times lie within `window` months of each other (no times: compatible).
 * A time is a month ('2016-03') or, for a report dated only by its year, the whole year ('2015').
 */
export function monthsCompatible(
  a: readonly string[],
  b: readonly string[],
  window: number = EVENT_WINDOW_MONTHS,
): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => monthsApart(x, y) <= window));
}

/** True when either report names no sufferer or both name one in common. */
export function sameSufferers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));
}

/** True for a named acting side (not '?', not '' of a named person's killing, not `against:<loser>`). */
export function isActed(side: string): boolean {
  return side !== '?' && side !== '' && !side.startsWith('against:');
}

/** The most reported of some events (earliest on a tie), or undefined. */
export function mostReported<T extends { reports: number }>(events: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const e of events) if (!best || e.reports > best.reports) best = e;
  return best;
}
