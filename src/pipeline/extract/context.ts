import type { Actor, ArticleDoc, Mention, Place, Sentence } from '../../domain.js';
import type { EventMemory } from '../resolve/event-memory.js';

/** A mention after resolution: the entity it stands for, and the rule that decided it. */
export interface ResolvedMention extends Mention {
  /** Id of the `Actor` or `Place` (see `ExtractContext.actors` / `places`). */
  entityId: string;
  /** How the surface form was resolved: `exact`, `alias-table`, `acronym`, `surname`, `demonym`, … */
  rule: string;
}

/** What the entity half of extraction hands to the event and claim extractors. */
export interface ExtractContext {
  article: ArticleDoc;
  sentences: Sentence[];
  /** resolved mentions in text order, each with the entity id it resolved to */
  mentions: ResolvedMention[];
  actors: Map<string, Actor>;
  places: Map<string, Place>;
  extractorVersion: string;
  /** Events of earlier articles of the run (cross-article event identity); absent: ids from the key alone. */
  eventMemory?: EventMemory;
}
