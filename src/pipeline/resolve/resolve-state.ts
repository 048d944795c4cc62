/**
 * What resolution remembers from earlier articles, so a later article's bare "Assad" or "SOHR" can
 * reach the entity named in full before. Create one per ingest run and pass it in explicitly;
 * resolution never keeps state of its own.
 */
export interface ResolveState {
  /** Surname (and "al-" less surname) → ids of people named in full with it. */
  personsBySurname: Map<string, Set<string>>;
  /** Acronym ("SOHR") → ids of organisations whose initials spell it, or that were called it. */
  actorsByAcronym: Map<string, Set<string>>;
  /** Transliteration key of a full personal name (`spellingKey`) → ids of people named so. */
  personsBySpelling: Map<string, Set<string>>;
  /** Canonical names of actors seen so far, by id. */
  actorNames: Map<string, string>;
  /** Tail key of a longer organisation name (`tailKeys`) → ids of the organisations named so. */
  actorsByTail: Map<string, Set<string>>;
  /** Name key of a multi-word organisation name (`nameKey`) → ids of the organisations named so. */
  actorsByName: Map<string, Set<string>>;
  /** GeoNames id → the canonical place name first used for it ("Palmyra" for Tadmur). */
  placeNameByGeonameId: Map<number, string>;
}

/** A fresh, empty state for one ingest run. */
export function createResolveState(): ResolveState {
  return {
    personsBySurname: new Map(),
    actorsByAcronym: new Map(),
    personsBySpelling: new Map(),
    actorNames: new Map(),
    actorsByTail: new Map(),
    actorsByName: new Map(),
    placeNameByGeonameId: new Map(),
  };
}

/** The only id in a set, or undefined when there is none or more than one. */
export function uniqueId(ids: Set<string> | undefined): string | undefined {
  if (ids === undefined || ids.size !== 1) return undefined;
  return [...ids][0];
}

/** Adds `id` under `key` in a multi-map. */
export function remember(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}
