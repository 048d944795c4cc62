import type { ArticleDoc, Mention, Sentence } from '../../../domain.js';
import {
  parseSentences,
  type NlpClient,
  type ParseCache,
  type ParsedSentence,
  type SentenceFallback,
} from '../../../nlp/index.js';
import type { BackboneKnowledge } from './backbone-knowledge.js';
import { retypeMentions } from './retype-mentions.js';
import { selectSentences } from './select-sentences.js';

/** One article after the backbone: its mentions corrected by NER, and the parses the claim rules read. */
export interface BackboneAnalysis {
  mentions: Mention[];
  parsed: Map<number, ParsedSentence>;
  /** Sentences selected for parsing that the rules handled alone, and why. */
  fallbacks: SentenceFallback[];
  /** Sentences parsed only for their event triggers: the claim rules leave them to the rules. */
  eventOnly: Set<number>;
  /** Sentences selected for parsing. */
  selected: number;
  requests: number;
}

/**
 * Parses the sentences of an article that need it (see `selectSentences`) and corrects the rules'
 * mentions with CoreNLP's NER; sentences read before in the run (`cache`) are not sent again. Never throws for a sentence: those the backbone cannot handle keep the
 * rules' reading and are listed in `fallbacks`.
 */
export async function analyseWithBackbone(
  article: ArticleDoc,
  sentences: Sentence[],
  ruleMentions: Mention[],
  deps: { nlp: NlpClient; knowledge: BackboneKnowledge; extractorVersion: string; cache?: ParseCache },
): Promise<BackboneAnalysis> {
  const needs = selectSentences(sentences, ruleMentions);
  const chosen = sentences.filter((s) => needs.has(s.index));
  const outcome = await parseSentences(
    deps.nlp,
    chosen.map((s) => ({
      index: s.index,
      start: s.start,
      text: s.text,
      namesOnly: needs.get(s.index) === 'name',
    })),
    deps.cache ? { cache: deps.cache } : {},
  );
  const mentions = retypeMentions(
    article,
    sentences,
    ruleMentions,
    outcome.parsed,
    deps.knowledge,
    deps.extractorVersion,
  );
  return {
    mentions,
    parsed: outcome.parsed,
    eventOnly: new Set(chosen.filter((s) => needs.get(s.index) === 'event').map((s) => s.index)),
    fallbacks: outcome.fallbacks,
    selected: chosen.length,
    requests: outcome.requests,
  };
}
