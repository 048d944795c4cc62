import cueData from '../../../knowledge/data/not-actor-cues.json' with { type: 'json' };
import { lookupPhrase } from '../../../knowledge/index.js';
import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import { wordClass } from '../word-classes.js';
import { spanPlace } from './place-cues.js';
import type { AnalysisContext } from './span-types.js';

const WORK_NOUNS = new Set(cueData.workNouns);
const ROLE_WORDS = new Set(cueData.roleWords);
const LIST_OPENERS = cueData.listOpeners.map((p) => p.split(' '));
const LIST_VERBS = new Set(cueData.listVerbs);
/** How many words before a list verb the work noun heading its subject may stand. */
const SUBJECT_REACH = 6;
const EVENT_HEADS = new Set(cueData.eventHeads);
const PRODUCT_HEADS = new Set(cueData.productHeads);
/** Tokens that may sit between the titles of a list ("X, Y and Z", "Romeo and Juliet", "Gangs of New York"). */
const LIST_GLUE = new Set(cueData.listGlue);
/** Words after which a work noun is no longer the head of the description ('the maker of games'). */
const APPOSITION_STOPS = new Set(cueData.appositionStops);
const CHARACTER_CUES = cueData.characterCues.map((p) => p.split(' '));
const QUOTES = /^["“”‘’']$/;

function endsWith(tokens: Token[], end: number, words: string[]): boolean {
  return words.every((w, i) => lowerOf(tokens[end - words.length + i]) === w);
}

/** True when a work cue ends at token `end - 1`: "the film", "roles in", "games such as". */
function cueEndsAt(tokens: Token[], end: number): boolean {
  let k = end;
  while (k > 0 && QUOTES.test(tokens[k - 1]!.text)) k -= 1;
  if (WORK_NOUNS.has(lowerOf(tokens[k - 1]))) return true;
  if (CHARACTER_CUES.some((cue) => endsWith(tokens, k, cue))) return true;
  if (lowerOf(tokens[k - 1]) === 'in' && ROLE_WORDS.has(lowerOf(tokens[k - 2]))) return true;
  for (const opener of LIST_OPENERS) {
    if (endsWith(tokens, k, opener) && WORK_NOUNS.has(lowerOf(tokens[k - opener.length - 1]))) return true;
  }
  return LIST_VERBS.has(lowerOf(tokens[k - 1])) && workSubject(tokens, k - 1);
}

/** True when a work noun heads the subject that ends before the verb at `verb` ("the 24 games for the console"). */
function workSubject(tokens: Token[], verb: number): boolean {
  for (let t = verb - 1; t >= 0 && verb - t <= SUBJECT_REACH; t -= 1) {
    const token = tokens[t]!;
    if (!token.word) return false;
    if (WORK_NOUNS.has(lowerOf(token))) return true;
  }
  return false;
}

/**
 * True when tokens[from..) is the title of a work: a work cue right before it ("the 1943 film The
 * Outlaw"), or before the first title of the list it belongs to ("roles in Titanic, Romeo and Juliet and
 * Gangs of New York", "games such as Knights of the Old Republic and Neverwinter Nights").
 */
export function afterWorkCue(tokens: Token[], from: number): boolean {
  if (cueEndsAt(tokens, from)) return true;
  for (let k = from - 1; k > 0 && from - k <= 24; k -= 1) {
    const token = tokens[k]!;
    const glue = LIST_GLUE.has(lowerOf(token));
    if (!glue && !(token.word && token.capitalised)) return false;
    if (token.word && token.capitalised && cueEndsAt(tokens, k)) return true;
  }
  return false;
}

/**
 * True when the name is said to be a work right after it: "X is the next Bond movie", "X, the first
 * James Bond book, …" — a copula or a comma, then up to six words ending in a work noun that closes
 * the phrase.
 */
export function describedAsWork(tokens: Token[], to: number): boolean {
  const link = lowerOf(tokens[to]);
  if (link !== 'is' && link !== 'was' && link !== ',') return false;
  for (let t = to + 1; t < Math.min(tokens.length, to + 8); t += 1) {
    const token = tokens[t]!;
    if (!token.word || APPOSITION_STOPS.has(lowerOf(token))) return false;
    if (!WORK_NOUNS.has(lowerOf(token))) continue;
    const next = tokens[t + 1];
    return next === undefined || !next.word || next.text === 'by';
  }
  return false;
}

/** True for a competition named after its place: "London Marathon", "Australian Open", "Milan Indoors". */
export function placeEvent(ctx: AnalysisContext, tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const last = lowerOf(tokens[to - 1]);
  const lastTwo = `${lowerOf(tokens[to - 2])} ${last}`;
  // "the US and Australian Opens": a plural head names the events of several places
  const single = last.endsWith('s') ? last.slice(0, -1) : last;
  const headLength = EVENT_HEADS.has(lastTwo) ? 2 : EVENT_HEADS.has(last) || EVENT_HEADS.has(single) ? 1 : 0;
  if (headLength === 0 || to - headLength <= from) return false;
  const placeTo = to - headLength;
  const hit = lookupPhrase(ctx.knowledge, ctx.text.slice(tokens[from]!.start, tokens[placeTo - 1]!.end));
  if (hit && (hit.kind === 'country' || hit.kind === 'demonym' || hit.kind === 'region')) return true;
  return spanPlace(ctx, tokens, from, placeTo) !== undefined;
}

/** True for software or a device: "Media Player", "Windows Messenger"; not "Gary Player". */
export function productName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !PRODUCT_HEADS.has(lowerOf(tokens[to - 1]))) return false;
  return wordClass(tokens[from]!.text) !== 'given-name';
}

/** True when a name CoreNLP proposes ends like an event or product ("New York Marathon"). */
export function endsLikeEventOrProduct(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && (EVENT_HEADS.has(last) || PRODUCT_HEADS.has(last));
}

/**
 * The same test on plain text, for names found by other means (the backbone's entities): a work cue
 * within the 120 characters before `start`, with only titles of a list between ("games such as
 * Knights of the Old Republic and Neverwinter Nights").
 */
export function textAfterWorkCue(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const words = before.match(/[\p{L}\d'’-]+|[,"“”‘’]/gu) ?? [];
  const tokens = words.map((w, i) => ({
    text: w,
    word: /\p{L}/u.test(w),
    capitalised: /^\p{Lu}/u.test(w),
    start: i,
    end: i,
  })) as unknown as Token[];
  return afterWorkCue(tokens, tokens.length);
}
