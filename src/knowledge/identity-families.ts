/**
 * Kinds that tell one real event (`data/event-identity-families.json`): an attack reported by one outlet
 * and an offensive reported by another, by one side at one place, are one operation.
 */
import data from './data/event-identity-families.json' with { type: 'json' };

const FAMILY_OF = new Map<string, string>();
const RANK = new Map<string, number>();
for (const family of data.families) {
  family.kinds.forEach((kind, index) => {
    FAMILY_OF.set(kind, family.id);
    RANK.set(kind, index);
  });
}

/** The identity family of an event family or kind ('ATTACK' → 'OFFENSIVE'); the kind itself when it has none. */
export function identityFamily<T extends string>(kind: T): T {
  return (FAMILY_OF.get(kind) as T | undefined) ?? kind;
}

/** The kind that names a joined event: the most reported, and on a tie the first the data lists. */
export function leadingKind<T extends string>(kinds: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: T | undefined;
  for (const [k, c] of counts) {
    if (best === undefined) {
      best = k;
      continue;
    }
    const bc = counts.get(best)!;
    if (c > bc || (c === bc && (RANK.get(k) ?? Infinity) < (RANK.get(best) ?? Infinity))) best = k;
  }
  return best;
}

const WINDOWS: Readonly<Record<string, number>> = data.windows;

/** How many months apart two reports of one event of this identity family may date it. */
export function windowMonths(family: string): number {
  return WINDOWS[family] ?? WINDOWS.default ?? 3;
}

/** The words a report states its event's duration with (`data/event-identity-families.json`, `durations`). */
export interface DurationWords {
  /** Unit word → its length in months ('month' → 1, 'years' → 12). */
  units: ReadonlyMap<string, number>;
  /** Prepositions that put an event inside a stretch of time ('during', 'throughout'). */
  openers: readonly string[];
  /** The longest stretch a report may cover, in months. */
  maxMonths: number;
}

/** The duration words of the identity data. */
export const DURATION_WORDS: DurationWords = {
  units: new Map(Object.entries(data.durations.units)),
  openers: data.durations.openers,
  maxMonths: data.durations.maxMonths,
};

/**
 * How many months apart, at most, one article's reports of one key are one event, whatever the family's
 * window (`data/event-identity-families.json`, `articleWindow`): the family's window when it is wider.
 */
export function articleWindowMonths(family: string): number {
  return Math.max(windowMonths(family), data.articleWindow);
}

const BROAD_PLACE_TYPES: ReadonlySet<string> = new Set(data.broadPlaceTypes);

/** True for a place type too wide to join a report that names no acting side ('COUNTRY', 'REGION'). */
export function isBroadPlaceType(type: string | undefined): boolean {
  return type !== undefined && BROAD_PLACE_TYPES.has(type);
}
