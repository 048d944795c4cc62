import type { CandidateHint } from '../candidates.js';
import type { Token } from '../tokenize.js';
import { CONFIDENCE } from './confidence.js';
import { draft } from './span-tokens.js';
import type { AnalysisContext, DraftMention } from './span-types.js';

/**
 * The NLP tagger's reading of a span no rule could type: a person, a place (a town when the
 * gazetteer knows it) or an organisation.
 */
export function hintedMention(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
  hint: CandidateHint,
  inGazetteer: boolean,
): DraftMention {
  if (hint === 'PERSON') {
    return draft(ctx, tokens, from, to, {
      kind: 'ACTOR',
      type: 'PERSON',
      titles: [],
      confidence: CONFIDENCE.nlpPerson,
      cue: 'nlp-person',
    });
  }
  if (hint === 'PLACE') {
    return draft(ctx, tokens, from, to, {
      kind: 'PLACE',
      type: inGazetteer ? 'CITY' : 'OTHER',
      titles: [],
      confidence: CONFIDENCE.nlpPlace,
      cue: 'nlp-place',
    });
  }
  return draft(ctx, tokens, from, to, {
    kind: 'ACTOR',
    type: 'ORGANISATION',
    titles: [],
    confidence: CONFIDENCE.nlpOrganisation,
    cue: 'nlp-organisation',
  });
}
