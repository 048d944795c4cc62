import type { ArticleDoc, ArticleGraph, Mention, Sentence } from '../../domain.js';
import { AppError } from '../../errors.js';
import type { FallbackReason, NlpClient, ParsedSentence } from '../../nlp/index.js';
import type { ResolveState } from '../resolve/index.js';
import { analyseWithBackbone } from './backbone/analyse-article.js';
import { loadBackboneKnowledge } from './backbone/backbone-knowledge.js';
import { findParseClaims } from './backbone/parse-claims.js';
import { BACKBONE_ENTITY_EXTRACTOR } from './backbone/retype-mentions.js';
import { buildGraph } from './build-graph.js';
import { entityExtractorName, findMentions } from './find-mentions.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './gazetteer.js';
import type { Knowledge } from './knowledge.js';
import { loadKnowledge } from './knowledge.js';
import { splitSentences } from './split-sentences.js';
import { EXTRACTOR_VERSION } from './version.js';

/** `rules`: word lists and patterns only (the fast path); `backbone`: the same, corrected and extended by Stanford CoreNLP. */
export const EXTRACTOR_MODES = ['rules', 'backbone'] as const;
export type ExtractorMode = (typeof EXTRACTOR_MODES)[number];

/** What an extractor is made from. `nlp` is required for `backbone` (see `connectNlp` in src/nlp). */
export interface ExtractorDeps {
  mode: ExtractorMode;
  nlp?: NlpClient;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
}

/** An article read and, in backbone mode, parsed: everything before resolution, which must run in order. */
export interface ArticleAnalysis {
  article: ArticleDoc;
  sentences: Sentence[];
  mentions: Mention[];
  parsed: Map<number, ParsedSentence>;
}

/** Counts over the articles an extractor has analysed, for the ingest summary and the eval report. */
export interface ExtractorStats {
  articles: number;
  sentences: number;
  /** Sentences chosen for the backbone (speech cues, event triggers, weak or missed names). */
  selected: number;
  parsed: number;
  /** Selected sentences that the rules handled alone, by reason. */
  fallbacks: Record<FallbackReason, number>;
  requests: number;
}

/** One extractor of a run: `analyse` may run ahead on several articles at once; `build` runs in article order. */
export interface Extractor {
  readonly mode: ExtractorMode;
  analyse(article: ArticleDoc): Promise<ArticleAnalysis>;
  build(analysis: ArticleAnalysis, options?: { resolveState?: ResolveState }): ArticleGraph;
  /** `analyse` then `build`. */
  extractArticle(article: ArticleDoc, options?: { resolveState?: ResolveState }): Promise<ArticleGraph>;
  stats(): ExtractorStats;
}

function failed(article: ArticleDoc, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  return new AppError(
    'EXTRACT_FAILED',
    `Extraction failed on article ${article.id} (${article.sourceFile}); the article was skipped — check the file, or report the error with this id.`,
    { cause, details: { articleId: article.id, sourceFile: article.sourceFile } },
  );
}

/**
 * The extract stage's entry point for a run:
 *
 *   createExtractor({ mode: 'rules' | 'backbone', nlp?: NlpClient, knowledge?, gazetteer? }): Extractor
 *
 * `rules` gives the same graphs as `extractArticle`. `backbone` parses the sentences that need it with
 * CoreNLP (through `nlp`, one server or a pool), corrects and adds mentions from its NER, and reads claims
 * from its dependency parse; a sentence it cannot parse keeps the rules' reading and is counted in
 * `stats().fallbacks`. Throws CONFIG_INVALID when `backbone` is asked for without `nlp`.
 */
export function createExtractor(deps: ExtractorDeps): Extractor {
  const { mode, nlp } = deps;
  if (mode === 'backbone' && !nlp) {
    throw new AppError(
      'CONFIG_INVALID',
      'The backbone extractor needs a CoreNLP client (connectNlp), or use --extractor rules.',
    );
  }
  const knowledge = deps.knowledge ?? loadKnowledge();
  const gazetteer = deps.gazetteer ?? loadGazetteer();
  const backbone = loadBackboneKnowledge();
  const stats: ExtractorStats = {
    articles: 0,
    sentences: 0,
    selected: 0,
    parsed: 0,
    fallbacks: { 'too-long': 0, 'odd-characters': 0, timeout: 0, rejected: 0, unavailable: 0 },
    requests: 0,
  };

  const analyse = async (article: ArticleDoc): Promise<ArticleAnalysis> => {
    try {
      const sentences = splitSentences(article.text);
      const mentions = findMentions(article, sentences, {
        approach: 'rules',
        extractorVersion: EXTRACTOR_VERSION,
        knowledge,
        gazetteer,
      });
      stats.articles += 1;
      stats.sentences += sentences.length;
      if (mode === 'rules' || !nlp) return { article, sentences, mentions, parsed: new Map() };
      const result = await analyseWithBackbone(article, sentences, mentions, {
        nlp,
        knowledge: backbone,
        extractorVersion: EXTRACTOR_VERSION,
      });
      stats.selected += result.selected;
      stats.parsed += result.parsed.size;
      stats.requests += result.requests;
      for (const f of result.fallbacks) stats.fallbacks[f.reason] += 1;
      return { article, sentences, mentions: result.mentions, parsed: result.parsed };
    } catch (cause) {
      throw failed(article, cause);
    }
  };

  const build = (analysis: ArticleAnalysis, options: { resolveState?: ResolveState } = {}): ArticleGraph => {
    try {
      const { parsed } = analysis;
      return buildGraph(analysis.article, analysis.sentences, analysis.mentions, {
        ...(options.resolveState ? { resolveState: options.resolveState } : {}),
        knowledge,
        gazetteer,
        extractorVersion: EXTRACTOR_VERSION,
        entityExtractor: mode === 'rules' ? entityExtractorName('rules') : BACKBONE_ENTITY_EXTRACTOR,
        ...(parsed.size > 0
          ? {
              extraClaims: () => ({
                find: (scope) => findParseClaims({ scope, parsed, knowledge: backbone }),
              }),
            }
          : {}),
      });
    } catch (cause) {
      throw failed(analysis.article, cause);
    }
  };

  return {
    mode,
    analyse,
    build,
    extractArticle: async (article, options) => build(await analyse(article), options),
    stats: () => structuredClone(stats),
  };
}
