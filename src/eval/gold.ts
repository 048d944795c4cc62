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
import {
  isObject,
  items,
  label,
  oneOf,
  optBool,
  optStr,
  Problems,
  str,
  strList,
  unknownKeys,
  type Json,
} from './gold-json.js';
import { checkReferences } from './gold-references.js';
import { parseGoldMeta, sourceKey, sourceNames } from './gold-source.js';
import type {
  GoldActor,
  GoldArticle,
  GoldClaim,
  GoldCount,
  GoldEvent,
  GoldItem,
  GoldPlace,
} from './gold-types.js';

export type {
  GoldActor,
  GoldArticle,
  GoldClaim,
  GoldCount,
  GoldEvent,
  GoldItem,
  GoldPlace,
} from './gold-types.js';
export { findUnanchoredStrings } from './find-unanchored-strings.js';

const DATE_PATTERN: Record<string, RegExp> = {
  DAY: /^\d{4}-\d{2}-\d{2}$/,
  MONTH: /^\d{4}-\d{2}$/,
  YEAR: /^\d{4}$/,
};

/** The fields each part of a gold file may have; anything else is reported as a likely typo. */
const KNOWN_FIELDS = {
  top: [
    'article',
    'source',
    'topic',
    'outlet',
    'publishedAt',
    'title',
    'annotator',
    'notes',
    'countsAnnotated',
    'actors',
    'places',
    'events',
    'claims',
  ],
  source: ['corpus', 'path', 'row'],
  actor: ['name', 'type', 'typeAlso', 'surfaces', 'partOf', 'optional', 'note'],
  place: ['name', 'type', 'typeAlso', 'surfaces', 'locatedIn', 'optional', 'note'],
  event: [
    'type',
    'typeAlso',
    'central',
    'agents',
    'supporters',
    'targets',
    'place',
    'placeAlso',
    'dateText',
    'date',
    'datePrecision',
    'counts',
    'sentence',
    'optional',
    'note',
  ],
  count: ['what', 'value', 'unit', 'text', 'optional', 'note'],
  claim: [
    'claimant',
    'claimantAlso',
    'kind',
    'direct',
    'credited',
    'relayedBy',
    'about',
    'text',
    'reportedBy',
    'optional',
    'note',
  ],
} as const;

function withExtras<T extends object>(base: T, obj: Json, where: string, problems: Problems): T & GoldItem {
  const optional = optBool(obj, 'optional', where, problems);
  const note = optStr(obj, 'note', where, problems);
  return {
    ...base,
    ...(optional === undefined ? {} : { optional }),
    ...(note === undefined ? {} : { note }),
  };
}

/** The fields actors and places share, checked against the kind's own `types`, and where to report problems. */
function parseEntity<T extends ActorType | PlaceType>(
  kind: 'actors' | 'places',
  types: readonly T[],
  obj: Json,
  index: number,
  problems: Problems,
): {
  fields: { name: string; type: T; surfaces: string[]; typeAlso?: (ActorType | PlaceType)[] };
  where: string;
} {
  const name = str(obj, 'name', `${kind}[${index}]`, problems);
  const where = label(kind, index, name);
  const type = oneOf<T>(str(obj, 'type', where, problems), types, 'type', where, problems);
  const typeAlso = strList(obj, 'typeAlso', where, problems, false);
  for (const t of typeAlso) oneOf(t, [...ACTOR_TYPES, ...PLACE_TYPES], 'typeAlso', where, problems);
  const surfaces = strList(obj, 'surfaces', where, problems, true);
  const fields = {
    name,
    type,
    surfaces,
    ...(typeAlso.length > 0 ? { typeAlso: typeAlso as (ActorType | PlaceType)[] } : {}),
  };
  return { fields, where };
}

function parseActor(obj: Json, index: number, problems: Problems): GoldActor {
  const { fields, where } = parseEntity('actors', ACTOR_TYPES, obj, index, problems);
  const partOf = optStr(obj, 'partOf', where, problems);
  return withExtras({ ...fields, ...(partOf === undefined ? {} : { partOf }) }, obj, where, problems);
}

function parsePlace(obj: Json, index: number, problems: Problems): GoldPlace {
  const { fields, where } = parseEntity('places', PLACE_TYPES, obj, index, problems);
  const locatedIn = optStr(obj, 'locatedIn', where, problems);
  return withExtras({ ...fields, ...(locatedIn === undefined ? {} : { locatedIn }) }, obj, where, problems);
}

function parseCount(obj: Json, where: string, problems: Problems): GoldCount {
  const value = obj.value;
  const isNumber = typeof value === 'number' && Number.isFinite(value);
  if (!isNumber && (typeof value !== 'string' || value.trim() === ''))
    problems.add(where, '"value" must be a number or a non-empty string (a score such as "2-1")');
  const unit = optStr(obj, 'unit', where, problems);
  return withExtras(
    {
      what: str(obj, 'what', where, problems),
      value: isNumber || typeof value === 'string' ? value : '',
      ...(unit === undefined ? {} : { unit }),
      text: str(obj, 'text', where, problems),
    },
    obj,
    where,
    problems,
  );
}

function parseCounts(obj: Json, where: string, problems: Problems): GoldCount[] {
  const value = obj.counts;
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(where, '"counts" must be an array of { what, value, text }');
    return [];
  }
  return value.map((item, j) => {
    const at = `${where}.counts[${j}]`;
    if (!isObject(item)) {
      problems.add(at, 'must be an object { what, value, text }');
      return { what: '', value: '', text: '' };
    }
    return parseCount(item, at, problems);
  });
}

function parseDate(obj: Json, where: string, problems: Problems): Pick<GoldEvent, 'date' | 'datePrecision'> {
  const date = optStr(obj, 'date', where, problems);
  const precision = optStr(obj, 'datePrecision', where, problems);
  if ((date === undefined) !== (precision === undefined)) {
    problems.add(where, '"date" and "datePrecision" go together');
  }
  if (date === undefined || precision === undefined) return {};
  oneOf(precision, DATE_PRECISIONS, 'datePrecision', where, problems);
  const pattern = DATE_PATTERN[precision];
  if (pattern !== undefined && !pattern.test(date)) {
    problems.add(where, `"date" ${date} does not have ${precision} precision`);
  }
  return { date, datePrecision: precision as DatePrecision };
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
  const central = optBool(obj, 'central', where, problems);
  const dateText = optStr(obj, 'dateText', where, problems);
  const supporters = strList(obj, 'supporters', where, problems, false);
  const placeAlso = strList(obj, 'placeAlso', where, problems, false);
  const counts = parseCounts(obj, where, problems);
  return withExtras(
    {
      type,
      ...(typeAlso.length > 0 ? { typeAlso: typeAlso as EventType[] } : {}),
      ...(central === undefined ? {} : { central }),
      agents: strList(obj, 'agents', where, problems, true),
      ...(supporters.length > 0 ? { supporters } : {}),
      targets: strList(obj, 'targets', where, problems, true),
      place: typeof place === 'string' ? place : null,
      ...(placeAlso.length > 0 ? { placeAlso } : {}),
      ...(dateText === undefined ? {} : { dateText }),
      ...parseDate(obj, where, problems),
      ...(counts.length > 0 ? { counts } : {}),
      sentence: str(obj, 'sentence', where, problems),
    },
    obj,
    where,
    problems,
  );
}

function parseClaim(obj: Json, index: number, article: string, problems: Problems): GoldClaim {
  const where = `claims[${index}]`;
  const direct = optBool(obj, 'direct', where, problems);
  if (direct === undefined) problems.add(where, '"direct" must be true or false');
  const claimantAlso = strList(obj, 'claimantAlso', where, problems, false);
  const about = strList(obj, 'about', where, problems, false);
  const kind = oneOf<ClaimKind>(str(obj, 'kind', where, problems), CLAIM_KINDS, 'kind', where, problems);
  const credited = strList(obj, 'credited', where, problems, true);
  if (kind === 'CREDIT' && credited.length === 0 && obj.note === undefined)
    problems.add(
      where,
      'a CREDIT claim must name the credited actors (or, when the credit goes to no named actor, say so in a "note")',
    );
  if (kind !== 'CREDIT' && credited.length > 0)
    problems.add(where, 'only CREDIT claims have credited actors');
  // A corpus article's claims may leave reportedBy out: it can only be the article itself.
  const reportedBy =
    obj.reportedBy === undefined && article !== '' ? article : str(obj, 'reportedBy', where, problems);
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
      reportedBy,
    },
    obj,
    where,
    problems,
  );
}

/**
 * Fields of a gold file that the format does not know (likely typos such as `"centrl"`), one message
 * each. They do not make the file invalid; `src/eval/gold-files.test.ts` reports them.
 */
export function findUnknownFields(json: unknown): string[] {
  if (!isObject(json)) return [];
  const out = unknownKeys(json, KNOWN_FIELDS.top, '(top level)');
  if (isObject(json.source)) out.push(...unknownKeys(json.source, KNOWN_FIELDS.source, 'source'));
  const each = (key: string, known: readonly string[]): Json[] => {
    const list = json[key];
    if (!Array.isArray(list)) return [];
    const objects = list.filter(isObject);
    objects.forEach((obj, i) => out.push(...unknownKeys(obj, known, `${key}[${i}]`)));
    return objects;
  };
  each('actors', KNOWN_FIELDS.actor);
  each('places', KNOWN_FIELDS.place);
  each('claims', KNOWN_FIELDS.claim);
  each('events', KNOWN_FIELDS.event).forEach((event, i) => {
    if (!Array.isArray(event.counts)) return;
    event.counts.filter(isObject).forEach((count, j) => {
      out.push(...unknownKeys(count, KNOWN_FIELDS.count, `events[${i}].counts[${j}]`));
    });
  });
  return out;
}

/**
 * Checks and types a parsed gold file. Every problem is collected and reported at once. A file names
 * its article either by `article` (a seed file) or by `source` (a corpus file or CSV row); with a
 * `source`, `article` is set to the source key (`bbc-news/tech/012.txt`, `ag-news/test.csv#row-17`).
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
  const top = '(top level)';
  const meta = parseGoldMeta(json, problems);
  let article = '';
  let reportedNames: string[] = [];
  if (json.source !== undefined && json.article !== undefined) {
    problems.add(top, 'give either "article" (a seed file) or "source" (a corpus article), not both');
  } else if (json.source !== undefined) {
    if (meta.source !== undefined) {
      article = sourceKey(meta.source);
      reportedNames = sourceNames(meta.source);
    }
  } else if (json.article === undefined) {
    problems.add(top, 'name the article: "source" ({ corpus, path, row? }) or, for a seed, "article"');
  } else {
    article = str(json, 'article', top, problems);
    reportedNames = [article];
  }
  const title = optStr(json, 'title', top, problems);
  const annotator = optStr(json, 'annotator', top, problems);
  const notes = strList(json, 'notes', top, problems, false);
  const countsAnnotated = optBool(json, 'countsAnnotated', top, problems);
  const gold: GoldArticle = {
    article,
    ...meta,
    ...(title === undefined ? {} : { title }),
    ...(annotator === undefined ? {} : { annotator }),
    ...(notes.length > 0 ? { notes } : {}),
    ...(countsAnnotated === undefined ? {} : { countsAnnotated }),
    actors: items(json, 'actors', problems).map((obj, i) => parseActor(obj, i, problems)),
    places: items(json, 'places', problems).map((obj, i) => parsePlace(obj, i, problems)),
    events: items(json, 'events', problems).map((obj, i) => parseEvent(obj, i, problems)),
    claims: items(json, 'claims', problems).map((obj, i) =>
      parseClaim(obj, i, meta.source === undefined ? '' : article, problems),
    ),
  };
  checkReferences(gold, reportedNames, problems);
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
