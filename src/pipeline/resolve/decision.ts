import type { ActorType, PlaceType } from '../../domain.js';
import type { CountryEntry } from '../../knowledge/index.js';

/** How one mention resolved, before entities are merged. */
export interface Decision {
  id: string;
  rule: string;
  canonical: string;
  kind: 'ACTOR' | 'PLACE';
  type: ActorType | PlaceType;
  /** Names to keep as aliases (as written, and from the alias table). */
  aliases: string[];
  partOf?: CountryEntry;
  /** The name itself names the state ("Russian Defense Ministry"), so the state is in the article too. */
  partOfImplied?: boolean;
  place?: { latitude?: number; longitude?: number; countryCode?: string; locatedIn?: CountryEntry };
  geonameId?: number;
}
