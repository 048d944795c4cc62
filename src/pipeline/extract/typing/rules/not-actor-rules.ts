import { afterWorkCue, describedAsWork, placeEvent, productName } from '../not-actor-cues.js';
import { hostTown } from '../host-town.js';
import { isTitleWord, spanText } from '../span-tokens.js';
import type { SpanRule } from '../span-types.js';

/**
 * Names that are not actors, dropped before any rule types them: titles of works ("the film The
 * Outlaw", "X is the next Bond movie"), competitions named after a place ("London Marathon") and
 * products ("Media Player"). A work's title is reported, so its other mentions in the article go too.
 */
export const notAnActor: SpanRule = {
  name: 'not-an-actor',
  apply({ ctx, tokens, from, to }) {
    // 'the Today programme Mr Johnson was asked': a name after a personal title is a person's, never a work's.
    const titled = isTitleWord(ctx.knowledge, tokens[from]) || isTitleWord(ctx.knowledge, tokens[from - 1]);
    if (!titled && (afterWorkCue(tokens, from) || describedAsWork(tokens, to))) {
      return { mentions: [], pending: [], notActors: [spanText(ctx, tokens, from, to)] };
    }
    // 'the London Marathon': the competition is no actor, the town it is named after is its place.
    const host = hostTown(ctx, tokens, from, to);
    if (host || placeEvent(ctx, tokens, from, to) || productName(tokens, from, to))
      return { mentions: host ? [host] : [], pending: [] };
    return undefined;
  },
};
