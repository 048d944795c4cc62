import type { CandidateSpan } from '../candidates.js';
import { lowerOf } from '../sentence-view.js';
import type { SentenceView } from '../sentence-view.js';
import { SPAN_RULES } from './span-rules.js';
import { headType } from './head-nouns.js';
import { isGivenNameWord, isNameLike, isTitleWord, phraseAt } from './span-tokens.js';
import type { AnalysisContext, SpanAnalysis, SpanRule } from './span-types.js';

/**
 * A function word or opener that begins a name all the same: a given name before one other name-like
 * word ("Bill Gates", "Will Young"), or any capitalised word inside a noun phrase with an
 * organisation head ("the World Meteorological Organization").
 */
function keepsLeadingWord(
  ctx: AnalysisContext,
  tokens: SentenceView['tokens'],
  from: number,
  to: number,
): boolean {
  const token = tokens[from]!;
  const next = tokens[from + 1];
  if (!token.word || !token.capitalised || next === undefined || from + 1 >= to) return false;
  const lower = lowerOf(token);
  if (
    isGivenNameWord(token) &&
    to - from === 2 &&
    isNameLike(ctx, next) &&
    !phraseAt(ctx, tokens, from + 1, to)
  )
    return true;
  if (lowerOf(tokens[from - 1]) !== 'the' || ctx.knowledge.spanCues.articles.has(lower)) return false;
  return headType(ctx, tokens, from, to)?.kind === 'ACTOR' && to - from >= 3;
}

/**
 * The first token of the name: leading function words and sentence openers are not part of it
 * ("The", "According", "During"), nor a lone title at the start of a sentence. Undefined when
 * nothing is left, or when the rest of a longer span starts with such a word.
 */
function nameStart(ctx: AnalysisContext, view: SentenceView, span: CandidateSpan): number | undefined {
  const { tokens } = view;
  const { knowledge } = ctx;
  let from = span.from;
  const to = span.to;
  if (span.continuation && knowledge.nonEntities.has(lowerOf(tokens[from]))) return undefined;
  while (from < to) {
    const token = tokens[from]!;
    if (phraseAt(ctx, tokens, from, to)) break;
    if (keepsLeadingWord(ctx, tokens, from, to)) break;
    if (
      !token.word ||
      knowledge.nonEntities.has(lowerOf(token)) ||
      (token.initial && isTitleWord(knowledge, token) && to - from === 1)
    ) {
      from += 1;
      continue;
    }
    break;
  }
  return from < to ? from : undefined;
}

/**
 * Types one candidate span with the first rule of `rules` (by default {@link SPAN_RULES}) that
 * applies: known names first, then titles ("Syrian President Bashar al-Assad"), nationality + body
 * nouns ("Syrian army"), head nouns ("Defense Ministry", "Temple of Bel"), then context cues (titles
 * around the name, speech verbs, place prepositions with the gazetteer). Unknown single words are
 * returned as pending, to be decided with the whole article in view.
 */
export function analyseSpan(
  ctx: AnalysisContext,
  view: SentenceView,
  span: CandidateSpan,
  rules: readonly SpanRule[] = SPAN_RULES,
): SpanAnalysis {
  const from = nameStart(ctx, view, span);
  if (from === undefined) return { mentions: [], pending: [] };
  const input = {
    ctx,
    view,
    tokens: view.tokens,
    span,
    from,
    to: span.to,
    analyse: (sub: CandidateSpan) => analyseSpan(ctx, view, sub, rules),
  };
  for (const rule of rules) {
    const result = rule.apply(input);
    if (result) return result;
  }
  return { mentions: [], pending: [] };
}
