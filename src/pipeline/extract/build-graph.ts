import type { ArticleDoc, ArticleGraph, Mention, Sentence } from '../../domain.js';
import { createResolveState, resolveArticle } from '../resolve/index.js';
import type { ResolveState } from '../resolve/index.js';
import { extractClaims, type ExtraClaims } from './claims/index.js';
import type { ExtractContext } from './context.js';
import { extractEvents } from './events/index.js';
import type { Gazetteer } from './gazetteer.js';
import type { Knowledge } from './knowledge.js';

/** What turning an article's mentions into its graph needs. */
export interface BuildGraphOptions {
  resolveState?: ResolveState;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
  extractorVersion: string;
  /** `extractor` label for entities resolution itself creates. */
  entityExtractor: string;
  /** Claims found another way (the backbone's parse), which win over overlapping rules claims. */
  extraClaims?: (context: ExtractContext) => ExtraClaims;
}

/** Mentions → resolved actors and places → events → claims: the half of extraction both modes share. */
export function buildGraph(
  article: ArticleDoc,
  sentences: Sentence[],
  mentions: Mention[],
  options: BuildGraphOptions,
): ArticleGraph {
  const resolved = resolveArticle(article, mentions, {
    state: options.resolveState ?? createResolveState(),
    extractorVersion: options.extractorVersion,
    extractor: options.entityExtractor,
    ...(options.knowledge ? { knowledge: options.knowledge } : {}),
    ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}),
  });
  const context: ExtractContext = {
    article,
    sentences,
    mentions: resolved.resolved,
    actors: new Map(resolved.actors.map((a) => [a.id, a])),
    places: new Map(resolved.places.map((p) => [p.id, p])),
    extractorVersion: options.extractorVersion,
  };
  const { events, eventReports } = extractEvents(context);
  const { claims, claimReports } = extractClaims(
    context,
    events,
    eventReports,
    options.extraClaims?.(context),
  );
  return {
    article,
    actors: [...context.actors.values()],
    places: [...context.places.values()],
    mentions: resolved.mentions,
    events,
    eventReports,
    claims,
    claimReports,
  };
}
