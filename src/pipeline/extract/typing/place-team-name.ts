import typing from '../../../knowledge/data/backbone-typing.json' with { type: 'json' };
import cues from '../../../knowledge/data/sports-team-cues.json' with { type: 'json' };
import { lookupPhrase } from '../../../knowledge/index.js';
import type { Token } from '../tokenize.js';
import { lowerOf } from '../sentence-view.js';
import { wordClass } from '../word-classes.js';
import { isListedGivenName } from './given-names.js';
import { articleGenre, readsAsMatchReport } from './article-genre.js';
import { hasScore, sportySentence } from './match-cues.js';
import { spanPlace } from './place-cues.js';
import type { AnalysisContext } from './span-types.js';

const SPORTS_WORDS = new Set(typing.sportsWords);
const BUSINESS_WORDS = new Set(typing.businessWords);
const PLURAL_SPELLINGS = new Set(cues.placeTeamNames.pluralSpellings);
const NOT_TEAM_PLURALS = new Set(cues.placeTeamNames.notTeamPlurals);
/** Words a town may take before its club's nickname: "St. Louis", "Kansas City", "New York". */
const MAX_PLACE_WORDS = 3;

const sportsArticles = new WeakMap<AnalysisContext, boolean>();

/**
 * True when the article reads as sport: a match report, a score, or more sports words (of two
 * kinds at least) than business words.
 */
function sportsArticle(ctx: AnalysisContext): boolean {
  let sports = sportsArticles.get(ctx);
  if (sports === undefined) {
    const genre = articleGenre(ctx.text, SPORTS_WORDS, BUSINESS_WORDS);
    sports =
      readsAsMatchReport(genre) ||
      hasScore(ctx.text) ||
      (genre.sportsDistinct >= 2 && genre.sports > genre.business);
    sportsArticles.set(ctx, sports);
  }
  return sports;
}

/** A capitalised plural that is no surname ("Texans", "Orioles", "Sox"; not "Jones" or "Islands"). */
function pluralNickname(word: string): boolean {
  if (PLURAL_SPELLINGS.has(word)) return true;
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(word) || /(?:ss|us|is)$/.test(word)) return false;
  if (NOT_TEAM_PLURALS.has(word.toLowerCase())) return false;
  const cls = wordClass(word);
  return cls !== 'surname' && cls !== 'given-name';
}

function isPlace(ctx: AnalysisContext, tokens: Token[], from: number, to: number): boolean {
  const text = ctx.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const hit = lookupPhrase(ctx.knowledge, text);
  if (hit !== undefined) return hit.kind === 'country' || hit.kind === 'region';
  return spanPlace(ctx, tokens, from, to) !== undefined;
}

/**
 * True when the name is a town's name and a plural nickname, in an article or sentence about
 * sport: "Houston Texans", "St. Louis Cardinals", "Boston Red Sox" (one more capitalised word may
 * stand before the plural). Not when the first word is a common given name ("Barry Bonds"), nor,
 * without "the" before it, a listed one ("Milan Baros").
 */
export function placeTeamName(ctx: AnalysisContext, tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (last === undefined || to - from < 2 || !pluralNickname(last.text)) return false;
  // "Barry Bonds", "Albert Pujols": a common given name first is a person, though towns bear it too
  const first = tokens[from]!.text;
  if (wordClass(first) === 'given-name') return false;
  // "Milan Baros": a town that is also a listed given name needs the article a club takes ("the Houston Astros")
  if (isListedGivenName(first) && lowerOf(tokens[from - 1]) !== 'the') return false;
  let placeEnd = -1;
  for (let end = from + 1; end <= Math.min(to - 1, from + MAX_PLACE_WORDS); end += 1)
    if (isPlace(ctx, tokens, from, end)) placeEnd = end;
  if (placeEnd < 0) return false;
  const nickname = tokens.slice(placeEnd, to).filter((t) => t.word);
  if (nickname.length > 2 || !nickname.every((t) => t.capitalised)) return false;
  return sportsArticle(ctx) || sportySentence(ctx.text, tokens[from]!.start, last.end);
}
