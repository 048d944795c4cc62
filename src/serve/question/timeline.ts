import { matchEntities } from './match.js';
import type { Page } from './page-limits.js';
import { cypherInt, type ReadRows, type Row } from './read-rows.js';
import { searchWords } from './search-words.js';

/** The most events a contradiction check looks at. */
export const MAX_SUBJECT_EVENTS = 200;

/** The ids of the events about the actor or place named by the input (cypher/query/subject-events.cypher). */
export async function subjectEventIds(read: ReadRows, subject: string): Promise<string[]> {
  const entities = await matchEntities(read, subject, ['Actor', 'Place']);
  if (entities.length === 0) return [];
  const rows = await read('query/subject-events', {
    subjectIds: entities.map((match) => match.id),
    limit: cypherInt(MAX_SUBJECT_EVENTS),
  });
  return rows.map((row) => String(row.id));
}

/** A page of a timeline, with what the subject was matched to. */
export interface TimelinePage extends Page {
  total: number;
  matchedActors: Row[];
  matchedPlaces: Row[];
  items: Row[];
}

/** Which lists each timeline item carries; one not asked for is empty and costs the database nothing. */
export interface TimelineLists {
  participants: boolean;
  sources: boolean;
  reportedDates: boolean;
  /**
   * The properties read of each item's event, `id` among them; without it, all of them. A field of the
   * event that is not a property (its relationships) is read by the event's id when asked for
   * (src/serve/question/node-fields.ts).
   */
  eventFields?: readonly string[];
  /** The same for the item's place and places. */
  placeFields?: readonly string[];
}

/** Every list: what a caller gets unless it says what it reads. */
export const ALL_TIMELINE_LISTS: TimelineLists = { participants: true, sources: true, reportedDates: true };

/**
 * One page of the events about an actor or place, in date order, in one query (cypher/query/timeline.cypher).
 * Each item's date and place are always there; its participants, sources and reported dates when `lists` asks.
 */
export async function timeline(
  read: ReadRows,
  subject: string,
  page: Page,
  lists: TimelineLists = ALL_TIMELINE_LISTS,
): Promise<TimelinePage> {
  const empty: TimelinePage = { ...page, total: 0, matchedActors: [], matchedPlaces: [], items: [] };
  const words = searchWords(subject);
  if (words === undefined) return empty;
  const [row] = await read('query/timeline', {
    // The words in one map, so that Neo4j plans the query once whatever their length (who-claimed.ts).
    asked: { query: words.query, name: words.name },
    offset: cypherInt(page.offset),
    limit: cypherInt(page.limit),
    withParticipants: lists.participants,
    withSources: lists.sources,
    withReportedDates: lists.reportedDates,
    // One map whether or not the fields are listed, so that Neo4j plans the query once (timeline.cypher).
    fields: { event: lists.eventFields ?? null, place: lists.placeFields ?? null },
  });
  if (row === undefined) return empty;
  const items = (row.items as Row[] | undefined) ?? [];
  return {
    ...page,
    total: Number(row.total ?? 0),
    matchedActors: (row.matchedActors as Row[] | undefined) ?? [],
    matchedPlaces: (row.matchedPlaces as Row[] | undefined) ?? [],
    items:
      lists.eventFields === undefined && lists.placeFields === undefined
        ? items
        : items.map((item) => ({
            ...item,
            event: propertyMap(lists.eventFields, item.event),
            place: propertyMap(lists.placeFields, item.place),
            places: ((item.places as unknown[] | undefined) ?? []).map((place) =>
              propertyMap(lists.placeFields, place),
            ),
          })),
  };
}

/**
 * A node read as the values of `fields` (in that order) as a map of those that are set; a node read whole
 * (no `fields`) as it is.
 */
export function propertyMap(fields: readonly string[] | undefined, node: unknown): unknown {
  if (fields === undefined || !Array.isArray(node)) return node;
  const map: Row = {};
  fields.forEach((field, index) => {
    const value: unknown = node[index];
    if (value !== null && value !== undefined) map[field] = value;
  });
  return map;
}
