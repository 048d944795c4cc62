import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import { isTitleWord, spanText } from './span-tokens.js';
import type { AnalysisContext } from './span-types.js';

/** Titles written before a name: "Kremlin spokesman, Dmitry Peskov", "head of antiquities, Khaled al-Asaad". */
export function leftTitle(ctx: AnalysisContext, tokens: Token[], from: number): { text: string } | undefined {
  const { knowledge } = ctx;
  let k = from - 1;
  if (tokens[k]?.text === ',') k -= 1;
  const titleEnd = k;
  if (!isTitleWord(knowledge, tokens[k])) {
    // "<title> of <lower words>" before the comma: "former head of antiquities, Khaled al-Asaad"
    let back = k;
    let lowers = 0;
    while (
      back > 0 &&
      lowers < 3 &&
      tokens[back]?.word &&
      !tokens[back]!.capitalised &&
      lowerOf(tokens[back]) !== 'of'
    ) {
      back -= 1;
      lowers += 1;
    }
    if (lowers === 0 || lowerOf(tokens[back]) !== 'of' || tokens[from - 1]?.text !== ',') return undefined;
    if (!isTitleWord(knowledge, tokens[back - 1])) return undefined;
    k = back - 1;
  }
  // extend left over title words, modifiers, capitalised qualifiers and connectors
  let leftmost = k;
  let t = k - 1;
  while (t >= 0 && k - t <= 12) {
    const token = tokens[t]!;
    const lower = lowerOf(token);
    if (!token.word) break;
    if (
      isTitleWord(knowledge, token) ||
      knowledge.spanCues.titleModifiers.has(lower) ||
      (token.capitalised && !knowledge.nonEntities.has(lower)) ||
      ((lower === 'of' || lower === 'for') && tokens[t - 1]?.capitalised)
    ) {
      leftmost = t;
      t -= 1;
      continue;
    }
    break;
  }
  return { text: spanText(ctx, tokens, leftmost, titleEnd + 1) };
}

/** A title phrase after a name: "Maamoun Abdulkarim, director general of antiquities in Syria". */
export function rightTitle(ctx: AnalysisContext, tokens: Token[], to: number): { text: string } | undefined {
  const { knowledge } = ctx;
  const { articles, possessiveDeterminers, titleModifiers } = knowledge.spanCues;
  if (tokens[to]?.text !== ',') return undefined;
  let k = to + 1;
  if (articles.has(lowerOf(tokens[k])) || possessiveDeterminers.has(lowerOf(tokens[k]))) k += 1;
  let found = false;
  for (let t = k; t < Math.min(tokens.length, k + 3); t += 1) {
    if (isTitleWord(knowledge, tokens[t])) {
      found = true;
      break;
    }
    if (!tokens[t]!.word || (!titleModifiers.has(lowerOf(tokens[t])) && !tokens[t]!.capitalised)) break;
  }
  if (!found) return undefined;
  let end = k;
  while (end < tokens.length && end < k + 12) {
    const token = tokens[end]!;
    if (!token.word && token.text !== '-' && token.text !== '’' && token.text !== "'") break;
    end += 1;
  }
  if (end === k) return undefined;
  return { text: spanText(ctx, tokens, k, end) };
}

/** A speech verb right after the name (or its comma, or an auxiliary), right before it, or "according to" before it. */
export function hasSpeechCue(ctx: AnalysisContext, tokens: Token[], from: number, to: number): boolean {
  const { speechVerbs } = ctx.knowledge;
  let after = to;
  if (tokens[after]?.text === ',') after += 1;
  // "Fox has said", "NTL also said": up to two auxiliaries or adverbs before the verb.
  const { speechAuxiliaries } = ctx.knowledge.spanCues;
  for (let skip = 0; skip < 2 && speechAuxiliaries.has(lowerOf(tokens[after])); skip += 1) after += 1;
  if (speechVerbs.has(lowerOf(tokens[after]))) return true;
  const before = lowerOf(tokens[from - 1]);
  if (speechVerbs.has(before)) return true;
  if (before === ',' && speechVerbs.has(lowerOf(tokens[from - 2]))) return true;
  return lowerOf(tokens[from - 2]) === 'according' && before === 'to';
}
