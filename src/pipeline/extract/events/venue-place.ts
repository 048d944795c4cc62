import placeContextData from '../../../knowledge/data/event-place-context.json' with { type: 'json' };
import type { ResolvedMention } from '../context.js';
import type { EventMention } from './event-mention.js';

/** Families told as results of one meeting or festival (data/event-place-context.json). */
const VENUE_FAMILIES: ReadonlySet<string> = new Set(placeContextData.venueFamilies);
/** How many of the article's other results must stand at the venue before it is taken as theirs. */
const MIN_AT_VENUE = 2;

/**
 * The venue of an article's results: the place its sport or culture events (other than background
 * ones) are tied to in the most sentences, when it holds at least two of them and at least twice as many as
 * any other place. Undefined when no place leads clearly.
 */
function venueOf(mentions: readonly EventMention[]): ResolvedMention | undefined {
  const counts = new Map<string, { place: ResolvedMention; sentences: Set<number> }>();
  for (const m of mentions) {
    if (!m.place || m.background || m.placeTie === 'context') continue;
    if (!VENUE_FAMILIES.has(m.hit.entry.family)) continue;
    const c = counts.get(m.place.entityId) ?? { place: m.place, sentences: new Set<number>() };
    c.sentences.add(m.sentence.index);
    counts.set(m.place.entityId, c);
  }
  const ranked = [...counts.values()]
    .map((c) => ({ place: c.place, n: c.sentences.size }))
    .sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (!first || first.n < MIN_AT_VENUE || (second && second.n * 2 > first.n)) return undefined;
  return first.place;
}

/**
 * Gives the sport and culture results of an article that name no place of their own ('she overhauled
 * Maria Mutola to win the 800m') the venue where its other results are told to happen ('… medal haul
 * in Athens', '… came fourth in Athens'): one meeting, one place. Background mentions and results
 * with nobody named are left as they are. Changes the mentions in place.
 */
export function withVenuePlace(mentions: EventMention[]): void {
  const venue = venueOf(mentions);
  if (!venue) return;
  for (const m of mentions) {
    if (m.place || m.background || m.participants.length === 0) continue;
    if (!VENUE_FAMILIES.has(m.hit.entry.family)) continue;
    m.place = venue;
    m.placeTie = 'context';
  }
}
