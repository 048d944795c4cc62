import type { Actor, ActorType, Mention, Place, PlaceType } from '../../domain.js';
import type { CountryEntry } from '../../knowledge/index.js';
import type { Decision } from './decision.js';
import { countryActorName } from './decide-actor.js';
import { actorId, placeId } from './ids.js';
import { bestType } from './merge-decisions.js';
import type { Accumulator } from './merge-decisions.js';
import { townsOfSites } from './towns-of-sites.js';

/** Labels every entity resolution creates carries. */
export interface EntityLabels {
  extractorVersion: string;
  /** `extractor` label for entities created by resolution itself (a ministry's state). */
  extractor: string;
}

/**
 * Actors and places from the merged entities: the best type, aliases and titles; the state a body
 * belongs to (added when its name implies it), the country or town a place lies in.
 */
export function buildEntities(
  entities: Map<string, Accumulator>,
  mentions: Mention[],
  decisions: Decision[],
  labels: EntityLabels,
): { actors: Map<string, Actor>; places: Map<string, Place> } {
  const actors = new Map<string, Actor>();
  const places = new Map<string, Place>();
  const base = { extractorVersion: labels.extractorVersion };
  // A body named after its state ("Syrian Army") brings the state along; a ministry known from the
  // alias table (the Kremlin) or a town in the gazetteer only points at it: the edge is made when
  // the state or country is in the graph.
  const ensureCountryActor = (entry: CountryEntry, implied: boolean): string => {
    const id = actorId(countryActorName(entry));
    if (implied && !actors.has(id) && !entities.has(id)) {
      actors.set(id, {
        id,
        name: countryActorName(entry),
        type: 'STATE',
        aliases: [],
        titles: [],
        confidence: 0.8,
        extractor: labels.extractor,
        ...base,
      });
    }
    return id;
  };

  const siteTowns = townsOfSites(mentions, decisions);

  for (const [id, acc] of entities) {
    const d = acc.decision;
    if (d.kind === 'ACTOR') {
      const partOf = d.partOf ? ensureCountryActor(d.partOf, d.partOfImplied === true) : undefined;
      actors.set(id, {
        id,
        name: d.canonical,
        type: bestType(acc) as ActorType,
        aliases: acc.aliases,
        titles: acc.titles,
        confidence: acc.confidence,
        extractor: acc.extractor,
        ...base,
        ...(partOf !== undefined && partOf !== id ? { partOf } : {}),
      });
    } else {
      const locatedIn = d.place?.locatedIn ? placeId(d.place.locatedIn.name) : siteTowns.get(id);
      places.set(id, {
        id,
        name: d.canonical,
        type: bestType(acc) as PlaceType,
        aliases: acc.aliases,
        ...(d.place?.latitude !== undefined ? { latitude: d.place.latitude } : {}),
        ...(d.place?.longitude !== undefined ? { longitude: d.place.longitude } : {}),
        ...(d.place?.countryCode !== undefined ? { countryCode: d.place.countryCode } : {}),
        confidence: acc.confidence,
        extractor: acc.extractor,
        ...base,
        ...(locatedIn !== undefined && locatedIn !== id ? { locatedIn } : {}),
      });
    }
  }
  return { actors, places };
}
