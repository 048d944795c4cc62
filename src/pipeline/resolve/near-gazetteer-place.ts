import type { Gazetteer, GazetteerPlace } from '../../knowledge/index.js';
import { nearSpellings } from './near-spellings.js';

/** A town found under a spelling one slip away from the name as written. */
export interface NearPlace {
  place: GazetteerPlace;
  /** The spelling the gazetteer knows ("Palmyra" for the written "Palymra"). */
  spelling: string;
}

/**
 * The town a misspelt name stands for ("Palymra" → Palmyra), for a name the gazetteer does not know:
 * a spelling one slip away (`nearSpellings`) that names a town the article's story already points
 * to — in a country the article names, or a town the article or an earlier one named (`known`) — and only
 * when exactly one such town is found. Short names get no near spellings, so 'Homs' never becomes
 * 'Hims'.
 */
export function nearGazetteerPlace(
  name: string,
  gazetteer: Gazetteer,
  countries: ReadonlySet<string>,
  known: (geonameId: number) => boolean,
): NearPlace | undefined {
  const found = new Map<number, NearPlace>();
  for (const spelling of nearSpellings(name)) {
    const place = gazetteer.lookup(spelling, countries);
    if (!place) continue;
    if (!countries.has(place.countryCode) && !known(place.geonameId)) continue;
    if (!found.has(place.geonameId)) found.set(place.geonameId, { place, spelling });
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
