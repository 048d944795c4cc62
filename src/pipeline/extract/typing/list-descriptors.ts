import cueData from '../../../knowledge/data/not-actor-cues.json' with { type: 'json' };
import type { ActorType } from '../../../domain.js';
import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import type { AnalysisContext } from './span-types.js';

const LIST_OPENERS = cueData.listOpeners.map((p) => p.split(' '));
const LIST_GLUE = new Set(cueData.listGlue);
/** "and other companies", "or other firms": the words that close a list before its class noun. */
const OTHER = 'other';

/** The type a plural descriptor noun names ("companies" → COMPANY, "unions" → ORGANISATION). */
export function pluralDescriptorType(ctx: AnalysisContext, word: string): ActorType | undefined {
  const { descriptors } = ctx.knowledge;
  if (word.length < 4 || !word.endsWith('s')) return undefined;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return descriptors.get(singular) ?? (word.endsWith('es') ? descriptors.get(word.slice(0, -2)) : undefined);
}

function openerEndsAt(tokens: Token[], end: number): number {
  for (const opener of LIST_OPENERS) {
    if (opener.every((w, i) => lowerOf(tokens[end - opener.length + i]) === w)) return opener.length;
  }
  return 0;
}

/**
 * The type the class noun of a list gives each of its names (Hearst 1992, lexico-syntactic
 * patterns of hyponymy): "companies like SecureWave", "banks such as Barclays and HSBC", or after
 * the list, "CD Universe, Powergen and many other companies". Only capitalised names, commas and
 * "and"/"or" may stand between the name and the pattern.
 */
export function listClassType(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
): ActorType | undefined {
  for (let k = from; k > 0 && from - k <= 16; k -= 1) {
    const opener = openerEndsAt(tokens, k);
    if (opener > 0) return pluralDescriptorType(ctx, lowerOf(tokens[k - opener - 1]));
    const token = tokens[k - 1]!;
    if (!LIST_GLUE.has(lowerOf(token)) && !(token.word && token.capitalised)) break;
  }
  for (let k = to; k < tokens.length && k - to <= 16; k += 1) {
    const token = tokens[k]!;
    const lower = lowerOf(token);
    if (lower === OTHER) {
      // "and many other companies", "and other firms"
      for (let n = k + 1; n <= k + 2 && n < tokens.length; n += 1) {
        const type = pluralDescriptorType(ctx, lowerOf(tokens[n]));
        if (type) return type;
      }
      return undefined;
    }
    if (!LIST_GLUE.has(lower) && lower !== 'many' && !(token.word && token.capitalised)) return undefined;
  }
  return undefined;
}
