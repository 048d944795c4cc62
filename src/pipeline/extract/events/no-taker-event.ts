/**
 * The event a report that names no taker joins when no report of the event named one either: reports
 * of a change of hands often name only the side that lost ('an operation to seize the town from …')
 * or nobody ('the liberation of the town on April 3'). Neither contradicts the other (ACE 2005 event
 * coreference: mentions corefer when their arguments do not conflict), so at one place within the
 * time window they are one event, whichever of capture or recapture each calls it, as for `loser-known`.
 */
import type { EventIdentity, RememberedEvent } from './event-memory.js';

/**
 * The most reported earlier event of the bucket that no report gave a taker, when this report names
 * none: a report naming no side joins one that named a loser; a report naming a loser joins one that
 * named no side or the same loser. `fits` is the caller's time window and sufferer test.
 */
export function noTakerEvent(
  bucket: readonly RememberedEvent[],
  identity: EventIdentity,
  fits: (e: RememberedEvent) => boolean,
): RememberedEvent | undefined {
  const unnamed = identity.side === '?';
  if (!unnamed && !identity.side.startsWith('against:')) return undefined;
  if ((identity.allies ?? []).length > 0) return undefined;
  let best: RememberedEvent | undefined;
  for (const e of bucket) {
    if (e.sides.length > 0 || e.allies.length > 0 || !fits(e)) continue;
    const other = unnamed ? e.side.startsWith('against:') : e.side === '?' || e.side === identity.side;
    if (other && (!best || e.reports > best.reports)) best = e;
  }
  return best;
}
