import cueData from '../../../knowledge/data/not-actor-cues.json' with { type: 'json' };
import hostData from '../../../knowledge/data/event-place-context.json' with { type: 'json' };
import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import { CONFIDENCE } from './confidence.js';
import { spanPlace } from './place-cues.js';
import { draft } from './span-tokens.js';
import type { AnalysisContext, DraftMention } from './span-types.js';

/** Last words of a competition's or festival's name ('London Marathon', 'Cannes Film Festival'). */
const HEADS: ReadonlySet<string> = new Set([...cueData.eventHeads, ...hostData.hostedEventHeads]);

/**
 * The town a competition or festival is named after and held in, as a place mention of the words
 * that open its name: 'London' in 'the London Marathon', 'Santa Barbara' in 'the Santa Barbara
 * International Film Festival'. The longest opening of up to four words the gazetteer knows as a
 * town, with at least one word of the name after it; undefined when the name does not end with such a
 * head or opens with no town (a country or a people, 'the US Open', 'the Australian Open', is not
 * where the event was held).
 */
export function hostTown(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
): DraftMention | undefined {
  if (to - from < 2) return undefined;
  const last = lowerOf(tokens[to - 1]);
  const single = last.endsWith('s') ? last.slice(0, -1) : last;
  const lastTwo = `${lowerOf(tokens[to - 2])} ${single}`;
  if (!HEADS.has(last) && !HEADS.has(single) && !HEADS.has(lastTwo)) return undefined;
  for (let end = Math.min(to - 1, from + 4); end > from; end -= 1) {
    if (!spanPlace(ctx, tokens, from, end)) continue;
    return draft(ctx, tokens, from, end, {
      kind: 'PLACE',
      type: 'CITY',
      titles: [],
      confidence: CONFIDENCE.gazetteer,
      cue: 'host-town',
    });
  }
  return undefined;
}
