import { ACTOR_TYPES as ACTOR_TYPE_LIST, type ActorType, type PlaceType } from '../domain.js';
import countriesData from './data/countries.json' with { type: 'json' };
import extrasData from './data/country-extras.json' with { type: 'json' };
import cueData from './data/cue-words.json' with { type: 'json' };
import mediaData from './data/media-cues.json' with { type: 'json' };
import nonEntityData from './data/non-entities.json' with { type: 'json' };
import headData from './data/org-head-nouns.json' with { type: 'json' };
import orgData from './data/organisations.json' with { type: 'json' };
import companyData from './data/companies.json' with { type: 'json' };
import titleData from './data/person-titles.json' with { type: 'json' };
import regionData from './data/regions.json' with { type: 'json' };
import { buildSpanCues, type SpanCues } from './span-cues.js';
import { speakerVerbs } from './speech-verbs.js';

/** A country (or constituent country) as the extractor knows it. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2 (or ISO 3166-2 for GB-ENG …). */
  code: string;
  /** Alpha-2 code of the sovereign state (same as `code` for states). */
  countryCode: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  latitude: number;
  longitude: number;
}

/** A well-known organisation from `organisations.json`. */
export interface OrganisationEntry {
  name: string;
  type: ActorType;
  aliases: string[];
  caseSensitive: string[];
  /** Alpha-2 code of the state it belongs to. */
  country?: string;
}

/** A region from `regions.json`. */
export interface RegionEntry {
  name: string;
  aliases: string[];
  latitude: number;
  longitude: number;
  countryCode?: string;
}

/** What a known phrase stands for. */
export type LexiconHit =
  | { kind: 'country'; entry: CountryEntry }
  | { kind: 'demonym'; entry: CountryEntry }
  | { kind: 'organisation'; entry: OrganisationEntry }
  | { kind: 'region'; entry: RegionEntry };

/** All general knowledge the entity extractor uses, indexed for lookup. Built once from the JSON data files. */
export interface Knowledge {
  countries: CountryEntry[];
  countryByCode: Map<string, CountryEntry>;
  /** Lower-cased phrase → hit, for phrases matched regardless of case. */
  phrases: Map<string, LexiconHit>;
  /** Phrase as written → hit, for phrases that must match exactly ("US", "IS", "UN"). */
  exactPhrases: Map<string, LexiconHit>;
  /** Longest phrase length in tokens (bounds the phrase scan). */
  maxPhraseTokens: number;
  titles: Set<string>;
  titleAbbreviations: Set<string>;
  nameParticles: Set<string>;
  /** Generational suffixes after a personal name, lower case without a full stop ('jr', 'ii'). */
  nameSuffixes: Set<string>;
  actorHeads: Map<string, ActorType>;
  /** Government heads that name one body when capitalised alone after 'the' ('the Treasury'). */
  bodiesNamedAlone: Set<string>;
  placeHeads: Map<string, PlaceType>;
  mediaHeads: Set<string>;
  /** Lower-case phrases right after a name that make it a news outlet ('news agency'). */
  mediaFollowing: Set<string>;
  mediaPhrases: Set<string>;
  placeCueWords: Set<string>;
  /** Lower-case nouns that make the name before them a site ("Baalshamin temple"). */
  siteFollowers: Set<string>;
  locativePrepositions: Set<string>;
  /** Speech verbs that mark their subject or object as a speaker (`data/claim-speech.json`). */
  speechVerbs: Set<string>;
  stateNouns: Set<string>;
  /** Lower-cased noun phrase after a demonym → institution name suffix (null: not an actor). */
  bodyNouns: Map<string, string | null>;
  /** Body nouns that name an institution only when capitalised ("Russian Air Force"). */
  capitalisedOnlyBodyNouns: Set<string>;
  /** Nouns after a country's possessive that make the country a location ("Syria's civil war"). */
  placePossessiveNouns: Set<string>;
  /** Nouns before "from <country>" that make the country a source, not a location ("criticism from"). */
  sourceNouns: Set<string>;
  actorVerbs: Set<string>;
  nonEntities: Set<string>;
  /** Heads of laws and treaties: a name ending in one is not an actor ("European Convention on Human Rights"). */
  lawHeads: Set<string>;
  /** Heads after which "on" stays inside a name ("Convention on Human Rights", "Committee on Standards"). */
  connectorOnHeads: Set<string>;
  /** Words that begin a name through a possessive ("Queen's Lancashire Regiment", "People's Liberation Army"). */
  possessiveNameWords: Set<string>;
  /** Common nouns that, before or in apposition to a name, give its type ("the human rights organisation X"). */
  descriptors: Map<string, ActorType>;
  /** Words the span typing rules read around a name (`data/span-cue-words.json`). */
  spanCues: SpanCues;
}

interface CountryExtras {
  rename: Record<string, string>;
  removeAliases: string[];
  aliases: Record<string, string[]>;
  caseSensitiveAliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  add: {
    code: string;
    countryCode: string;
    name: string;
    aliases: string[];
    demonyms: string[];
    latitude: number;
    longitude: number;
  }[];
}

const ACTOR_TYPES = new Set<string>(ACTOR_TYPE_LIST);
/** Entries news reads as states although ISO 3166-1 does not list them as independent. */
const STATE_LIKE_TERRITORIES = new Set(['PS', 'XK', 'TW', 'HK']);

/** Splits a phrase into the tokens the mention finder uses, for counting and keys. */
export function phraseKey(phrase: string): string {
  return phrase.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function buildCountries(): CountryEntry[] {
  const extras = extrasData as CountryExtras;
  const removed = new Set(extras.removeAliases);
  const list: CountryEntry[] = countriesData.countries
    .filter((c) => c.independent || STATE_LIKE_TERRITORIES.has(c.code))
    .map((c) => {
      const name = extras.rename[c.code] ?? c.name;
      const aliases = new Set(c.aliases.filter((a) => !removed.has(a)));
      if (name !== c.name) aliases.add(c.name);
      for (const a of extras.aliases[c.code] ?? []) aliases.add(a);
      aliases.delete(name);
      const demonyms = new Set([...c.demonyms, ...(extras.demonyms[c.code] ?? [])]);
      return {
        code: c.code,
        countryCode: c.code,
        name,
        aliases: [...aliases],
        demonyms: [...demonyms],
        latitude: c.latitude,
        longitude: c.longitude,
      };
    });
  for (const add of extras.add) list.push({ ...add });
  return list;
}

/**
 * The ISO 3166-1 entries of `countries.json` that are not independent states and not read as states
 * (Puerto Rico, Greenland, Bermuda …): places (regions), never actors of their own.
 */
function dependentTerritories(): RegionEntry[] {
  const extras = extrasData as CountryExtras;
  const removed = new Set(extras.removeAliases);
  return countriesData.countries
    .filter((c) => !c.independent && !STATE_LIKE_TERRITORIES.has(c.code))
    .map((c) => ({
      name: c.name,
      aliases: c.aliases.filter((a) => !removed.has(a)),
      latitude: c.latitude,
      longitude: c.longitude,
      countryCode: c.code,
    }));
}

let cached: Knowledge | undefined;

/**
 * Loads and indexes the knowledge tables under `data/`. The tables are read-only general knowledge,
 * so the index is built once per process and shared.
 */
export function loadKnowledge(): Knowledge {
  if (cached) return cached;
  const extras = extrasData as CountryExtras;
  const countries = buildCountries();
  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  const phrases = new Map<string, LexiconHit>();
  const exactPhrases = new Map<string, LexiconHit>();
  let maxPhraseTokens = 1;
  const addPhrase = (phrase: string, hit: LexiconHit, exact = false): void => {
    const key = exact ? phrase : phraseKey(phrase);
    const target = exact ? exactPhrases : phrases;
    // First writer wins: countries before organisations before regions; states before territories.
    if (!target.has(key)) target.set(key, hit);
    maxPhraseTokens = Math.max(maxPhraseTokens, phrase.split(/[\s-]+/).length + 2);
  };
  for (const entry of countries) {
    addPhrase(entry.name, { kind: 'country', entry });
    for (const alias of entry.aliases) addPhrase(alias, { kind: 'country', entry });
    for (const alias of extras.caseSensitiveAliases[entry.code] ?? []) {
      addPhrase(alias, { kind: 'country', entry }, true);
    }
  }
  for (const entry of countries) {
    for (const demonym of entry.demonyms) {
      if (/^[A-Z.]+$/.test(demonym)) continue; // "US", "UK" are country aliases already
      addPhrase(demonym, { kind: 'demonym', entry });
    }
  }
  for (const raw of [...orgData.organisations, ...companyData.companies]) {
    if (!ACTOR_TYPES.has(raw.type)) continue;
    const entry: OrganisationEntry = {
      name: raw.name,
      type: raw.type as ActorType,
      aliases: raw.aliases,
      caseSensitive: ('caseSensitive' in raw ? raw.caseSensitive : undefined) ?? [],
      ...('country' in raw && typeof raw.country === 'string' ? { country: raw.country } : {}),
    };
    const isAcronym = /^[A-Z]{2,}$/.test(entry.name);
    addPhrase(entry.name, { kind: 'organisation', entry }, isAcronym);
    for (const alias of entry.aliases)
      addPhrase(alias, { kind: 'organisation', entry }, /^[A-Z]{2,}$/.test(alias));
    for (const alias of entry.caseSensitive) addPhrase(alias, { kind: 'organisation', entry }, true);
  }
  for (const raw of regionData.regions) {
    const entry: RegionEntry = raw;
    addPhrase(entry.name, { kind: 'region', entry });
    for (const alias of entry.aliases) addPhrase(alias, { kind: 'region', entry });
  }
  for (const entry of dependentTerritories()) {
    addPhrase(entry.name, { kind: 'region', entry });
    for (const alias of entry.aliases) addPhrase(alias, { kind: 'region', entry });
  }

  const actorHeads = new Map<string, ActorType>();
  for (const [type, words] of Object.entries(headData.actors)) {
    for (const word of words) if (!actorHeads.has(word)) actorHeads.set(word, type as ActorType);
  }
  const placeHeads = new Map<string, PlaceType>();
  for (const [type, words] of Object.entries(headData.places)) {
    for (const word of words) if (!placeHeads.has(word)) placeHeads.set(word, type as PlaceType);
  }
  const descriptors = new Map<string, ActorType>();
  for (const [type, words] of Object.entries(headData.descriptors)) {
    for (const word of words) if (!descriptors.has(word)) descriptors.set(word, type as ActorType);
  }
  cached = {
    countries,
    countryByCode,
    phrases,
    exactPhrases,
    maxPhraseTokens,
    titles: new Set(titleData.titles),
    titleAbbreviations: new Set(titleData.abbreviations),
    nameParticles: new Set(titleData.nameParticles),
    nameSuffixes: new Set(titleData.nameSuffixes),
    actorHeads,
    bodiesNamedAlone: new Set(headData.bodiesNamedAlone),
    placeHeads,
    mediaHeads: new Set(mediaData.headWords),
    mediaFollowing: new Set(mediaData.followingPhrases),
    mediaPhrases: new Set(mediaData.agencyPhrases),
    placeCueWords: new Set(headData.placeCueWords),
    siteFollowers: new Set(headData.siteFollowers),
    locativePrepositions: new Set(cueData.locativePrepositions),
    speechVerbs: speakerVerbs(),
    stateNouns: new Set(cueData.demonymStateNouns),
    bodyNouns: new Map(Object.entries(cueData.demonymBodyNouns)),
    capitalisedOnlyBodyNouns: new Set(cueData.capitalisedOnlyBodyNouns),
    placePossessiveNouns: new Set(cueData.placePossessiveNouns),
    sourceNouns: new Set(cueData.sourceNouns),
    actorVerbs: new Set(cueData.actorVerbs),
    nonEntities: new Set(nonEntityData.words),
    lawHeads: new Set(headData.lawHeads),
    connectorOnHeads: new Set(headData.connectorOnHeads),
    possessiveNameWords: new Set(headData.possessiveNameWords),
    descriptors,
    spanCues: buildSpanCues(),
  };
  return cached;
}

/** Looks a phrase up: exact-case table first ("US", "IS"), then the case-insensitive one. */
export function lookupPhrase(knowledge: Knowledge, phrase: string): LexiconHit | undefined {
  return knowledge.exactPhrases.get(phrase) ?? knowledge.phrases.get(phraseKey(phrase));
}
