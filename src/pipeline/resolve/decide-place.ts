import type { Mention } from '../../domain.js';
import { lookupPhrase } from '../../knowledge/index.js';
import type { Gazetteer, Knowledge } from '../../knowledge/index.js';
import type { Decision } from './decision.js';
import { placeId } from './ids.js';
import { stripArticle } from './name-keys.js';
import { tableDecision } from './table-decision.js';
import type { ResolveState } from './resolve-state.js';

/** What place resolution reads besides the mention. */
export interface PlaceContext {
  knowledge: Knowledge;
  /** The gazetteer, loaded on first use. */
  gazetteer: () => Gazetteer;
  /** Codes of the countries the article names. */
  countries: Set<string>;
  state: ResolveState;
}

/**
 * Resolves one place mention: a country or region from the knowledge tables (centroid, code, parent
 * country); a town through the gazetteer (coordinates, country, the spelling an earlier article used);
 * otherwise the exact name.
 */
export function decidePlace(m: Mention, ctx: PlaceContext): Decision {
  const { knowledge, countries, state } = ctx;
  const name = stripArticle(m.name.trim());
  const hit = lookupPhrase(knowledge, m.name) ?? lookupPhrase(knowledge, name);
  if (hit && (hit.kind === 'country' || hit.kind === 'demonym')) {
    const entry = hit.entry;
    const parent =
      entry.countryCode !== entry.code ? knowledge.countryByCode.get(entry.countryCode) : undefined;
    return tableDecision(
      name,
      { name: entry.name },
      {
        id: placeId(entry.name),
        kind: 'PLACE',
        type: 'COUNTRY',
        place: {
          latitude: entry.latitude,
          longitude: entry.longitude,
          countryCode: entry.countryCode,
          ...(parent ? { locatedIn: parent } : {}),
        },
      },
    );
  }
  if (hit?.kind === 'region') {
    const entry = hit.entry;
    const country = entry.countryCode ? knowledge.countryByCode.get(entry.countryCode) : undefined;
    return tableDecision(name, entry, {
      id: placeId(entry.name),
      kind: 'PLACE',
      type: 'REGION',
      place: {
        latitude: entry.latitude,
        longitude: entry.longitude,
        ...(entry.countryCode ? { countryCode: entry.countryCode } : {}),
        ...(country ? { locatedIn: country } : {}),
      },
    });
  }
  if (m.type === 'CITY' || m.type === 'OTHER' || m.type === 'REGION') {
    const found = ctx.gazetteer().lookup(name, countries);
    if (found && (m.type === 'CITY' || found.population >= 50_000)) {
      const earlierName = state.placeNameByGeonameId.get(found.geonameId);
      // a shouted dateline ("KABUL") takes the gazetteer's spelling
      const canonical = earlierName ?? (/^\p{Lu}+$/u.test(name) ? found.name : name);
      const country = knowledge.countryByCode.get(found.countryCode);
      return {
        id: placeId(canonical),
        rule: earlierName !== undefined && earlierName !== name ? 'gazetteer' : 'exact',
        canonical,
        kind: 'PLACE',
        type: 'CITY',
        aliases: [name, found.name],
        place: {
          latitude: found.latitude,
          longitude: found.longitude,
          countryCode: found.countryCode,
          ...(country ? { locatedIn: country } : {}),
        },
        geonameId: found.geonameId,
      };
    }
  }
  return { id: placeId(name), rule: 'exact', canonical: name, kind: 'PLACE', type: m.type, aliases: [name] };
}
