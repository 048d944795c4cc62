import type { Actor, ArticleDoc, Place, ResolvedMention, Sentence } from '../../domain.js';

import type { EventMemory } from './events/event-memory.js';
import type { DependencyEdge } from './events/parse-roles.js';

export type { ResolvedMention } from '../../domain.js';

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
  /** Dependency edges of the article's sentences, when a parser supplies them (see events/parse-roles.ts). */
  dependencies?: readonly DependencyEdge[];
}
