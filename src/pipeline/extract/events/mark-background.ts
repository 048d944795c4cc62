import type { Place } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { EventMention } from './find-event-mentions.js';
import type { Anchor, DateMention } from './normalise-date.js';

/** How many years before the article's time an event with its own full date counts as background. */
const BACKGROUND_YEARS = 2;

/** The place the article names most often (its main place), if any. */
export function mainPlaceOf(mentions: readonly ResolvedMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'PLACE') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [id, n] of counts) {
    if (n > bestCount) {
      best = id;
      bestCount = n;
    }
  }
  return best;
}

function liesIn(placeId: string, containerId: string, places: ReadonlyMap<string, Place>): boolean {
  let current = places.get(placeId)?.locatedIn;
  const seen = new Set<string>([placeId]);
  while (current !== undefined && !seen.has(current)) {
    if (current === containerId) return true;
    seen.add(current);
    current = places.get(current)?.locatedIn;
  }
  return false;
}

/** What `markBackground` needs to know about the article. */
export interface BackgroundScope {
  anchor: Anchor | undefined;
  /** The article's own absolute dates; the latest year stands for the article's time without an anchor. */
  absoluteDates: readonly DateMention[];
  mainPlaceId: string | undefined;
  places: ReadonlyMap<string, Place>;
}

/**
 * Marks the event mentions an article tells as background — after a comparison cue ('like the
 * destruction of …', already set by the sentence rules) or with a full date of their own at least two
 * years before the article's time ('blown up in March 2001' in a 2016 report) — and keeps them off the
 * article's place: such a mention takes no place from context, and a place that lies inside the
 * article's main place only by this article's reading is detached (the event keeps its name, not the
 * OCCURRED_IN). Returns the mentions to keep.
 */
export function markBackground(mentions: EventMention[], scope: BackgroundScope): EventMention[] {
  const years = scope.absoluteDates.flatMap((d) => (d.date ? [Number(d.date.slice(0, 4))] : []));
  const now = scope.anchor?.year ?? (years.length > 0 ? Math.max(...years) : undefined);
  const out: EventMention[] = [];
  for (const m of mentions) {
    const old =
      now !== undefined &&
      m.date?.basis === 'absolute' &&
      m.date.date !== undefined &&
      Number(m.date.date.slice(0, 4)) <= now - BACKGROUND_YEARS;
    if (old) m.background = true;
    if (!m.background) {
      out.push(m);
      continue;
    }
    if (m.placeTie === 'context') {
      // A comparison does not happen where the article's story does.
      delete m.place;
      delete m.placeTie;
      if (m.participants.length === 0) continue;
    }
    if (
      m.place &&
      scope.mainPlaceId !== undefined &&
      m.place.entityId !== scope.mainPlaceId &&
      liesIn(m.place.entityId, scope.mainPlaceId, scope.places)
    ) {
      m.placeDetached = true;
    }
    out.push(m);
  }
  return out;
}
