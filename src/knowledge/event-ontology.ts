/**
 * The event ontology (`data/event-ontology.json`): each event kind's category (a CAMEO root or a news
 * extension), CAMEO code, label and gloss. Checked against `EVENT_TYPES` and `EVENT_CATEGORIES` when read.
 */
import { EVENT_CATEGORIES, EVENT_TYPES, type EventCategory, type EventType } from '../domain.js';
import ontology from './data/event-ontology.json' with { type: 'json' };

/** One event kind as the ontology describes it. */
export interface EventKindInfo {
  id: EventType;
  category: EventCategory;
  /** CAMEO code, or null for the news extensions. */
  cameo: string | null;
  label: string;
  gloss: string;
}

function read(): Map<EventType, EventKindInfo> {
  const types = new Set<string>(EVENT_TYPES);
  const categories = new Set<string>(EVENT_CATEGORIES);
  const out = new Map<EventType, EventKindInfo>();
  for (const kind of ontology.kinds) {
    if (!types.has(kind.id) || !categories.has(kind.category))
      throw new Error(`event-ontology.json: ${kind.id} (${kind.category}) is not in domain.ts`);
    out.set(kind.id as EventType, {
      ...kind,
      id: kind.id as EventType,
      category: kind.category as EventCategory,
    });
  }
  for (const type of EVENT_TYPES)
    if (!out.has(type)) throw new Error(`event-ontology.json: no entry for event kind ${type}`);
  return out;
}

/** Every event kind, keyed by its id. */
export const EVENT_KINDS: ReadonlyMap<EventType, EventKindInfo> = read();

/** The category an event kind belongs to. */
export function categoryOf(type: EventType): EventCategory {
  return EVENT_KINDS.get(type)?.category ?? 'OTHER';
}
