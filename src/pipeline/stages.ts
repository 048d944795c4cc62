/**
 * The pipeline's stages, in order, and the one place that wires them:
 *
 *   source  files, folders, JSONL, CSV → ArticleDoc                      (./source)
 *   extract ArticleDoc → sentences and names (mentions)                   (./extract, first half)
 *   resolve mentions → one Actor / Place per real-world thing, run-wide   (./resolve)
 *   extract resolved names → events and claims with their evidence       (./extract, second half)
 *   load    ArticleGraph batches → Neo4j, idempotent                      (./load)
 *
 * Stages never import each other (the lint rules in eslint.config.js check it); each hands plain data
 * from `domain.ts` to the next through this file. `ingest.ts` adds batching, timing and rejections.
 */
import type { ArticleDoc, ArticleGraph, Mention, Sentence } from '../domain.js';
import { AppError } from '../errors.js';
import type { Gazetteer, Knowledge } from '../knowledge/index.js';
import type { NlpClient } from '../nlp/index.js';
import { createExtractStage, EXTRACTOR_VERSION, extractFacts, findArticleMentions } from './extract/index.js';
import type {
  AnalysedMentions,
  ArticleFacts,
  EntityApproach,
  EventMemory,
  ExtractContext,
  ExtractorMode,
  ExtractorStats,
  ReadArticleOptions,
} from './extract/index.js';
import { createResolveState, resolveArticle } from './resolve/index.js';
import type { ResolveState } from './resolve/index.js';

export {
  EXTRACTOR_VERSION,
  EXTRACTOR_MODES,
  emptyExtractorStats,
  createEventMemory,
  primeEventMemory,
} from './extract/index.js';
export type { EventMemory, ExtractorMode, ExtractorStats } from './extract/index.js';
export { createResolveState } from './resolve/index.js';
export type { ResolveState } from './resolve/index.js';

/** The per-article stages, in the order `analyseArticle` runs them (source and load wrap them). */
export const ARTICLE_STAGES = ['mentions', 'resolve', 'facts'] as const;
export type ArticleStage = (typeof ARTICLE_STAGES)[number];

/**
 * Milliseconds spent in each per-article stage, summed over a run; `events` and `claims` are the two parts of
 * `facts` (finding events, then claims).
 */
export type StageTimings = Record<ArticleStage, number> & { events: number; claims: number };

export function emptyStageTimings(): StageTimings {
  return { mentions: 0, resolve: 0, facts: 0, events: 0, claims: 0 };
}

export interface AnalyseOptions {
  approach?: EntityApproach;
  /**
   * Memory of earlier articles in this run (surnames, acronyms, place names). Pass the same state to
   * every article of a run; without it each article is resolved on its own.
   */
  resolveState?: ResolveState;
  /** Events of earlier articles in this run, so one real event stays one node; pass the same one to every article. */
  eventMemory?: EventMemory;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
  /** When given, each stage's wall time is added to it. */
  timings?: StageTimings;
}

/** What the events and claims extractors read of one resolved article. */
export function extractContext(
  article: ArticleDoc,
  sentences: Sentence[],
  resolved: ReturnType<typeof resolveArticle>,
  eventMemory?: EventMemory,
): ExtractContext {
  return {
    article,
    sentences,
    mentions: resolved.resolved,
    actors: new Map(resolved.actors.map((a) => [a.id, a])),
    places: new Map(resolved.places.map((p) => [p.id, p])),
    extractorVersion: EXTRACTOR_VERSION,
    ...(eventMemory ? { eventMemory } : {}),
  };
}

/**
 * The part of every mode after the names are found: resolve them (timed as `resolve`), then read the
 * article's events and claims with `facts`, and assemble the article's graph.
 */
function resolveAndRelate(
  article: ArticleDoc,
  found: { sentences: Sentence[]; mentions: Mention[]; extractor: string },
  deps: {
    tables: { knowledge?: Knowledge; gazetteer?: Gazetteer };
    facts: (context: ExtractContext) => ArticleFacts;
    resolveState?: ResolveState;
    eventMemory?: EventMemory;
    timings?: StageTimings;
  },
): ArticleGraph {
  const started = performance.now();
  const resolved = resolveArticle(article, found.mentions, {
    state: deps.resolveState ?? createResolveState(),
    extractorVersion: EXTRACTOR_VERSION,
    extractor: found.extractor,
    ...deps.tables,
  });
  if (deps.timings) deps.timings.resolve += performance.now() - started;
  const context = extractContext(article, found.sentences, resolved, deps.eventMemory);
  const facts = deps.facts(context);
  return {
    article,
    actors: [...context.actors.values()],
    places: [...context.places.values()],
    mentions: resolved.mentions,
    ...facts,
  };
}

/**
 * One article through extract → resolve → extract: its actors, places, mentions, events and claims, with
 * global ids. Throws `AppError('EXTRACT_FAILED')` naming the article when any step fails, so a caller can
 * log it and go on with the next article.
 */
export function analyseArticle(article: ArticleDoc, options: AnalyseOptions = {}): ArticleGraph {
  const timings = options.timings;
  const timed = <T>(stage: ArticleStage, run: () => T): T => {
    const started = performance.now();
    try {
      return run();
    } finally {
      if (timings) timings[stage] += performance.now() - started;
    }
  };
  try {
    const tables = {
      ...(options.knowledge ? { knowledge: options.knowledge } : {}),
      ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}),
    };
    const found = timed('mentions', () =>
      findArticleMentions(article, {
        ...tables,
        ...(options.approach ? { approach: options.approach } : {}),
      }),
    );
    return resolveAndRelate(article, found, {
      ...options,
      tables,
      facts: (context) => timed('facts', () => extractFacts(context, timings)),
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

/** `analyseArticle` under the name that `npm run eval -- --extractor <module>` looks for. */
export const extractArticle = analyseArticle;

/** An article whose names are found (and, in backbone mode, parsed): what must then run in article order. */
export interface AnalysedArticle {
  article: ArticleDoc;
  found: AnalysedMentions;
}

/** The per-article pipeline of a run in one extractor mode. */
export interface Extractor {
  readonly mode: ExtractorMode;
  /**
   * Sentences, names and (backbone) parses; may run ahead on several articles at once. `parse: false`:
   * the rules' reading alone, with nothing sent to the backbone (an article another shard writes).
   */
  analyse(article: ArticleDoc, options?: ReadArticleOptions): Promise<AnalysedArticle>;
  /** Resolve, events and claims; run in article order, since the resolve state carries names from article to article. */
  build(
    analysed: AnalysedArticle,
    options?: { resolveState?: ResolveState; eventMemory?: EventMemory; timings?: StageTimings },
  ): ArticleGraph;
  /** `analyse`, then `build`: the entry `npm run eval` and tests call per article. */
  extractArticle(article: ArticleDoc, options?: { resolveState?: ResolveState }): Promise<ArticleGraph>;
  /** Sentences parsed and fallen back to the rules so far, for the ingest summary and the eval report. */
  stats(): ExtractorStats;
}

function extractFailed(article: ArticleDoc, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  return new AppError(
    'EXTRACT_FAILED',
    `Extraction failed on article ${article.id} (${article.sourceFile}); the article was skipped — check the file, or report the error with this id.`,
    { cause, details: { articleId: article.id, sourceFile: article.sourceFile } },
  );
}

/**
 * The mode switch of extraction, for ingest and eval:
 *
 *   createExtractor({ mode: 'rules' | 'backbone', nlp?: NlpClient, knowledge?, gazetteer? }): Extractor
 *
 * `rules` gives the graphs `analyseArticle` gives. `backbone` needs `nlp` (from `connectNlp` in src/nlp:
 * CORENLP_URL's servers, or one started here) and reads NER and dependency parses for the sentences that
 * need them; sentences it cannot parse keep the rules' reading and are counted in `stats().fallbacks`.
 */
export function createExtractor(deps: {
  mode: ExtractorMode;
  nlp?: NlpClient;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
}): Extractor {
  const stage = createExtractStage(deps);
  const tables = {
    ...(deps.knowledge ? { knowledge: deps.knowledge } : {}),
    ...(deps.gazetteer ? { gazetteer: deps.gazetteer } : {}),
  };
  const analyse: Extractor['analyse'] = async (article, options) => {
    try {
      return { article, found: await stage.findMentions(article, options) };
    } catch (cause) {
      throw extractFailed(article, cause);
    }
  };
  const build: Extractor['build'] = ({ article, found }, options = {}) => {
    try {
      return resolveAndRelate(article, found, {
        ...options,
        tables,
        facts: (context) => {
          const started = performance.now();
          const facts = stage.extractFacts(context, found, options.timings);
          if (options.timings) options.timings.facts += performance.now() - started;
          return facts;
        },
      });
    } catch (cause) {
      throw extractFailed(article, cause);
    }
  };
  return {
    mode: stage.mode,
    analyse,
    build,
    extractArticle: async (article, options) => build(await analyse(article), options),
    stats: () => stage.stats(),
  };
}
