import { lookupPhrase } from '../../../../knowledge/index.js';
import { lowerOf } from '../../sentence-view.js';
import { wordClass } from '../../word-classes.js';
import { CONFIDENCE } from '../confidence.js';
import { headType } from '../head-nouns.js';
import { draft, isNameLike, phraseAt, spanText } from '../span-tokens.js';
import type { SpanRule } from '../span-types.js';

/**
 * A nationality written before a person's name describes the person and is not part of the name:
 * "American Jane Doe", "Kenyans Evans Rutto and …". The rest must look like a personal name: two or
 * three name-like words, the first not an everyday English word ("Russian Grand Prix", "British Gas
 * Board" stay as they are), no head noun, and not a known name itself ("British Airways").
 */
export const demonymBeforePerson: SpanRule = {
  name: 'demonym-before-person',
  apply({ ctx, tokens, from, to }) {
    const lead = lookupPhrase(ctx.knowledge, tokens[from]!.text);
    if (lead?.kind !== 'demonym' || to - from < 3 || to - from > 4) return undefined;
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
