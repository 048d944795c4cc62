/**
 * The small tests event identity applies to two reports of an event: months within a window, sufferers
 * in common, a side that acted (`event-memory.ts`, `story-place-event.ts`).
 */

/** How many months apart two reports of one event may date it, unless its family says (`windowMonths`). */
export const EVENT_WINDOW_MONTHS = 3;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** True when two sets of months lie within `window` months of each other (no months: compatible). */
export function monthsCompatible(
  a: readonly string[],
  b: readonly string[],
  window: number = EVENT_WINDOW_MONTHS,
): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => Math.abs(monthIndex(x) - monthIndex(y)) <= window));
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
