import {
  ACTOR_TYPES,
  CLAIM_KINDS,
  DATE_PRECISIONS,
  EVENT_TYPES,
  PLACE_TYPES,
  type ActorType,
  type ClaimKind,
  type DatePrecision,
  type EventType,
  type PlaceType,
} from '../domain.js';
import { AppError } from '../errors.js';

/**
 * Hand-written gold annotations of one article (see `tests/gold/README.md` for the guidelines).
 * Names in events and claims refer to the `name` of an entry in `actors` (or `places`).
 */
export interface GoldArticle {
  /** The seed file the annotations are for, e.g. `001_f40a68550291adab.txt`. */
  article: string;
  title?: string;
  annotator?: string;
  notes?: string[];
  actors: GoldActor[];
  places: GoldPlace[];
  events: GoldEvent[];
  claims: GoldClaim[];
}

/** Fields every gold item may carry. */
export interface GoldItem {
  /** An item a careful analyst may or may not mark: finding it earns nothing, missing it costs nothing. */
  optional?: boolean;
  note?: string;
}

export interface GoldActor extends GoldItem {
  name: string;
  type: ActorType;
  /** Other types an analyst would also accept (an ambiguous case). */
  typeAlso?: (ActorType | PlaceType)[];
  /** Every form the article uses for the actor, as written. */
  surfaces: string[];
  /** Name of the gold actor this one belongs to (Syrian Army → Syria). */
  partOf?: string;
}

export interface GoldPlace extends GoldItem {
  name: string;
  type: PlaceType;
  typeAlso?: (ActorType | PlaceType)[];
  surfaces: string[];
  locatedIn?: string;
}

export interface GoldEvent extends GoldItem {
  type: EventType;
  typeAlso?: EventType[];
  /** Actors that carried the event out; empty when the article does not say (then any agent is accepted). */
  agents: string[];
  supporters?: string[];
  /** Actors or places acted upon (not scored; for readers and future rows). */
  targets: string[];
  /** Where it happened, most specific named place; null when the article names none. */
  place: string | null;
  /** Coarser places an analyst would also accept (the city a site lies in). */
  placeAlso?: string[];
  dateText?: string;
  /** Normalised event date, an ISO prefix matching `datePrecision`. */
  date?: string;
  datePrecision?: DatePrecision;
  /** A distinctive substring of the sentence that reports the event. */
  sentence: string;
}

export interface GoldClaim extends GoldItem {
  claimant: string;
  /** Claimants also accepted (the speaker who relays another actor's position). */
  claimantAlso?: string[];
  kind: ClaimKind;
  direct: boolean;
  /** For CREDIT claims: the actors given credit. */
  credited: string[];
  relayedBy: string[];
  about?: string[];
  /** A distinctive substring of the quote or paraphrase. */
  text: string;
  /** The article that reports the claim: the annotated file itself. */
  reportedBy: string;
}

const DATE_PATTERN: Record<string, RegExp> = {
  DAY: /^\d{4}-\d{2}-\d{2}$/,
  MONTH: /^\d{4}-\d{2}$/,
  YEAR: /^\d{4}$/,
};

type Json = Record<string, unknown>;

/** Collects every problem in a gold file, so one run reports them all. */
class Problems {
  readonly list: string[] = [];
  add(where: string, message: string): void {
    this.list.push(`${where}: ${message}`);
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(obj: Json, key: string, where: string, problems: Problems): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(where, `"${key}" must be a non-empty string`);
    return '';
  }
  return value;
}

function optStr(obj: Json, key: string, where: string, problems: Problems): string | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    problems.add(where, `"${key}" must be a string when present`);
    return undefined;
  }
  return value;
}

function strList(obj: Json, key: string, where: string, problems: Problems, required: boolean): string[] {
  const value = obj[key];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    problems.add(where, `"${key}" must be an array of non-empty strings`);
    return [];
  }
  return value as string[];
}

function optBool(obj: Json, key: string, where: string, problems: Problems): boolean | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    problems.add(where, `"${key}" must be true or false`);
    return undefined;
  }
  return value;
}

function oneOf<T extends string>(
  value: string,
  allowed: readonly string[],
  key: string,
  where: string,
  problems: Problems,
): T {
  if (!allowed.includes(value))
    problems.add(where, `"${key}" is "${value}", expected one of ${allowed.join(', ')}`);
  return value as T;
}

function items(obj: Json, key: string, problems: Problems): Json[] {
  const value = obj[key];
  if (!Array.isArray(value)) {
    problems.add('(top level)', `"${key}" must be an array`);
    return [];
  }
  return value.map((item, index) => {
    if (!isObject(item)) problems.add(`${key}[${index}]`, 'must be an object');
    return isObject(item) ? item : {};
  });
}

function label(kind: string, index: number, name: string): string {
  return name === '' ? `${kind}[${index}]` : `${kind}[${index}] "${name}"`;
}

function withExtras<T extends object>(base: T, obj: Json, where: string, problems: Problems): T & GoldItem {
  const optional = optBool(obj, 'optional', where, problems);
  const note = optStr(obj, 'note', where, problems);
  return {
    ...base,
    ...(optional === undefined ? {} : { optional }),
    ...(note === undefined ? {} : { note }),
  };
}

function parseActor(obj: Json, index: number, problems: Problems): GoldActor {
  const name = str(obj, 'name', `actors[${index}]`, problems);
  const where = label('actors', index, name);
  const type = oneOf<ActorType>(str(obj, 'type', where, problems), ACTOR_TYPES, 'type', where, problems);
  const typeAlso = strList(obj, 'typeAlso', where, problems, false);
  for (const t of typeAlso) oneOf(t, [...ACTOR_TYPES, ...PLACE_TYPES], 'typeAlso', where, problems);
  const surfaces = strList(obj, 'surfaces', where, problems, true);
  const partOf = optStr(obj, 'partOf', where, problems);
  return withExtras(
    {
      name,
      type,
      surfaces,
      ...(typeAlso.length > 0 ? { typeAlso: typeAlso as (ActorType | PlaceType)[] } : {}),
      ...(partOf === undefined ? {} : { partOf }),
    },
    obj,
    where,
    problems,
  );
}

function parsePlace(obj: Json, index: number, problems: Problems): GoldPlace {
  const name = str(obj, 'name', `places[${index}]`, problems);
  const where = label('places', index, name);
  const type = oneOf<PlaceType>(str(obj, 'type', where, problems), PLACE_TYPES, 'type', where, problems);
  const typeAlso = strList(obj, 'typeAlso', where, problems, false);
  for (const t of typeAlso) oneOf(t, [...ACTOR_TYPES, ...PLACE_TYPES], 'typeAlso', where, problems);
  const surfaces = strList(obj, 'surfaces', where, problems, true);
  const locatedIn = optStr(obj, 'locatedIn', where, problems);
  return withExtras(
    {
      name,
      type,
      surfaces,
      ...(typeAlso.length > 0 ? { typeAlso: typeAlso as (ActorType | PlaceType)[] } : {}),
      ...(locatedIn === undefined ? {} : { locatedIn }),
    },
    obj,
    where,
    problems,
  );
}

function parseEvent(obj: Json, index: number, problems: Problems): GoldEvent {
  const where = `events[${index}]`;
  const type = oneOf<EventType>(str(obj, 'type', where, problems), EVENT_TYPES, 'type', where, problems);
  const typeAlso = strList(obj, 'typeAlso', where, problems, false);
  for (const t of typeAlso) oneOf(t, EVENT_TYPES, 'typeAlso', where, problems);
  const place = obj.place;
  if (place !== null && (typeof place !== 'string' || place.trim() === '')) {
    problems.add(where, '"place" must be a place name or null');
  }
  const date = optStr(obj, 'date', where, problems);
  const precision = optStr(obj, 'datePrecision', where, problems);
  if ((date === undefined) !== (precision === undefined)) {
    problems.add(where, '"date" and "datePrecision" go together');
  }
  if (date !== undefined && precision !== undefined) {
    oneOf(precision, DATE_PRECISIONS, 'datePrecision', where, problems);
    const pattern = DATE_PATTERN[precision];
    if (pattern !== undefined && !pattern.test(date)) {
      problems.add(where, `"date" ${date} does not have ${precision} precision`);
    }
  }
  const dateText = optStr(obj, 'dateText', where, problems);
  const supporters = strList(obj, 'supporters', where, problems, false);
  const placeAlso = strList(obj, 'placeAlso', where, problems, false);
  return withExtras(
    {
      type,
      ...(typeAlso.length > 0 ? { typeAlso: typeAlso as EventType[] } : {}),
      agents: strList(obj, 'agents', where, problems, true),
      ...(supporters.length > 0 ? { supporters } : {}),
      targets: strList(obj, 'targets', where, problems, true),
      place: typeof place === 'string' ? place : null,
      ...(placeAlso.length > 0 ? { placeAlso } : {}),
      ...(dateText === undefined ? {} : { dateText }),
      ...(date === undefined ? {} : { date }),
      ...(precision === undefined ? {} : { datePrecision: precision as DatePrecision }),
      sentence: str(obj, 'sentence', where, problems),
    },
    obj,
    where,
    problems,
  );
}

function parseClaim(obj: Json, index: number, problems: Problems): GoldClaim {
  const where = `claims[${index}]`;
  const direct = optBool(obj, 'direct', where, problems);
  if (direct === undefined) problems.add(where, '"direct" must be true or false');
  const claimantAlso = strList(obj, 'claimantAlso', where, problems, false);
  const about = strList(obj, 'about', where, problems, false);
  const kind = oneOf<ClaimKind>(str(obj, 'kind', where, problems), CLAIM_KINDS, 'kind', where, problems);
  const credited = strList(obj, 'credited', where, problems, true);
  if (kind === 'CREDIT' && credited.length === 0)
    problems.add(where, 'a CREDIT claim must name the credited actors');
  if (kind !== 'CREDIT' && credited.length > 0)
    problems.add(where, 'only CREDIT claims have credited actors');
  return withExtras(
    {
      claimant: str(obj, 'claimant', where, problems),
      ...(claimantAlso.length > 0 ? { claimantAlso } : {}),
      kind,
      direct: direct ?? false,
      credited,
      relayedBy: strList(obj, 'relayedBy', where, problems, true),
      ...(about.length > 0 ? { about } : {}),
      text: str(obj, 'text', where, problems),
      reportedBy: str(obj, 'reportedBy', where, problems),
    },
    obj,
    where,
    problems,
  );
}

function checkReferences(gold: GoldArticle, problems: Problems): void {
  const actors = new Set(gold.actors.map((a) => a.name));
  const places = new Set(gold.places.map((p) => p.name));
  const needActor = (name: string, where: string, role: string): void => {
    if (!actors.has(name)) problems.add(where, `${role} "${name}" is not the name of an entry in "actors"`);
  };
  const needPlace = (name: string, where: string, role: string): void => {
    if (!places.has(name)) problems.add(where, `${role} "${name}" is not the name of an entry in "places"`);
  };
  const seen = new Set<string>();
  for (const [i, entity] of [
    ...gold.actors.map((a) => ['ACTOR', a] as const),
    ...gold.places.map((p) => ['PLACE', p] as const),
  ].entries()) {
    const key = `${entity[0]}:${entity[1].name}`;
    if (seen.has(key))
      problems.add(`entity ${i}`, `${entity[0].toLowerCase()} "${entity[1].name}" is listed twice`);
    seen.add(key);
  }
  gold.actors.forEach((actor, i) => {
    if (actor.partOf !== undefined) needActor(actor.partOf, label('actors', i, actor.name), 'partOf');
  });
  gold.places.forEach((place, i) => {
    if (place.locatedIn !== undefined)
      needPlace(place.locatedIn, label('places', i, place.name), 'locatedIn');
  });
  gold.events.forEach((event, i) => {
    const where = `events[${i}]`;
    for (const name of event.agents) needActor(name, where, 'agent');
    for (const name of event.supporters ?? []) needActor(name, where, 'supporter');
    for (const name of event.targets) {
      if (!actors.has(name) && !places.has(name))
        problems.add(where, `target "${name}" is neither an actor nor a place`);
    }
    if (event.place !== null) needPlace(event.place, where, 'place');
    for (const name of event.placeAlso ?? []) needPlace(name, where, 'placeAlso');
  });
  gold.claims.forEach((claim, i) => {
    const where = `claims[${i}]`;
    needActor(claim.claimant, where, 'claimant');
    for (const name of claim.claimantAlso ?? []) needActor(name, where, 'claimantAlso');
    for (const name of claim.credited) needActor(name, where, 'credited');
    for (const name of claim.relayedBy) needActor(name, where, 'relayedBy');
    for (const name of claim.about ?? []) {
      if (!actors.has(name) && !places.has(name))
        problems.add(where, `about "${name}" is neither an actor nor a place`);
    }
    if (claim.reportedBy !== gold.article) {
      problems.add(where, `reportedBy "${claim.reportedBy}" is not the annotated article "${gold.article}"`);
    }
  });
}

/**
 * Checks and types a parsed gold file. Every problem is collected and reported at once.
 *
 * @param json the parsed JSON
 * @param file where it came from, for the error message
 * @throws AppError `SOURCE_REJECTED` listing each problem
 */
export function parseGold(json: unknown, file: string): GoldArticle {
  const problems = new Problems();
  if (!isObject(json)) {
    throw new AppError(
      'SOURCE_REJECTED',
      `Gold file ${file} must hold a JSON object; see tests/gold/README.md.`,
    );
  }
  const article = str(json, 'article', '(top level)', problems);
  const title = optStr(json, 'title', '(top level)', problems);
  const annotator = optStr(json, 'annotator', '(top level)', problems);
  const notes = strList(json, 'notes', '(top level)', problems, false);
  const gold: GoldArticle = {
    article,
    ...(title === undefined ? {} : { title }),
    ...(annotator === undefined ? {} : { annotator }),
    ...(notes.length > 0 ? { notes } : {}),
    actors: items(json, 'actors', problems).map((obj, i) => parseActor(obj, i, problems)),
    places: items(json, 'places', problems).map((obj, i) => parsePlace(obj, i, problems)),
    events: items(json, 'events', problems).map((obj, i) => parseEvent(obj, i, problems)),
    claims: items(json, 'claims', problems).map((obj, i) => parseClaim(obj, i, problems)),
  };
  checkReferences(gold, problems);
  if (problems.list.length > 0) {
    throw new AppError(
      'SOURCE_REJECTED',
      `Gold file ${file} has ${problems.list.length} problem(s); fix them (see tests/gold/README.md):\n  ` +
        problems.list.join('\n  '),
      { details: { file, problems: problems.list } },
    );
  }
  return gold;
}

/**
 * Gold strings that do not occur in the article text: surfaces, event sentences and claim texts must be
 * copied verbatim. Returns one message per missing string (empty when all are found). With
 * `skipOptional`, optional items are not checked (the source stage may cut the byline they sit in).
 */
export function findUnanchoredStrings(gold: GoldArticle, text: string, skipOptional = false): string[] {
  const missing: string[] = [];
  const check = (item: GoldItem, value: string, where: string): void => {
    if (skipOptional && item.optional === true) return;
    if (!text.includes(value)) missing.push(`${where}: "${value}" does not occur in the article text`);
  };
  for (const actor of gold.actors)
    for (const s of actor.surfaces) check(actor, s, `actor "${actor.name}" surface`);
  for (const place of gold.places)
    for (const s of place.surfaces) check(place, s, `place "${place.name}" surface`);
  gold.events.forEach((event, i) => check(event, event.sentence, `events[${i}] sentence`));
  gold.claims.forEach((claim, i) => check(claim, claim.text, `claims[${i}] text`));
  return missing;
}
