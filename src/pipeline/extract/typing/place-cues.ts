import type { PlaceType } from '../../../domain.js';
import type { GazetteerPlace } from '../../../knowledge/index.js';
import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import { spanText } from './span-tokens.js';
import type { AnalysisContext } from './span-types.js';

/**
 * A town big enough to be taken without a place cue: 100,000 people in a country the article
 * names, or a million anywhere ("Pop", Uzbekistan, is not a town in a music story).
 */
export function isSizeableTown(ctx: AnalysisContext, place: GazetteerPlace): boolean {
  return place.population >= (ctx.articleCountries.has(place.countryCode) ? 100_000 : 1_000_000);
}

/** The gazetteer's town for a span of up to four words; acronyms are not looked up ("IE" is not a town). */
export function spanPlace(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
): GazetteerPlace | undefined {
  if (to - from > 4 || tokens[from]!.allCaps) return undefined;
  return ctx.gazetteer.lookup(spanText(ctx, tokens, from, to), ctx.articleCountries);
}

/** True after a place preposition, with or without an article: "in Homs", "near the Hague". */
export function afterLocative(ctx: AnalysisContext, tokens: Token[], from: number): boolean {
  const { locativePrepositions, spanCues } = ctx.knowledge;
  const prev = lowerOf(tokens[from - 1]);
  const prev2 = lowerOf(tokens[from - 2]);
  return locativePrepositions.has(prev) || (spanCues.articles.has(prev) && locativePrepositions.has(prev2));
}

/** "province of X" gives a region, "city of X" a city; undefined without such a cue before the name. */
export function placeNounBefore(ctx: AnalysisContext, tokens: Token[], from: number): PlaceType | undefined {
  const { placeCueWords, spanCues } = ctx.knowledge;
  const prev2 = lowerOf(tokens[from - 2]);
  if (lowerOf(tokens[from - 1]) !== 'of' || !placeCueWords.has(prev2)) return undefined;
  return spanCues.regionCueWords.has(prev2) ? 'REGION' : 'CITY';
}

/** The place type a noun after the name gives it: "Deir Ezzor province", "Baalshamin temple". */
export function placeNounAfter(ctx: AnalysisContext, tokens: Token[], to: number): PlaceType | undefined {
  const { siteFollowers, spanCues } = ctx.knowledge;
  const nextLower = lowerOf(tokens[to]);
  return spanCues.placeFollowers.get(nextLower) ?? (siteFollowers.has(nextLower) ? 'SITE' : undefined);
}
