import type { ArticleDoc } from '../../domain.js';
import { AppError } from '../../errors.js';
import { loadGazetteer, loadKnowledge, type Gazetteer, type Knowledge } from '../../knowledge/index.js';
import { createParseCache } from '../../nlp/index.js';
import type { FallbackReason, NlpClient, ParsedSentence } from '../../nlp/index.js';
import { analyseWithBackbone } from './backbone/analyse-article.js';
import { loadBackboneKnowledge } from './backbone/backbone-knowledge.js';
import { findParseClaims } from './backbone/parse-claims.js';
import { BACKBONE_ENTITY_EXTRACTOR } from './backbone/retype-mentions.js';
import { extractClaims } from './claims/index.js';
import type { ExtractContext } from './context.js';
import { dependencyEdges } from './backbone/dependency-edges.js';
import { extractEvents } from './events/index.js';
import { entityExtractorName, findMentions } from './find-mentions.js';
import { splitSentences } from './split-sentences.js';
import type { ArticleFacts, ArticleMentions } from './stage-types.js';
import { EXTRACTOR_VERSION } from './version.js';

/** `rules`: word lists and patterns only (the fast path); `backbone`: the same, corrected and extended by Stanford CoreNLP. */
export const EXTRACTOR_MODES = ['rules', 'backbone'] as const;
export type ExtractorMode = (typeof EXTRACTOR_MODES)[number];

/** What the extract stage is made from. `nlp` is required for `backbone` (see `connectNlp` in src/nlp). */
export interface ExtractStageDeps {
  mode: ExtractorMode;
  nlp?: NlpClient;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
}

/** The first half of extraction with what the backbone read: the parses the claim rules use later. */
export interface AnalysedMentions extends ArticleMentions {
  /** Parsed sentences by index; empty in rules mode and for sentences that fell back. */
  parsed: Map<number, ParsedSentence>;
  /** Parsed sentences read by the event rules alone (selected for an event trigger only). */
  eventOnly?: ReadonlySet<number>;
}

/** Counts over the articles the stage has read, for the ingest summary and the eval report. */
export interface ExtractorStats {
  articles: number;
  sentences: number;
  /** Sentences chosen for the backbone (speech cues, event triggers, weak or missed names). */
  selected: number;
  parsed: number;
  /** Selected sentences that the rules handled alone, by reason. */
  fallbacks: Record<FallbackReason, number>;
  /** Requests sent to CoreNLP (chunks, and sentences retried alone). */
  requests: number;
}

/** How one article's names are read. */
export interface ReadArticleOptions {
  /** False: the rules alone, without the backbone (default true in backbone mode). */
  parse?: boolean;
}

/** The extract stage of one run, in a mode. */
export interface ExtractStage {
  readonly mode: ExtractorMode;
  /**
   * First half: sentences and names (async: the backbone parses here; several articles may be in flight).
   * `parse: false` gives the rules' reading alone, sending nothing to CoreNLP and counting nothing in
   * `stats()`: for an article that another shard writes, read only for the names and events it leaves in
   * the run's memory.
   */
  findMentions(article: ArticleDoc, options?: ReadArticleOptions): Promise<AnalysedMentions>;
  /** Second half, once names are resolved: events, then claims (the backbone's parse first, the rules for the rest). */
  extractFacts(
    context: ExtractContext,
    analysed: AnalysedMentions,
    timings?: { events: number; claims: number },
  ): ArticleFacts;
  stats(): ExtractorStats;
}

/** Empty counts. */
export function emptyExtractorStats(): ExtractorStats {
  return {
    articles: 0,
    sentences: 0,
    selected: 0,
    parsed: 0,
    fallbacks: { 'too-long': 0, 'odd-characters': 0, timeout: 0, rejected: 0, unavailable: 0 },
    requests: 0,
  };
}

/**
 * The extract stage's entry point with a mode switch:
 *
 *   createExtractStage({ mode: 'rules' | 'backbone', nlp?: NlpClient, knowledge?, gazetteer? }): ExtractStage
 *
 * `rules` finds what `findArticleMentions` + `extractFacts` find. `backbone` parses the sentences that
 * need it with CoreNLP through `nlp` (one server or a pool, from `connectNlp`), corrects and adds mentions
 * from its NER, and reads claims from its dependency parse; a sentence it cannot parse keeps the rules'
 * reading and is counted in `stats().fallbacks`. Throws CONFIG_INVALID for `backbone` without `nlp`.
 * `src/pipeline/stages.ts` wraps it with resolve as `createExtractor`.
 */
export function createExtractStage(deps: ExtractStageDeps): ExtractStage {
  const { mode, nlp } = deps;
  if (mode === 'backbone' && !nlp) {
    throw new AppError(
      'CONFIG_INVALID',
      'The backbone extractor needs a CoreNLP client (connectNlp in src/nlp), or use --extractor rules.',
    );
  }
  const knowledge = deps.knowledge ?? loadKnowledge();
  const gazetteer = deps.gazetteer ?? loadGazetteer();
  const backbone = loadBackboneKnowledge();
  const stats = emptyExtractorStats();
  const parseCache = createParseCache();

  const findArticle = async (
    article: ArticleDoc,
    options: ReadArticleOptions = {},
  ): Promise<AnalysedMentions> => {
    const sentences = splitSentences(article.text);
    const mentions = findMentions(article, sentences, {
      approach: 'rules',
      extractorVersion: EXTRACTOR_VERSION,
      knowledge,
      gazetteer,
    });
    if (options.parse === false) {
      return { sentences, mentions, extractor: entityExtractorName('rules'), parsed: new Map() };
    }
    stats.articles += 1;
    stats.sentences += sentences.length;
    if (mode === 'rules' || !nlp) {
      return { sentences, mentions, extractor: entityExtractorName('rules'), parsed: new Map() };
    }
    const result = await analyseWithBackbone(article, sentences, mentions, {
      nlp,
      knowledge: backbone,
      extractorVersion: EXTRACTOR_VERSION,
      cache: parseCache,
    });
    stats.selected += result.selected;
    stats.parsed += result.parsed.size;
    stats.requests += result.requests;
    for (const f of result.fallbacks) stats.fallbacks[f.reason] += 1;
    return {
      sentences,
      mentions: result.mentions,
      extractor: BACKBONE_ENTITY_EXTRACTOR,
      parsed: result.parsed,
      eventOnly: result.eventOnly,
    };
  };

  return {
    mode,
    findMentions: findArticle,
    extractFacts: (context, analysed, timings) => {
      const { parsed } = analysed;
      const started = performance.now();
      // The parse of the sentences the backbone read names the subjects and objects of their verbs.
      const { events, eventReports } = extractEvents(
        parsed.size > 0 ? { ...context, dependencies: dependencyEdges(parsed) } : context,
      );
      const eventsDone = performance.now();
      // A sentence parsed for its event trigger alone keeps only its tags and names for the claim rules.
      const forClaims = analysed.eventOnly?.size
        ? new Map(
            [...parsed].map(([i, p]) => [i, analysed.eventOnly?.has(i) ? { ...p, dependencies: [] } : p]),
          )
        : parsed;
      const extra =
        forClaims.size > 0
          ? {
              find: (scope: Parameters<typeof findParseClaims>[0]['scope']) =>
                findParseClaims({ scope, parsed: forClaims, knowledge: backbone }),
            }
          : undefined;
      const { claims, claimReports } = extractClaims(context, events, eventReports, extra);
      if (timings) {
        timings.events += eventsDone - started;
        timings.claims += performance.now() - eventsDone;
      }
      return { events, eventReports, claims, claimReports };
    },
    stats: () => structuredClone(stats),
  };
}
