/**
 * What event resolution remembers from earlier articles of a run, so that one real event reported by
 * many articles stays one node even when an article names its acting side differently or not at all.
 * Create one per ingest run (it lives in `ResolveState.events`) and pass it in; nothing is global.
 */

/** One event seen in an earlier article: its id, the key parts that identify it, and its time. */
export interface RememberedEvent {
  id: string;
  /** Acting side (an actor id), `against:<side>` when only the loser is known, or '?' */
  side: string;
  sufferers: readonly string[];
  /** The months (YYYY-MM) the reports give, for the time window. */
  months: string[];
}

/** Events seen so far, by family and place (`family|placeId`). */
export interface EventMemory {
  byPlace: Map<string, RememberedEvent[]>;
}

/** A fresh, empty memory for one run. */
export function createEventMemory(): EventMemory {
  return { byPlace: new Map() };
}

/** What one article says identifies an event, before it gets an id. */
export interface EventIdentity {
  family: string;
  placeId?: string;
  side: string;
  sufferers: readonly string[];
  /** Months (YYYY-MM) the article's reports give. */
  months: readonly string[];
  /** The id the key alone gives. */
  keyId: string;
}

/** The id an article's event takes, and the rule that chose it (recorded on the event as `mergeRule`). */
export interface ResolvedEventId {
  id: string;
  /**
   * `key`: same kind, place and acting side as before (or new);
   * `side-unknown`: this article names no acting side, and one event of the kind at the place has one;
   * `loser-known`: this article names only the side that lost, and exactly one event of the kind at the
   *   place was carried out by another side;
   * `time-window`: the key matches an earlier event, but the dates are too far apart to be one event.
   */
  rule: 'key' | 'side-unknown' | 'loser-known' | 'time-window';
}

/** How many months apart two reports of one event may date it (a siege, a campaign, a slow report). */
export const EVENT_WINDOW_MONTHS = 3;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** True when two sets of months lie within the window of each other (no months: compatible). */
export function monthsCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => Math.abs(monthIndex(x) - monthIndex(y)) <= EVENT_WINDOW_MONTHS));
}

function sameSufferers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));
}

/**
 * Gives an article's event its id across the run: one node per real event when the kind (family) and
 * place are the same, the participants compatible (the same acting side, or none named against one
 * known side, or the side that lost differs from the one that acted) and the time within
 * `EVENT_WINDOW_MONTHS`. Records the event for later articles.
 */
export function resolveEventId(memory: EventMemory, identity: EventIdentity): ResolvedEventId {
  const bucketKey = `${identity.family}|${identity.placeId ?? ''}`;
  const bucket = memory.byPlace.get(bucketKey) ?? [];
  memory.byPlace.set(bucketKey, bucket);
  const compatible = (e: RememberedEvent) =>
    monthsCompatible(e.months, identity.months) && sameSufferers(e.sufferers, identity.sufferers);
  const remember = (id: string, rule: ResolvedEventId['rule']): ResolvedEventId => {
    const known = bucket.find((e) => e.id === id);
    if (known) {
      for (const m of identity.months) if (!known.months.includes(m)) known.months.push(m);
    } else {
      bucket.push({ id, side: identity.side, sufferers: identity.sufferers, months: [...identity.months] });
    }
    return { id, rule };
  };

  const sameKey = (e: RememberedEvent) =>
    e.side === identity.side &&
    e.sufferers.length === identity.sufferers.length &&
    e.sufferers.every((x) => identity.sufferers.includes(x));
  const same = bucket.filter(sameKey);
  const sameInWindow = same.find((e) => monthsCompatible(e.months, identity.months));
  if (sameInWindow) return remember(sameInWindow.id, 'key');
  if (same.length > 0) {
    // The same kind, place and side, but months apart: another event (a second recapture).
    const month = [...identity.months].sort()[0] ?? 'undated';
    return remember(`${identity.keyId}_${month.replace('-', '')}`, 'time-window');
  }
  // Without a place the kind alone says too little to join reports that name no side.
  if (identity.placeId === undefined) return remember(identity.keyId, 'key');
  const acted = bucket.filter((e) => e.side !== '?' && !e.side.startsWith('against:') && compatible(e));
  if (identity.side === '?' && acted.length === 1) return remember(acted[0]!.id, 'side-unknown');
  if (identity.side.startsWith('against:')) {
    const loser = identity.side.slice('against:'.length);
    const others = acted.filter((e) => e.side !== loser);
    if (others.length === 1) return remember(others[0]!.id, 'loser-known');
  }
  return remember(identity.keyId, 'key');
}
