import type { Actor, ArticleDoc, Place, ResolvedMention, Sentence } from '../../domain.js';

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
}
