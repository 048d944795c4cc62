import titleData from '../../../knowledge/data/person-titles.json' with { type: 'json' };
import nonEntityData from '../../../knowledge/data/non-entities.json' with { type: 'json' };
import type { Knowledge, LexiconHit } from '../../../knowledge/index.js';
import { lookupPhrase } from '../../../knowledge/index.js';
import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import type { AnalysisContext, DraftMention } from './span-types.js';

/** The article text from token `from` to the end of token `to - 1`. */
export function spanText(ctx: AnalysisContext, tokens: Token[], from: number, to: number): string {
  return ctx.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** "Ten-year-old" opening a name: an age compound stands before it like a title. */
const AGE_COMPOUND = new RegExp(`^[\\p{L}\\d]+-(?:${titleData.ageUnits.join('|')})s?-old$`, 'u');

/** Words that are also given names ('Bill', 'May'), from `data/non-entities.json`. */
const GIVEN_NAME_WORDS = new Set(nonEntityData.givenNames);

/** True for a capitalised word that is also a given name ("Bill", "Will"): it may begin a person's name. */
export function isGivenNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.word && token.capitalised && GIVEN_NAME_WORDS.has(lowerOf(token));
}

/** True when the token is a person's title or its abbreviation ("President", "Gen."). */
export function isTitleWord(knowledge: Knowledge, token: Token | undefined): boolean {
  if (token === undefined || !token.word) return false;
  const lower = lowerOf(token).replace(/\.$/, '');
  if (knowledge.titles.has(lower) || knowledge.titleAbbreviations.has(lower)) return true;
  if (token.capitalised && AGE_COMPOUND.test(lower)) return true;
  // a plural title before two names: "Producers Jane Doe and John Roe"
  return lower.length > 4 && lower.endsWith('s') && knowledge.titles.has(lower.slice(0, -1));
}

/** Longest known phrase starting at token `from` and ending by `limit`, as [end, hit]. */
export function phraseAt(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  limit: number,
): { to: number; hit: LexiconHit } | undefined {
  const max = Math.min(limit, from + ctx.knowledge.maxPhraseTokens);
  for (let to = max; to > from; to -= 1) {
    const last = tokens[to - 1]!;
    if (!last.word) continue;
    const text = spanText(ctx, tokens, from, to);
    if (!/\p{Lu}/u.test(text)) continue;
    const hit = lookupPhrase(ctx.knowledge, text);
    if (hit) return { to, hit };
  }
  return undefined;
}

/** A generational suffix written after a personal name ("Jr", "Jr.", "II"). */
export function isNameSuffix(ctx: AnalysisContext, token: Token | undefined): boolean {
  return token !== undefined && ctx.knowledge.nameSuffixes.has(lowerOf(token).replace(/\.$/, ''));
}

/**
 * A capitalised word that can be part of a proper name: not all capitals, no digits, not a function
 * word and not a head noun ("Ministry", "Province", "Times").
 */
export function isNameLike(ctx: AnalysisContext, token: Token): boolean {
  const lower = lowerOf(token);
  return (
    token.word &&
    token.capitalised &&
    !token.allCaps &&
    !ctx.knowledge.nonEntities.has(lower) &&
    !ctx.knowledge.actorHeads.has(lower) &&
    !ctx.knowledge.placeHeads.has(lower) &&
    !ctx.knowledge.mediaHeads.has(lower) &&
    !/\d/.test(token.text)
  );
}

/** A draft mention over tokens[from..to), named by its text unless `fields.name` says otherwise. */
export function draft(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
  fields: Omit<DraftMention, 'start' | 'end' | 'name'> & { name?: string },
): DraftMention {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, name: fields.name ?? ctx.text.slice(start, end), ...fields };
}
