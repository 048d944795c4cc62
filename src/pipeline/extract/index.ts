/**
 * The extract stage, in two steps that the pipeline (`../stages.ts`) runs on either side of resolve:
 * - `findArticleMentions`: sentences and the names in them (actors, places), each with its evidence;
 * - `extractFacts`: once the names are resolved to entities, the events and claims of the article.
 * Every fact carries its sentence, offsets, confidence, extractor and version. This stage never
 * imports resolve: it receives resolved mentions as plain data (`ExtractContext`).
 */
import type { ArticleDoc } from '../../domain.js';
import type { ArticleFacts, ArticleMentions } from './stage-types.js';
import type { Gazetteer, Knowledge } from '../../knowledge/index.js';
import { extractClaims } from './claims/index.js';
import type { ExtractContext } from './context.js';
import { extractEvents } from './events/index.js';
import { DEFAULT_ENTITY_APPROACH, entityExtractorName, findMentions } from './find-mentions.js';
import type { EntityApproach } from './find-mentions.js';
import { splitSentences } from './split-sentences.js';
import { EXTRACTOR_VERSION } from './version.js';

export { EXTRACTOR_VERSION } from './version.js';
export { createEventMemory, primeEventMemory } from './events/event-memory.js';
export type { EventMemory, StoredEventIdentity } from './events/event-memory.js';
export type { ExtractContext, ResolvedMention } from './context.js';
export { splitSentences } from './split-sentences.js';
export { findMentions, DEFAULT_ENTITY_APPROACH, entityExtractorName } from './find-mentions.js';
export type { EntityApproach, FindMentionsOptions } from './find-mentions.js';

export interface MentionOptions {
  /** Candidate generator for names; default: the one that scored best on the gold set. */
  approach?: EntityApproach;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
}

export type { ArticleMentions, ArticleFacts } from './stage-types.js';
export {
  createExtractStage,
  emptyExtractorStats,
  EXTRACTOR_MODES,
  type ExtractStage,
  type ExtractStageDeps,
  type ExtractorMode,
  type ExtractorStats,
  type AnalysedMentions,
  type ReadArticleOptions,
} from './extract-stage.js';

/** Splits the article into sentences and finds the actor and place names in them. */
export function findArticleMentions(article: ArticleDoc, options: MentionOptions = {}): ArticleMentions {
  const approach = options.approach ?? DEFAULT_ENTITY_APPROACH;
  const sentences = splitSentences(article.text);
  const mentions = findMentions(article, sentences, {
    approach,
    extractorVersion: EXTRACTOR_VERSION,
    ...(options.knowledge ? { knowledge: options.knowledge } : {}),
    ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}),
  });
  return { sentences, mentions, extractor: entityExtractorName(approach) };
}

/** Milliseconds spent finding events and finding claims, added to by `extractFacts` when given. */
export interface FactTimings {
  events: number;
  claims: number;
}

/**
 * Events, then claims (a claim may be about an event), from an article whose names are resolved; the time of
 * each half is added to `timings` when given.
 */
export function extractFacts(context: ExtractContext, timings?: FactTimings): ArticleFacts {
  const started = performance.now();
  const { events, eventReports } = extractEvents(context);
  const eventsDone = performance.now();
  const { claims, claimReports } = extractClaims(context, events, eventReports);
  if (timings) {
    timings.events += eventsDone - started;
    timings.claims += performance.now() - eventsDone;
  }
  return { events, eventReports, claims, claimReports };
}
