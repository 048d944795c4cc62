import type { Mention } from '../../domain.js';
import { lookupPhrase, siteKey } from '../../knowledge/index.js';
import type { Gazetteer, Knowledge } from '../../knowledge/index.js';
import type { Decision } from './decision.js';
import { placeId, siteId } from './ids.js';
import { nearGazetteerPlace } from './near-gazetteer-place.js';
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
  /** Towns the article names as the gazetteer spells them, by GeoNames id (a slip may stand for one). */
  articleTowns?: ReadonlyMap<number, unknown>;
}

/**
 * Resolves one place mention: a country or region from the knowledge tables (centroid, code, parent
 * country); a town through the gazetteer (coordinates, country, the spelling an earlier article used),
 * or, for a name it does not know, through a spelling one slip away (`nearGazetteerPlace`); a place
 * of worship by its `siteKey`, however it is spelt; otherwise the exact name.
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
    const exact = ctx.gazetteer().lookup(name, countries);
    // A name the gazetteer does not know may be a slip for a town the story names ('Palymra').
    const near = exact
      ? undefined
      : nearGazetteerPlace(
          name,
          ctx.gazetteer(),
          countries,
          (id) => state.placeNameByGeonameId.has(id) || ctx.articleTowns?.has(id) === true,
        );
    const found = exact ?? near?.place;
    if (found && (m.type === 'CITY' || found.population >= 50_000)) {
      const earlierName = state.placeNameByGeonameId.get(found.geonameId);
      // A shouted dateline ("KABUL") and a slip take the gazetteer's spelling, unless the run named the
      // town before (a slip also takes the article's own spelling: `alignNearSpellings`).
      const written = near ? found.name : name;
      const canonical = earlierName ?? (/^\p{Lu}+$/u.test(written) ? found.name : written);
      const country = knowledge.countryByCode.get(found.countryCode);
      return {
        id: placeId(canonical),
        rule: near
          ? 'near-spelling'
          : earlierName !== undefined && earlierName !== name
            ? 'gazetteer'
            : 'exact',
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
  const key = m.type === 'SITE' ? siteKey(name) : undefined;
  if (key !== undefined) {
    // One place of worship however it is spelt ('Baalshamin temple', 'Ba’al Shamin shrine'): its id is
    // the key's, in every article and run; the name stays as written (the load keeps one).
    return {
      id: siteId(key),
      rule: 'site-key',
      canonical: name,
      kind: 'PLACE',
      type: m.type,
      aliases: [name],
    };
  }
  return { id: placeId(name), rule: 'exact', canonical: name, kind: 'PLACE', type: m.type, aliases: [name] };
}
