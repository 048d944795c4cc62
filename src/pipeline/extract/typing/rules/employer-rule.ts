import connectors from '../../../../knowledge/data/typing-connectors.json' with { type: 'json' };
import { lowerOf } from '../../sentence-view.js';
import { CONFIDENCE } from '../confidence.js';
import { headType } from '../head-nouns.js';
import { spanPlace } from '../place-cues.js';
import { draft, isGivenNameWord, isTitleWord } from '../span-tokens.js';
import type { SpanRule } from '../span-types.js';
import { wordClass } from '../../word-classes.js';

const EMPLOYER_CONNECTORS = new Set(connectors.employerConnectors);

/**
 * "a spokesman for DLF Builders", "an analyst with Bank Oyens & Van Eeghen": the name after a
 * lower-case job title and "for"/"with" is the body the person works for, unless it starts like a
 * person's name ("a lawyer for Michael Jackson"), is one word other than an acronym, or is a town.
 */
export const employerAfterTitle: SpanRule = {
  name: 'employer-after-title',
  apply({ ctx, tokens, from, to }) {
    let k = from - 1;
    if (ctx.knowledge.spanCues.articles.has(lowerOf(tokens[k]))) k -= 1;
    const title = tokens[k - 1];
    if (!EMPLOYER_CONNECTORS.has(lowerOf(tokens[k])) || !title || title.capitalised) return undefined;
    if (!isTitleWord(ctx.knowledge, title)) return undefined;
    const first = tokens[from]!;
    if (isGivenNameWord(first) || wordClass(first.text) === 'given-name') return undefined;
    // one word may be a surname ("an actor with DiCaprio") or a town; only an acronym stays
    if (to - from === 1 && !first.allCaps) return undefined;
    if (spanPlace(ctx, tokens, from, to) !== undefined) return undefined;
    const head = headType(ctx, tokens, from, to);
    if (head?.kind === 'PLACE') return undefined;
    const body = draft(ctx, tokens, from, to, {
      kind: 'ACTOR',
      type: head?.type ?? 'ORGANISATION',
      titles: [],
      confidence: CONFIDENCE.descriptor,
      cue: 'employer-after-title',
    });
    return { mentions: [body], pending: [] };
  },
};
