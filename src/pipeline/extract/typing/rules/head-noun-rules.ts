import { CONFIDENCE } from '../confidence.js';
import { descriptorType, headType, leadDescriptorType } from '../head-nouns.js';
import type { HeadType } from '../head-nouns.js';
import { lowerOf } from '../../sentence-view.js';
import type { Token } from '../../tokenize.js';
import type { AnalysisContext } from '../span-types.js';
import { draft, phraseAt } from '../span-tokens.js';
import type { SpanRule } from '../span-types.js';

/**
 * "told The Observer", "The Times said": a newspaper's one-word title after a capital "The", which
 * only titles keep; "the Treasury said": a government head capitalised alone after "the" names the body.
 */
function titledOutlet(ctx: AnalysisContext, tokens: Token[], from: number, to: number): HeadType | undefined {
  const the = tokens[from - 1];
  if (to - from !== 1 || lowerOf(the) !== 'the' || !tokens[from]!.capitalised) return undefined;
  const word = lowerOf(tokens[from]);
  if (ctx.knowledge.bodiesNamedAlone.has(word)) return { kind: 'ACTOR', type: 'GOVERNMENT_BODY' };
  if (the?.text !== 'The') return undefined;
  return ctx.knowledge.mediaHeads.has(word) ? { kind: 'ACTOR', type: 'MEDIA' } : undefined;
}

/** Head nouns: "Russian Defense Ministry", "Temple of Bel", "New Palmyra Project", "Irish Times". */
export const headNoun: SpanRule = {
  name: 'head-noun',
  apply({ ctx, tokens, from, to }) {
    const head = headType(ctx, tokens, from, to) ?? titledOutlet(ctx, tokens, from, to);
    if (!head) return undefined;
    const mention = draft(ctx, tokens, from, to, {
      kind: head.kind,
      type: head.type,
      titles: [],
      confidence: CONFIDENCE.headNoun,
      cue: 'head-noun',
    });
    return { mentions: [mention], pending: [] };
  },
};

/** A descriptor noun: "the human rights organisation Redress", "Care International, the aid agency she works for". */
export const descriptor: SpanRule = {
  name: 'descriptor',
  apply({ ctx, tokens, from, to }) {
    const described = descriptorType(ctx, tokens, from, to);
    if (!described || !tokens.slice(from, to).every((t) => t.capitalised || !t.word)) return undefined;
    const mention = draft(ctx, tokens, from, to, {
      kind: 'ACTOR',
      type: described,
      titles: [],
      confidence: CONFIDENCE.descriptor,
      cue: 'descriptor',
    });
    return { mentions: [mention], pending: [] };
  },
};

/**
 * A plural descriptor capitalised only because it opens the sentence: "Bookmakers William Hill cut the
 * odds", "Analysts Gartner said". The name after it is typed by the descriptor, or by the tables when
 * they know it. Singular descriptors begin names too often to be split off ("Network Rail", "Union
 * Investment").
 */
export const openingPluralDescriptor: SpanRule = {
  name: 'opening-plural-descriptor',
  apply({ ctx, tokens, from, to, analyse }) {
    if (to - from < 2 || tokens.slice(0, from).some((t) => t.word)) return undefined;
    const word = lowerOf(tokens[from]);
    // a singular descriptor is left alone; what remains is a plural one or a profession's plural
    const type = ctx.knowledge.descriptors.has(word) ? undefined : leadDescriptorType(ctx, word);
    if (type === undefined || phraseAt(ctx, tokens, from, to)?.to === to) return undefined;
    const known = phraseAt(ctx, tokens, from + 1, to);
    if (known?.to === to) return analyse({ from: from + 1, to, continuation: true });
    const mention = draft(ctx, tokens, from + 1, to, {
      kind: 'ACTOR',
      type,
      titles: [],
      confidence: CONFIDENCE.descriptor,
      cue: 'opening-plural-descriptor',
    });
    return { mentions: [mention], pending: [] };
  },
};
