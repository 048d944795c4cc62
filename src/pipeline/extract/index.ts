/**
 * The extract stage: one article in, its resolved graph out (actors, places, mentions, events,
 * claims), every fact carrying its sentence, offsets, confidence, extractor and version.
 */
import type { ArticleDoc, ArticleGraph } from '../../domain.js';
import { AppError } from '../../errors.js';
import type { ResolveState } from '../resolve/index.js';
import { buildGraph } from './build-graph.js';
import { DEFAULT_ENTITY_APPROACH, entityExtractorName, findMentions } from './find-mentions.js';
import type { EntityApproach } from './find-mentions.js';
import type { Gazetteer } from './gazetteer.js';
import type { Knowledge } from './knowledge.js';
import { splitSentences } from './split-sentences.js';
import { EXTRACTOR_VERSION } from './version.js';

export { EXTRACTOR_VERSION } from './version.js';
export type { ExtractContext, ResolvedMention } from './context.js';
export { splitSentences } from './split-sentences.js';
export { findMentions, DEFAULT_ENTITY_APPROACH } from './find-mentions.js';
export type { EntityApproach, FindMentionsOptions } from './find-mentions.js';
export { createResolveState } from '../resolve/index.js';
export {
  createExtractor,
  EXTRACTOR_MODES,
  type Extractor,
  type ExtractorDeps,
  type ExtractorMode,
  type ExtractorStats,
  type ArticleAnalysis,
} from './create-extractor.js';
export type { ResolveState } from '../resolve/index.js';

export interface ExtractOptions {
  /** Candidate generator for names; default: the one that scored best on the gold set. */
  approach?: EntityApproach;
  /**
   * Memory of earlier articles in this run (surnames, acronyms, place names). Pass the same state
   * to every article of a run; without it each article is resolved on its own.
   */
  resolveState?: ResolveState;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
}

/**
 * Extracts one article: sentences → mentions → resolved actors and places → events → claims.
 * Throws `AppError('EXTRACT_FAILED')` naming the article when any step fails, so a caller can log
 * it and go on with the next article.
 */
export function extractArticle(article: ArticleDoc, options: ExtractOptions = {}): ArticleGraph {
  try {
    const approach = options.approach ?? DEFAULT_ENTITY_APPROACH;
    const sentences = splitSentences(article.text);
    const mentions = findMentions(article, sentences, {
      approach,
      extractorVersion: EXTRACTOR_VERSION,
      ...(options.knowledge ? { knowledge: options.knowledge } : {}),
      ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}),
    });
    return buildGraph(article, sentences, mentions, {
      ...(options.resolveState ? { resolveState: options.resolveState } : {}),
      ...(options.knowledge ? { knowledge: options.knowledge } : {}),
      ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}),
      extractorVersion: EXTRACTOR_VERSION,
      entityExtractor: entityExtractorName(approach),
    });
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw new AppError(
      'EXTRACT_FAILED',
      `Extraction failed on article ${article.id} (${article.sourceFile}); the article was skipped — check the file, or report the error with this id.`,
      { cause, details: { articleId: article.id, sourceFile: article.sourceFile } },
    );
  }
}
