/**
 * What event resolution remembers from earlier articles of a run, so that one real event reported by
 * many articles stays one node even when an article names its acting side differently or not at all.
 * Create one per ingest run (it lives in `ResolveState.events`) and pass it in; nothing is global.
 */
import { windowMonths } from '../../../knowledge/identity-families.js';
import { isActed, monthsCompatible, mostReported, sameSufferers } from './event-compat.js';
import { familyNameEvent } from './family-name-event.js';
import { noTakerEvent } from './no-taker-event.js';
import { storyPlaceEvent } from './story-place-event.js';

export { EVENT_WINDOW_MONTHS, monthsCompatible } from './event-compat.js';
export { primeEventMemory } from './prime-event-memory.js';
export type { StoredEventIdentity } from './prime-event-memory.js';

/** One event seen in an earlier article: its id, the key parts that identify it, and its time. */
export interface RememberedEvent {
  id: string;
  /** Acting side (an actor id), `against:<side>` when only the loser is known, or '?' */
  side: string;
  sufferers: readonly string[];
  /** The months (YYYY-MM) the reports give, for the time window. */
  months: string[];
  /** Event type (CAPTURE, RECAPTURE, …); a capture and a recapture never join by a weak rule. */
  type?: string;
  /** Every acting side the joined reports named. */
  sides: string[];
  /** Every side the joined reports named as backing the acting side. */
  allies: string[];
  /** How many article groups joined this event (the most reported wins a weak join). */
  reports: number;
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
  /** Event type; a weak join (side unknown, loser known, allied side) needs the same type. */
  type?: string;
  /** Sides the article names as backing the acting side (SUPPORTER participants, after `sideOf`). */
  allies?: readonly string[];
  /** The id the key alone gives. */
  keyId: string;
  /** The side the article named but that cannot act in this kind (`cannotAct`); `side` is then '?'. */
  sideSetAside?: string;
  /** Places the same article places its events at (for a report with no place: `storyPlaceEvent`). */
  storyPlaces?: readonly string[];
  /**
   * The place came only from the sentences around the report, and the article places no other event
   * there: an event of the family at one of `storyPlaces` is joined first (`story-place`).
   */
  placeFromContext?: boolean;
  /** Known too little to join other articles' events by kind and place (a scoped key); only `story-place` applies. */
  scoped?: boolean;
}

/** The id an article's event takes, and the rule that chose it (recorded on the event as `mergeRule`). */
export interface ResolvedEventId {
  id: string;
  /**
   * `key`: same kind, place and acting side as before (or new);
   * `side-unknown`: this article names no acting side, and one event of the kind at the place has one;
   * `loser-known`: this article names only the side that lost, and an event of the family at the place
   *   (a capture or a recapture) was carried out by another side: the most reported one;
   * `allied-side`: this article's acting side is a supporter of the event's side, or is supported by it;
   * `side-known`: this article names an acting side another report of the event named, or the event
   *   so far named none;
   * `time-window`: the key matches an earlier event, but the dates are too far apart to be one event;
   * `non-acting-side`: as `side-unknown`, for a report whose named side cannot use force (a news agency,
   *   a court: `sideSetAside`);
   * `story-place`: this report has no place (or one only from the sentences around it, `placeFromContext`);
   *   an event of its family at a place its article places events at has compatible sides, sufferers and
   *   months (`storyPlaceEvent`); `placeId` is that place;
   * `family-name`: a named person's killing whose victim has the family name of an earlier one's, with
   *   another given name, dated in the same month (`familyNameEvent`);
   * `no-taker`: no report named who took the place; this one names only the loser (or no side), and an
   *   event of the family there names no taker either, but a loser (or none).
   */
  rule:
    | 'key'
    | 'side-unknown'
    | 'loser-known'
    | 'allied-side'
    | 'side-known'
    | 'time-window'
    | 'non-acting-side'
    | 'story-place'
    | 'family-name'
    | 'no-taker';
  /** For `story-place`: the place of the event joined. */
  placeId?: string;
}

/** Records one article's report of event `id` in a bucket: its months, sides and backers, one more report. */
function rememberIn(bucket: RememberedEvent[], identity: EventIdentity, id: string): void {
  const known = bucket.find((e) => e.id === id);
  const sides = [identity.side].filter(isActed);
  const allies = identity.allies ?? [];
  if (known) {
    for (const m of identity.months) if (!known.months.includes(m)) known.months.push(m);
    for (const s of sides) if (!known.sides.includes(s)) known.sides.push(s);
    for (const a of allies) if (!known.allies.includes(a)) known.allies.push(a);
    known.reports += 1;
    return;
  }
  bucket.push({
    id,
    side: identity.side,
    sufferers: identity.sufferers,
    months: [...identity.months],
    ...(identity.type !== undefined ? { type: identity.type } : {}),
    sides,
    allies: [...allies],
    reports: 1,
  });
}

/**
 * Gives an article's event its id across the run: one node per real event when the kind (family) and
 * place are the same, the participants compatible and the time within the family's window (`windowMonths`).
 * Sides are compatible when equal or when one backs the other (a supporter named by either report).
 * A report naming no side (or only the loser) joins the most reported event of its type at the
 * place that fits the window; a report naming a side joins such an event that so far named none.
 * A weak join never crosses types of a change of hands (a capture never joins a recapture), except a
 * report naming only the loser, which joins the taking by another side. Records the event for later
 * articles.
 */
export function resolveEventId(memory: EventMemory, identity: EventIdentity): ResolvedEventId {
  const bucketKey = `${identity.family}|${identity.placeId ?? ''}`;
  const bucket = memory.byPlace.get(bucketKey) ?? [];
  memory.byPlace.set(bucketKey, bucket);
  const allies = identity.allies ?? [];
  const window = windowMonths(identity.family);
  const inWindow = (e: RememberedEvent) =>
    monthsCompatible(e.months, identity.months, window) && sameSufferers(e.sufferers, identity.sufferers);
  // A weak join keeps a capture apart from a recapture; kinds of one identity family (an attack within
  // an offensive) share a bucket and join.
  const compatible = (e: RememberedEvent) =>
    inWindow(e) &&
    (identity.family !== 'CONTROL' ||
      identity.type === undefined ||
      e.type === undefined ||
      e.type === identity.type);
  const remember = (id: string, rule: ResolvedEventId['rule']): ResolvedEventId => {
    rememberIn(bucket, identity, id);
    return { id, rule };
  };

  if (identity.placeFromContext) {
    const at = storyPlaceEvent(memory, identity, window);
    if (at && at.placeId !== identity.placeId) {
      rememberIn(at.bucket, identity, at.event.id);
      return { id: at.event.id, rule: 'story-place', placeId: at.placeId };
    }
  }
  if (identity.scoped) return { id: identity.keyId, rule: 'key' };
  const sameKey = (e: RememberedEvent) =>
    e.side === identity.side &&
    e.sufferers.length === identity.sufferers.length &&
    e.sufferers.every((x) => identity.sufferers.includes(x));
  const same = bucket.filter(sameKey);
  const sameInWindow = same.find((e) => monthsCompatible(e.months, identity.months, window));
  if (sameInWindow) return remember(sameInWindow.id, 'key');
  if (same.length > 0) {
    // The same kind, place and side, but months apart: another event (a second recapture).
    const month = [...identity.months].sort()[0] ?? 'undated';
    return remember(`${identity.keyId}_${month.replace('-', '')}`, 'time-window');
  }
  if (identity.side === '' && same.length === 0) {
    // A named victim given another given name by an earlier report of the same month.
    const kin = familyNameEvent(bucket, identity);
    if (kin) return remember(kin.id, 'family-name');
  }
  if (identity.placeId === undefined) {
    // A report with no place joins an event at a place its article places events at ('story-place').
    const at = storyPlaceEvent(memory, identity, window);
    if (at) {
      rememberIn(at.bucket, identity, at.event.id);
      return { id: at.event.id, rule: 'story-place', placeId: at.placeId };
    }
    // Without a place the kind alone says too little to join reports that name no side.
    return remember(identity.keyId, 'key');
  }
  const fitting = bucket.filter(compatible);
  if (isActed(identity.side)) {
    const sameSide = mostReported(fitting.filter((e) => e.sides.includes(identity.side)));
    if (sameSide) return remember(sameSide.id, 'side-known');
    const allied = fitting.filter(
      (e) => e.allies.includes(identity.side) || allies.some((a) => e.sides.includes(a)),
    );
    const ally = mostReported(allied);
    if (ally) return remember(ally.id, 'allied-side');
    const unnamed = mostReported(fitting.filter((e) => e.sides.length === 0));
    if (unnamed && fitting.every((e) => e.sides.length === 0)) return remember(unnamed.id, 'side-known');
    return remember(identity.keyId, 'key');
  }
  // A report naming only backers joins an event those backers are known to back, never another side's.
  const acted = fitting.filter(
    (e) =>
      e.sides.length > 0 &&
      (allies.length === 0 || allies.some((a) => e.sides.includes(a) || e.allies.includes(a))),
  );
  if (identity.side === '?') {
    const best = mostReported(acted);
    if (best) return remember(best.id, identity.sideSetAside ? 'non-acting-side' : 'side-unknown');
  }
  if (identity.side.startsWith('against:')) {
    // Taken from the loser: by anyone but the loser, whether the other report calls it a capture or a
    // recapture ('the government's capture of Palmyra from ISIS' is the recapture from ISIS).
    const loser = identity.side.slice('against:'.length);
    const takers = bucket.filter(
      (e) =>
        inWindow(e) &&
        e.sides.length > 0 &&
        (allies.length === 0 || allies.some((a) => e.sides.includes(a) || e.allies.includes(a))),
    );
    const best = mostReported(takers.filter((e) => !e.sides.includes(loser)));
    if (best) return remember(best.id, 'loser-known');
  }
  const untaken = noTakerEvent(bucket, identity, inWindow);
  if (untaken) return remember(untaken.id, 'no-taker');
  return remember(identity.keyId, 'key');
}
