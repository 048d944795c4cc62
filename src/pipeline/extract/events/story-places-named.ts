/**
 * The story's places a broad-place report's own sentence names inside its country or region ('the
 * Islamic State contingent in Palmyra had withdrawn or been routed, with hundreds of its fighters
 * killed, … to retain territory in Syria and Iraq'): read in a country or a region, such a report
 * says too little to be joined on its own (`broadPlaceTypes`), and the narrower place its sentence
 * names, where its article places events, is the likelier scene (as a report placed only from the
 * sentences around it yields to the story's place, `story-place`).
 */
import type { Place } from '../../../domain.js';
import type { EventMention } from './find-event-mentions.js';
import { liesIn } from './join-broad-place-groups.js';

/** True when `text` has `name` as a whole word sequence (letters on neither side). */
function namesIn(text: string, name: string): boolean {
  if (name.length < 3) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text);
}

/**
 * The places of `storyPlaces` that lie inside `broadPlaceId` and that every report's sentence names
 * (by the place's name or an alias); empty when one report's sentence names none.
 */
export function storyPlacesNamed(
  members: readonly EventMention[],
  broadPlaceId: string,
  storyPlaces: readonly string[],
  places: ReadonlyMap<string, Place>,
): string[] {
  const inside = [...new Set(storyPlaces)].filter(
    (id) => id !== broadPlaceId && liesIn(id, broadPlaceId, places),
  );
  return inside.filter((id) => {
    const place = places.get(id);
    if (!place) return false;
    const names = [place.name, ...place.aliases];
    return members.every((m) => names.some((n) => namesIn(m.sentence.text, n)));
  });
}
