import nationalityData from '../../../../knowledge/data/nationality-nouns.json' with { type: 'json' };
import { lookupPhrase } from '../../../../knowledge/index.js';
import type { Token } from '../../tokenize.js';
import { lowerOf } from '../../sentence-view.js';
import { wordClass } from '../../word-classes.js';
import { CONFIDENCE } from '../confidence.js';
import { headType } from '../head-nouns.js';
import { draft, isNameLike, phraseAt, spanText } from '../span-tokens.js';
import type { AnalysisContext, SpanRule } from '../span-types.js';

const NATIONALITY_WORDS = new Set(nationalityData.nouns);

/**
 * True for a word naming a nationality: a demonym of the country table ("American") or a noun for a
 * national from the CoreNLP gazetteer ("Swede", "Dutchman"), also in the plural ("Britons", "Frenchmen").
 */
export function isNationalityWord(ctx: AnalysisContext, token: Token): boolean {
  if (lookupPhrase(ctx.knowledge, token.text)?.kind === 'demonym') return true;
  const lower = lowerOf(token);
  const singular = lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lower.replace(/s$/, '');
  return NATIONALITY_WORDS.has(lower) || NATIONALITY_WORDS.has(singular);
}

/**
 * A nationality written before a person's name describes the person and is not part of the name:
 * "American Jane Doe", "Kenyans Evans Rutto and …", "Swede Jonas Bjorkman". The rest must look like a personal name: two or
 * three name-like words, the first not an everyday English word ("Russian Grand Prix", "British Gas
 * Board" stay as they are), no head noun, and not a known name itself ("British Airways").
 */
export const demonymBeforePerson: SpanRule = {
  name: 'demonym-before-person',
  apply({ ctx, tokens, from, to }) {
    if (to - from < 3 || to - from > 4 || !isNationalityWord(ctx, tokens[from]!)) return undefined;
    const rest = tokens.slice(from + 1, to);
    if (!rest.every((t) => isNameLike(ctx, t) || ctx.knowledge.nameParticles.has(lowerOf(t))))
      return undefined;
    const firstClass = wordClass(rest[0]!.text);
    if (firstClass === 'common-noun' || firstClass === 'adjective') return undefined;
    if (headType(ctx, tokens, from, to) !== undefined || phraseAt(ctx, tokens, from, to)?.to === to)
      return undefined;
    if (phraseAt(ctx, tokens, from + 1, to) !== undefined) return undefined;
    const person = draft(ctx, tokens, from, to, {
      name: spanText(ctx, tokens, from + 1, to),
      kind: 'ACTOR',
      type: 'PERSON',
      titles: [tokens[from]!.text],
      confidence: CONFIDENCE.nameShapeGivenName,
      cue: 'demonym-before-person',
    });
    return { mentions: [person], pending: [] };
  },
};
