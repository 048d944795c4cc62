import type {
  Actor,
  ActorType,
  ArticleDoc,
  Mention,
  MentionLink,
  Place,
  PlaceType,
  ResolvedMention,
} from '../../domain.js';
import { loadGazetteer } from '../../knowledge/index.js';
import type { Gazetteer } from '../../knowledge/index.js';
import { loadKnowledge, loadWordLists, lookupPhrase } from '../../knowledge/index.js';
import type { CountryEntry, Knowledge } from '../../knowledge/index.js';
import { actorId, placeId } from './ids.js';
import { createResolveState, remember, uniqueId } from './resolve-state.js';
import type { ResolveState } from './resolve-state.js';

export interface ResolveOptions {
  /** Memory of earlier articles in the same run; a fresh state when omitted. */
  state?: ResolveState;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
  extractorVersion: string;
  /** `extractor` label for entities created by resolution itself (a ministry's state). */
  extractor: string;
}

/** Everything resolution found in one article. */
export interface ResolvedArticle {
  actors: Actor[];
  places: Place[];
  /** One link per mention: which entity it stands for and by which rule. */
  mentions: MentionLink[];
  /** The mentions again, each with its entity id and rule (for event and claim extraction). */
  resolved: ResolvedMention[];
}

/** How one mention resolved, before entities are merged. */
interface Decision {
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

const ACRONYM = /^[A-Z]{2,6}$/;
/** Words an acronym leaves out (`src/knowledge/data/name-words.json`). */
const INITIAL_SKIP = loadWordLists().name.initialsSkipWords;
/** "al-" of "al-Assad" (`src/knowledge/data/name-words.json`). */
const SURNAME_PREFIX = loadWordLists().name.surnamePrefix;

/** Initials of the significant words of a name ("Syrian Observatory for Human Rights" → "SOHR"). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !INITIAL_SKIP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function stripArticle(name: string): string {
  return name.replace(/^(?:the|The|THE)\s+/, '');
}

/** Surname keys of a full personal name: last word, and without an "al-" prefix. */
export function surnameKeys(name: string): string[] {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1]!;
  const bare = last.replace(SURNAME_PREFIX, '');
  return bare === last ? [last] : [last, bare];
}

/** "Syrian Armed Forces" → Syria; "Russian Defense Ministry" → Russia; "United States forces" → US. */
function nationalityOf(knowledge: Knowledge, name: string): CountryEntry | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n -= 1) {
    const hit = lookupPhrase(knowledge, words.slice(0, n).join(' '));
    if (hit && (hit.kind === 'country' || hit.kind === 'demonym')) return hit.entry;
  }
  return undefined;
}

function countryActorName(entry: CountryEntry): string {
  return entry.name;
}

/**
 * Resolves one article's mentions to actors and places with stable ids.
 *
 * Rules, in order: demonym ("Russian airstrikes" → Russia); alias table ("Daesh", "ISIL" → Islamic
 * State; "U.S." → United States); bracketed or known acronym ("SOHR" → the organisation whose
 * initials it is); surname ("Assad" → "Bashar al-Assad" named in full in the article, or in an
 * earlier one when that is unambiguous); gazetteer (places: coordinates, country, alternate names);
 * otherwise exact name. A government body or military named after a nationality is PART_OF that
 * state; a town is LOCATED_IN its country. `options.state` is updated for later articles.
 */
export function resolveArticle(
  article: ArticleDoc,
  mentions: Mention[],
  options: ResolveOptions,
): ResolvedArticle {
  const knowledge = options.knowledge ?? loadKnowledge();
  const state = options.state ?? createResolveState();
  let gazetteer = options.gazetteer;
  const gaz = (): Gazetteer => (gazetteer ??= loadGazetteer());

  const articleCountries = new Set<string>();
  for (const m of mentions) {
    const hit = m.viaDemonym ? lookupPhrase(knowledge, m.viaDemonym) : lookupPhrase(knowledge, m.name);
    if (hit && (hit.kind === 'country' || hit.kind === 'demonym'))
      articleCountries.add(hit.entry.countryCode);
  }

  // Full names and acronyms in this article, for the surname and acronym rules.
  const fullNames = new Map<string, Set<string>>();
  const initials = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'ACTOR') continue;
    if (m.type === 'PERSON') for (const key of surnameKeys(m.name)) remember(fullNames, key, m.name);
    else if (m.name.split(/\s+/).length >= 2) remember(initials, initialsOf(stripArticle(m.name)), m.name);
  }

  /**
   * A short form (a surname, an acronym) as the one full name it stands for: the full name written in this
   * article (rule `surname` / `acronym`), else the one entity an earlier article gave that short form
   * (`…-earlier-article`), but only when this article names no other candidate.
   */
  const viaShortForm = (
    name: string,
    type: ActorType,
    local: Set<string> | undefined,
    earlierIds: Set<string> | undefined,
    rule: 'surname' | 'acronym',
  ): Decision | undefined => {
    const full = local && local.size === 1 ? [...local][0] : undefined;
    if (full !== undefined) {
      const canonical = stripArticle(full);
      return { id: actorId(canonical), rule, canonical, kind: 'ACTOR', type, aliases: [name] };
    }
    const earlier = uniqueId(earlierIds);
    if (earlier === undefined || local !== undefined) return undefined;
    const canonical = state.actorNames.get(earlier) ?? name;
    return { id: earlier, rule: `${rule}-earlier-article`, canonical, kind: 'ACTOR', type, aliases: [name] };
  };

  const decideActor = (m: Mention): Decision => {
    const name = stripArticle(m.name.trim());
    if (m.viaDemonym) {
      const hit = lookupPhrase(knowledge, m.viaDemonym);
      if (hit && (hit.kind === 'demonym' || hit.kind === 'country')) {
        const canonical = countryActorName(hit.entry);
        return {
          id: actorId(canonical),
          rule: 'demonym',
          canonical,
          kind: 'ACTOR',
          type: 'STATE',
          // the demonym as written, so a search for "Syrian" finds Syria
          aliases: [m.viaDemonym],
        };
      }
    }
    const hit = lookupPhrase(knowledge, m.name) ?? lookupPhrase(knowledge, name);
    if (hit?.kind === 'organisation') {
      const entry = hit.entry;
      const country = entry.country ? knowledge.countryByCode.get(entry.country) : undefined;
      return {
        id: actorId(entry.name),
        rule: name === entry.name ? 'exact' : 'alias-table',
        canonical: entry.name,
        kind: 'ACTOR',
        type: entry.type,
        aliases: [name, ...entry.aliases.filter((a) => !/^the /i.test(a)), ...entry.caseSensitive],
        ...(country ? { partOf: country } : {}),
      };
    }
    if (hit && (hit.kind === 'country' || hit.kind === 'demonym')) {
      const canonical = countryActorName(hit.entry);
      return {
        id: actorId(canonical),
        rule: hit.kind === 'demonym' ? 'demonym' : name === canonical ? 'exact' : 'alias-table',
        canonical,
        kind: 'ACTOR',
        type: 'STATE',
        aliases: hit.kind === 'country' ? [name] : [],
      };
    }
    if (m.type === 'PERSON' && !name.includes(' ')) {
      const decision = viaShortForm(
        name,
        'PERSON',
        fullNames.get(name),
        state.personsBySurname.get(name),
        'surname',
      );
      if (decision) return decision;
    }
    if (ACRONYM.test(name)) {
      const decision = viaShortForm(
        name,
        m.type as ActorType,
        initials.get(name),
        state.actorsByAcronym.get(name),
        'acronym',
      );
      if (decision) return decision;
    }
    const type = m.type as ActorType;
    const nationality =
      type === 'GOVERNMENT_BODY' || type === 'MILITARY' ? nationalityOf(knowledge, name) : undefined;
    return {
      id: actorId(name),
      rule: 'exact',
      canonical: name,
      kind: 'ACTOR',
      type,
      aliases: [name],
      ...(nationality ? { partOf: nationality, partOfImplied: true } : {}),
    };
  };

  const decidePlace = (m: Mention): Decision => {
    const name = stripArticle(m.name.trim());
    const hit = lookupPhrase(knowledge, m.name) ?? lookupPhrase(knowledge, name);
    if (hit && (hit.kind === 'country' || hit.kind === 'demonym')) {
      const entry = hit.entry;
      const parent =
        entry.countryCode !== entry.code ? knowledge.countryByCode.get(entry.countryCode) : undefined;
      return {
        id: placeId(entry.name),
        rule: name === entry.name ? 'exact' : 'alias-table',
        canonical: entry.name,
        kind: 'PLACE',
        type: 'COUNTRY',
        aliases: [name],
        place: {
          latitude: entry.latitude,
          longitude: entry.longitude,
          countryCode: entry.countryCode,
          ...(parent ? { locatedIn: parent } : {}),
        },
      };
    }
    if (hit?.kind === 'region') {
      const entry = hit.entry;
      const country = entry.countryCode ? knowledge.countryByCode.get(entry.countryCode) : undefined;
      return {
        id: placeId(entry.name),
        rule: name === entry.name ? 'exact' : 'alias-table',
        canonical: entry.name,
        kind: 'PLACE',
        type: 'REGION',
        aliases: [name, ...entry.aliases.filter((a) => !/^the /i.test(a))],
        place: {
          latitude: entry.latitude,
          longitude: entry.longitude,
          ...(entry.countryCode ? { countryCode: entry.countryCode } : {}),
          ...(country ? { locatedIn: country } : {}),
        },
      };
    }
    if (m.type === 'CITY' || m.type === 'OTHER' || m.type === 'REGION') {
      const found = gaz().lookup(name, articleCountries);
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
    return {
      id: placeId(name),
      rule: 'exact',
      canonical: name,
      kind: 'PLACE',
      type: m.type,
      aliases: [name],
    };
  };

  const decisions = mentions.map((m) => (m.kind === 'ACTOR' ? decideActor(m) : decidePlace(m)));
  void article; // the article is part of the stage signature; ids do not depend on it
  return assemble(mentions, decisions, options, state);
}

/**
 * The town each site lies in, as far as the article shows it: a town named in the same sentence
 * as the site ("the Temple of Bel in Palmyra"), else the article's main town when one town has at
 * least half of all town mentions (an article about Palmyra's monuments).
 */
function townsOfSites(mentions: Mention[], decisions: Decision[]): Map<string, string> {
  const townsBySentence = new Map<number, string>();
  const townCounts = new Map<string, number>();
  let townMentions = 0;
  decisions.forEach((d, i) => {
    if (d.kind !== 'PLACE' || d.type !== 'CITY') return;
    const sentence = mentions[i]!.evidence.sentenceIndex;
    if (!townsBySentence.has(sentence)) townsBySentence.set(sentence, d.id);
    townCounts.set(d.id, (townCounts.get(d.id) ?? 0) + 1);
    townMentions += 1;
  });
  let mainTown: string | undefined;
  for (const [id, count] of townCounts) {
    if (
      count >= 2 &&
      count * 2 >= townMentions &&
      (mainTown === undefined || count > townCounts.get(mainTown)!)
    ) {
      mainTown = id;
    }
  }
  const result = new Map<string, string>();
  decisions.forEach((d, i) => {
    if (d.kind !== 'PLACE' || d.type !== 'SITE' || result.has(d.id)) return;
    const town = townsBySentence.get(mentions[i]!.evidence.sentenceIndex) ?? mainTown;
    if (town !== undefined && town !== d.id) result.set(d.id, town);
  });
  return result;
}

interface Accumulator {
  decision: Decision;
  typeWeights: Map<string, number>;
  aliases: string[];
  titles: string[];
  confidence: number;
  extractor: string;
}

function addUnique(list: string[], values: string[]): void {
  for (const v of values) if (v !== '' && !list.includes(v)) list.push(v);
}

/** Merges decisions into entities, adds the states and countries they belong to, and updates the state. */
function assemble(
  mentions: Mention[],
  decisions: Decision[],
  options: ResolveOptions,
  state: ResolveState,
): ResolvedArticle {
  const entities = new Map<string, Accumulator>();
  const links: MentionLink[] = [];
  const resolved: ResolvedMention[] = [];
  mentions.forEach((m, i) => {
    const d = decisions[i]!;
    let acc = entities.get(d.id);
    if (!acc) {
      acc = {
        decision: d,
        typeWeights: new Map(),
        aliases: [],
        titles: [],
        confidence: 0,
        extractor: m.evidence.extractor,
      };
      entities.set(d.id, acc);
    }
    acc.typeWeights.set(d.type, (acc.typeWeights.get(d.type) ?? 0) + m.evidence.confidence);
    addUnique(
      acc.aliases,
      d.aliases.filter((a) => a !== d.canonical),
    );
    addUnique(acc.titles, m.titles);
    acc.confidence = Math.max(acc.confidence, m.evidence.confidence);
    if (!acc.decision.partOf && d.partOf) {
      acc.decision = {
        ...acc.decision,
        partOf: d.partOf,
        ...(d.partOfImplied ? { partOfImplied: true } : {}),
      };
    }
    links.push({
      entityId: d.id,
      entityKind: d.kind,
      surface: m.surface,
      rule: d.rule,
      evidence: m.evidence,
    });
    resolved.push({ ...m, entityId: d.id, rule: d.rule });
  });

  const bestType = (acc: Accumulator): string => {
    let best = acc.decision.type as string;
    let weight = -1;
    for (const [type, w] of acc.typeWeights) {
      if (w > weight) {
        best = type;
        weight = w;
      }
    }
    return best;
  };

  const actors = new Map<string, Actor>();
  const places = new Map<string, Place>();
  const base = { extractorVersion: options.extractorVersion };
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
        extractor: options.extractor,
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

  // Remember full names, acronyms and place names for later articles.
  for (const actor of actors.values()) {
    state.actorNames.set(actor.id, actor.name);
    if (actor.type === 'PERSON')
      for (const key of surnameKeys(actor.name)) remember(state.personsBySurname, key, actor.id);
    else if (actor.name.split(/\s+/).length >= 2)
      remember(state.actorsByAcronym, initialsOf(actor.name), actor.id);
    for (const alias of actor.aliases)
      if (ACRONYM.test(alias) && actor.type !== 'PERSON') remember(state.actorsByAcronym, alias, actor.id);
  }
  for (const acc of entities.values()) {
    const d = acc.decision;
    if (d.geonameId !== undefined && !state.placeNameByGeonameId.has(d.geonameId)) {
      state.placeNameByGeonameId.set(d.geonameId, d.canonical);
    }
  }

  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    actors: [...actors.values()].sort(byId),
    places: [...places.values()].sort(byId),
    mentions: links,
    resolved,
  };
}
