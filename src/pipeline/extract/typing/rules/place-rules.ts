import { CONFIDENCE } from '../confidence.js';
import { afterLocative, isSizeableTown, placeNounAfter, placeNounBefore, spanPlace } from '../place-cues.js';
import { draft, isNameLike } from '../span-tokens.js';
import type { SpanRule } from '../span-types.js';
import { hasSpeechCue } from '../titles.js';
import { lowerOf } from '../../sentence-view.js';

/** "city of X", "province of X": a town or a region. */
export const placeNounOf: SpanRule = {
  name: 'place-noun-of',
  apply({ ctx, tokens, from, to }) {
    const type = placeNounBefore(ctx, tokens, from);
    if (type === undefined || to - from > 4) return undefined;
    const place = draft(ctx, tokens, from, to, {
      kind: 'PLACE',
      type,
      titles: [],
      confidence: CONFIDENCE.placeNounOf,
      cue: 'place-noun-of',
    });
    return { mentions: [place], pending: [] };
  },
};

/**
 * "X province", "X village", "X temple": a place named before its noun. A site keeps its noun
 * ("Baalshamin temple"); a town or province does not ("Deir Ezzor provinces").
 */
export const placeNounAfterName: SpanRule = {
  name: 'place-noun-after',
  apply({ ctx, tokens, from, to }) {
    const { knowledge } = ctx;
    const follower = placeNounAfter(ctx, tokens, to);
    if (!follower || tokens[to]!.capitalised || tokens[to - 1]!.possessive || to - from > 4) return undefined;
    const nameLike = tokens
      .slice(from, to)
      .every((t) => isNameLike(ctx, t) || knowledge.nameParticles.has(lowerOf(t)));
    const adjective = to - from === 1 && knowledge.spanCues.adjectiveEnding.test(tokens[from]!.text);
    if (!nameLike || adjective) return undefined;
    const through = follower === 'SITE' ? to + 1 : to;
    const place = draft(ctx, tokens, from, through, {
      kind: 'PLACE',
      type: follower,
      titles: [],
      confidence: CONFIDENCE.placeNounAfter,
      cue: 'place-noun-after',
    });
    return { mentions: [place], pending: [] };
  },
};

/**
 * A town the gazetteer knows, after a place preposition ("in Homs"), or without one when it is
 * sizeable and the name is not a sentence opener or a heading word; never the speaker of a verb.
 */
export const gazetteerTown: SpanRule = {
  name: 'gazetteer',
  apply({ ctx, view, tokens, from, to }) {
    const place = spanPlace(ctx, tokens, from, to);
    if (!place) return undefined;
    const locative = afterLocative(ctx, tokens, from);
    // "Police in Ostmere said": after a place preposition a town stays a town before a speech verb
    if (!locative && hasSpeechCue(ctx, tokens, from, to)) return undefined;
    const plain = !tokens[from]!.initial && !view.titleCase && isSizeableTown(ctx, place);
    if (!locative && !plain) return undefined;
    const town = draft(ctx, tokens, from, to, {
      kind: 'PLACE',
      type: 'CITY',
      titles: [],
      confidence: locative ? CONFIDENCE.gazetteerLocative : CONFIDENCE.gazetteer,
      cue: locative ? 'gazetteer-locative' : 'gazetteer',
    });
    return { mentions: [town], pending: [] };
  },
};
