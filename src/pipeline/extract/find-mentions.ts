import type { ArticleDoc, Mention, Sentence } from '../../domain.js';
import {
  analyseSpan,
  clubNames,
  companyNames,
  nationalTeams,
  resolvePending,
  surnamesOverTowns,
} from './typing/index.js';
import type { AnalysisContext, DraftMention, PendingInSentence } from './typing/index.js';
import { capitalisedSpans } from './candidates.js';
import type { CandidateSpan } from './candidates.js';
import { loadGazetteer } from '../../knowledge/index.js';
import type { Gazetteer } from '../../knowledge/index.js';
import { loadKnowledge, lookupPhrase } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import { compromiseSpans, winkSpans } from './nlp-candidates.js';
import { viewSentence } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';
import { EXTRACTOR_VERSION } from './version.js';

/** Which candidate generator proposes name spans. All share the same typing rules and knowledge. */
export type EntityApproach = 'rules' | 'compromise' | 'wink';

/** The approach that scored best on the gold set (see bench/compare-approaches.ts). */
export const DEFAULT_ENTITY_APPROACH: EntityApproach = 'rules';

export interface FindMentionsOptions {
  approach?: EntityApproach;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
  extractorVersion?: string;
}

/** The `extractor` label written on every entity fact for an approach. */
export function entityExtractorName(approach: EntityApproach): string {
  return approach === 'rules' ? 'rules/entities' : `${approach}+rules/entities`;
}

/** Countries named (or implied by a nationality) anywhere in the article. */
function countriesIn(views: SentenceView[], knowledge: Knowledge): Set<string> {
  const found = new Set<string>();
  for (const view of views) {
    for (const token of view.tokens) {
      if (!token.word || !token.capitalised) continue;
      const hit = lookupPhrase(knowledge, token.text);
      if (hit && (hit.kind === 'country' || hit.kind === 'demonym')) found.add(hit.entry.countryCode);
    }
  }
  return found;
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

/** NLP spans plus the extractor's own spans for known names the library missed (demonyms, acronyms). */
function withKnownSpans(
  view: SentenceView,
  knowledge: Knowledge,
  text: string,
  spans: CandidateSpan[],
): CandidateSpan[] {
  const result = [...spans];
  for (const own of capitalisedSpans(view, knowledge)) {
    if (result.some((s) => overlaps(s, own))) continue;
    const first = view.tokens[own.from]!;
    const known = lookupPhrase(knowledge, text.slice(first.start, view.tokens[own.to - 1]!.end));
    const knownFirst = lookupPhrase(knowledge, first.text);
    if (known || knownFirst || first.allCaps) result.push(own);
  }
  return result.sort((a, b) => a.from - b.from);
}

function spansFor(
  approach: EntityApproach,
  article: ArticleDoc,
  views: SentenceView[],
  knowledge: Knowledge,
): CandidateSpan[][] {
  if (approach === 'rules') return views.map((view) => capitalisedSpans(view, knowledge));
  const nlpSpans = approach === 'compromise' ? compromiseSpans(article.text, views) : winkSpans(views);
  return views.map((view, i) => withKnownSpans(view, knowledge, article.text, nlpSpans[i] ?? []));
}

/**
 * Finds and types the names of actors and places in an article, each with its sentence and exact
 * character offsets. Known names come from the knowledge tables under `data/`; unknown names are
 * proposed by the chosen candidate generator and typed by cues (titles, speech verbs, head nouns,
 * place prepositions and the GeoNames gazetteer). Output is in text order and deterministic.
 */
export function findMentions(
  article: ArticleDoc,
  sentences: Sentence[],
  options: FindMentionsOptions = {},
): Mention[] {
  const approach = options.approach ?? DEFAULT_ENTITY_APPROACH;
  const knowledge = options.knowledge ?? loadKnowledge();
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const extractorVersion = options.extractorVersion ?? EXTRACTOR_VERSION;
  const extractor = entityExtractorName(approach);

  const views = sentences.map((s) => viewSentence(s, knowledge));
  const ctx: AnalysisContext = {
    text: article.text,
    knowledge,
    gazetteer,
    articleCountries: countriesIn(views, knowledge),
  };
  const spans = spansFor(approach, article, views, knowledge);
  const drafts: (DraftMention & { sentence: number })[] = [];
  const pending: PendingInSentence[] = [];
  const notActors = new Set<string>();
  views.forEach((view, i) => {
    for (const span of spans[i] ?? []) {
      const result = analyseSpan(ctx, view, span);
      for (const m of result.mentions) drafts.push({ ...m, sentence: i });
      for (const p of result.pending) pending.push({ ...p, sentence: i });
      for (const name of result.notActors ?? []) notActors.add(name);
    }
  });
  drafts.push(...resolvePending(pending, drafts, ctx));
  drafts.splice(0, drafts.length, ...surnamesOverTowns(drafts, article.text));
  const isTown = (word: string): boolean => gazetteer.lookup(word, ctx.articleCountries) !== undefined;
  const untyped = pending.filter((p) => !drafts.some((d) => d.start < p.end && p.start < d.end));
  drafts.splice(0, drafts.length, ...clubNames(drafts, untyped, article.text, knowledge, isTown));
  drafts.splice(0, drafts.length, ...companyNames(drafts, article.text));
  // A work's title named once as such ("the film Casino Royale") is no actor anywhere in the article.
  if (notActors.size > 0) drafts.splice(0, drafts.length, ...drafts.filter((d) => !notActors.has(d.name)));
  drafts.splice(0, drafts.length, ...nationalTeams(drafts, article.text, knowledge));
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);

  const mentions: Mention[] = [];
  let lastEnd = -1;
  let lastNested = false;
  for (const d of drafts) {
    // overlapping proposals: the earlier, longer one wins, unless both belong to one nested pair
    if (d.start < lastEnd && !(d.nested && lastNested)) continue;
    lastEnd = Math.max(lastEnd, d.end);
    lastNested = d.nested === true;
    const sentence = sentences[d.sentence]!;
    mentions.push({
      surface: article.text.slice(d.start, d.end),
      name: d.name,
      kind: d.kind,
      type: d.type,
      titles: d.titles,
      ...(d.viaDemonym !== undefined ? { viaDemonym: d.viaDemonym } : {}),
      evidence: {
        articleId: article.id,
        sentenceIndex: sentence.index,
        sentence: sentence.text,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        start: d.start,
        end: d.end,
        confidence: d.confidence,
        extractor,
        extractorVersion,
      },
    });
  }
  return mentions;
}
