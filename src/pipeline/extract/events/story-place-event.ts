import { isActed, monthsCompatible, mostReported, sameSufferers } from './event-compat.js';
import type { EventIdentity, EventMemory, RememberedEvent } from './event-memory.js';

/** An earlier event a report with no place may join, with the bucket and place it is remembered at. */
export interface StoryPlaceEvent {
  event: RememberedEvent;
  bucket: RememberedEvent[];
  placeId: string;
}

/**
 * The event a report that gives no place joins: of its identity family, at one of the places its own
 * article places events at (`storyPlaces`, the story's places), within the family's time window, with
 * sufferers in common (or none named), the same type of change of hands, and a compatible side — the
 * report's side (or a backer of it) acted in the event, or the report names no side and the event had
 * one, or the report names only the loser and the event was carried out by another side. The most
 * reported such event wins. Never for a named person's killing (it has no place by design) nor for a
 * report whose article places no events.
 */
export function storyPlaceEvent(
  memory: EventMemory,
  identity: EventIdentity,
  window: number,
): StoryPlaceEvent | undefined {
  if (identity.side === '') return undefined;
  const allies = identity.allies ?? [];
  const loser = identity.side.startsWith('against:') ? identity.side.slice('against:'.length) : undefined;
  const sideFits = (e: RememberedEvent): boolean => {
    if (isActed(identity.side))
      return (
        e.sides.includes(identity.side) ||
        e.allies.includes(identity.side) ||
        allies.some((a) => e.sides.includes(a))
      );
    if (e.sides.length === 0) return false;
    if (loser !== undefined) return !e.sides.includes(loser);
    return allies.length === 0 || allies.some((a) => e.sides.includes(a) || e.allies.includes(a));
  };
  const found: StoryPlaceEvent[] = [];
  for (const placeId of new Set(identity.storyPlaces ?? [])) {
    const bucket = memory.byPlace.get(`${identity.family}|${placeId}`) ?? [];
    for (const event of bucket)
      if (
        monthsCompatible(event.months, identity.months, window) &&
        sameSufferers(event.sufferers, identity.sufferers) &&
        (identity.family !== 'CONTROL' || !identity.type || !event.type || event.type === identity.type) &&
        sideFits(event)
      )
        found.push({ event, bucket, placeId });
  }
  return mostReported(found.map((f) => ({ ...f, reports: f.event.reports })));
}
