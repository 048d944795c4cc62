import mediaCues from '../../../knowledge/data/media-cues.json' with { type: 'json' };
import orgHeads from '../../../knowledge/data/org-head-nouns.json' with { type: 'json' };
import connectors from '../../../knowledge/data/typing-connectors.json' with { type: 'json' };
import type { ActorType, PlaceType } from '../../../domain.js';
import { lookupPhrase } from '../../../knowledge/index.js';
import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import { wordClass } from '../word-classes.js';
import { isListedGivenName } from './given-names.js';
import { listClassType, pluralDescriptorType } from './list-descriptors.js';
import type { AnalysisContext } from './span-types.js';

const HEAD_CONNECTORS = new Set(connectors.headConnectors);
const LAW_CONNECTORS = new Set(connectors.lawConnectors);
const INDEFINITE_ARTICLES = new Set(connectors.indefiniteArticles);

/** What a head noun makes of a name. */
export type HeadType = { kind: 'ACTOR'; type: ActorType } | { kind: 'PLACE'; type: PlaceType };

const INNER_MEDIA_HEADS = new Set(mediaCues.innerHeads);
const NUMBERED_MEDIA_HEADS = new Set(mediaCues.numberedHeads);
const COMPANY_FOLLOWING = new Set(orgHeads.companyFollowing);
const GROUP_FOLLOWING = new Set(orgHeads.groupFollowing);
const FIRM_PLURALS = new Set(orgHeads.firmPlurals);

/**
 * The type a descriptor noun gives the name written after it: "organisation", "record label", or in
 * the plural ("banks Barclays and HSBC", "analysts Gartner": a plural noun is no one person's title).
 */
export function leadDescriptorType(
  ctx: AnalysisContext,
  word: string,
  sectorWord = '',
): ActorType | undefined {
  const { descriptors } = ctx.knowledge;
  return (
    descriptors.get(`${sectorWord} ${word}`) ??
    descriptors.get(word) ??
    pluralDescriptorType(ctx, word) ??
    (FIRM_PLURALS.has(word) ? 'COMPANY' : undefined)
  );
}

/** Type from a head noun inside the span (last word, last two words, or "<Head> of …"). */
export function headType(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
): HeadType | undefined {
  const { knowledge } = ctx;
  const words = tokens.slice(from, to).map(lowerOf);
  const last = words[words.length - 1] ?? '';
  const lastTwo = words.slice(-2).join(' ');
  if (words.length >= 2 && (knowledge.mediaPhrases.has(lastTwo) || knowledge.mediaHeads.has(last))) {
    return { kind: 'ACTOR', type: 'MEDIA' };
  }
  if (words.length >= 2 && namesABroadcaster(words)) return { kind: 'ACTOR', type: 'MEDIA' };
  const actorLast = knowledge.actorHeads.get(lastTwo) ?? knowledge.actorHeads.get(last);
  if (actorLast && words.length >= 2) return { kind: 'ACTOR', type: actorLast };
  const placeLast = knowledge.placeHeads.get(last);
  if (placeLast && words.length >= 2) return { kind: 'PLACE', type: placeLast };
  // "<Head> of/for …": "Ministry of Defence", "Temple of Bel", "Observatory for Human Rights",
  // "Committee on Standards"
  for (let w = 0; w < words.length - 1; w += 1) {
    const next = words[w + 1];
    if (next === undefined || !HEAD_CONNECTORS.has(next)) continue;
    const head = words[w]!;
    const actor = knowledge.actorHeads.get(head);
    if (actor) return { kind: 'ACTOR', type: actor };
    if (knowledge.mediaHeads.has(head)) return { kind: 'ACTOR', type: 'MEDIA' };
    const place = knowledge.placeHeads.get(head);
    if (place) return { kind: 'PLACE', type: place };
  }
  return undefined;
}

/**
 * A broadcaster named by a head inside its name ("BBC Radio Scotland", "Radio 5 Live") or by a
 * station number after its head ("Channel 4", "BBC Radio 4"), with at most one word after them;
 * "Channel Islands" is not one.
 */
function namesABroadcaster(words: string[]): boolean {
  return words.some((word, i) => {
    const numbered = /^\d{1,2}$/.test(words[i + 1] ?? '');
    // at most one word after the head (and its number): not "BBC Radio 1 DJ Trevor Nelson"
    const rest = words.length - i - 1 - (numbered ? 1 : 0);
    if (rest > 1) return false;
    return (
      (INNER_MEDIA_HEADS.has(word) && i < words.length - 1) || (NUMBERED_MEDIA_HEADS.has(word) && numbered)
    );
  });
}

/** True when the span's head is a law or treaty: its last word, or the word before "on"/"of". */
export function namesALaw(ctx: AnalysisContext, tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const { lawHeads } = ctx.knowledge;
  if (lawHeads.has(lowerOf(tokens[to - 1]))) return true;
  for (let t = from + 1; t < to - 1; t += 1) {
    const word = lowerOf(tokens[t + 1]);
    if (LAW_CONNECTORS.has(word) && lawHeads.has(lowerOf(tokens[t]))) return true;
  }
  return false;
}

/** An opening comma or dash of an apposition after a name. */
const APPOSITION_OPENERS = new Set([',', '-', '–', '—']);

/** A possessor inside a descriptor ("the Netherlands' largest bank", "Britain's biggest union"). */
function possessor(tokens: Token[], t: number): boolean {
  const token = tokens[t]!;
  if (!token.word) return /^['’]$/.test(token.text) && tokens[t - 1]?.capitalised === true;
  return token.capitalised && (token.possessive || /^['’]$/.test(tokens[t + 1]?.text ?? ''));
}

/**
 * The type a descriptor noun gives a name: written right before it ("the human rights organisation
 * Redress", "the newspaper Le Monde") or ending an apposition after it ("Care International, the aid
 * agency she works for"), but not a descriptor inside a longer noun ("the party leader").
 */
export function descriptorType(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
): ActorType | undefined {
  const { descriptors, spanCues } = ctx.knowledge;
  const before = tokens[from - 1];
  if (before?.word && !before.capitalised && !before.possessive) {
    // "the UK food group Vestey": a sector noun before the descriptor makes it a firm
    const type = leadDescriptorType(ctx, lowerOf(before), lowerOf(tokens[from - 2]));
    if (type) return type;
  }
  // "the Anatolia news agency", "the Guardian newspaper", "the Nationwide building society": an
  // outlet's or a firm's noun right after the name; not after "a" ("a London newspaper" is one from London)
  const indefinite = INDEFINITE_ARTICLES.has(lowerOf(before));
  for (let n = 1; n <= 3 && !indefinite; n += 1) {
    const after = tokens.slice(to, to + n);
    if (after.length < n || after.some((t) => !t.word || t.capitalised)) break;
    if (ctx.knowledge.mediaFollowing.has(after.map(lowerOf).join(' '))) return 'MEDIA';
    if (COMPANY_FOLLOWING.has(after.map(lowerOf).join(' '))) return 'COMPANY';
  }
  const next = tokens[to];
  // "a former Hells Angels member"; a lone word ("Committee members", "Cabinet members") is no name
  if (to - from >= 2 && next?.word && !next.capitalised && GROUP_FOLLOWING.has(lowerOf(next)))
    return 'ORGANISATION';
  const listed = listClassType(ctx, tokens, from, to);
  if (listed) return listed;
  // "X, the aid agency", "X - an international real estate company -", "X, the Netherlands' largest bank"
  if (!APPOSITION_OPENERS.has(tokens[to]?.text ?? '') || !spanCues.articles.has(lowerOf(tokens[to + 1])))
    return undefined;
  for (let t = to + 2; t < Math.min(tokens.length, to + 8); t += 1) {
    const token = tokens[t]!;
    if (possessor(tokens, t)) continue;
    if (!token.word || token.capitalised) return undefined;
    const type = descriptors.get(lowerOf(token));
    if (type === undefined) continue;
    const next = tokens[t + 1];
    if (next === undefined || !next.word || spanCues.appositionEnders.has(lowerOf(next))) return type;
  }
  return undefined;
}

/**
 * An unknown name shaped like an organisation rather than a person: its first word is not a given
 * name and its last word is an everyday English word ("Care International", "Waverley Line").
 * Surnames that are also words keep a person reading when a given name leads ("Vincent Cable").
 * An ampersand ("Marsh & McLennan") or a leading nationality ("Swiss Re") also marks an organisation.
 */
export function organisationShaped(ctx: AnalysisContext, tokens: Token[], from: number, to: number): boolean {
  // "Marsh & McLennan": people are not named with an ampersand
  if (tokens.slice(from, to).some((t) => t.text === '&')) return true;
  const words = tokens.slice(from, to).filter((t) => t.word && !ctx.knowledge.nameParticles.has(lowerOf(t)));
  if (words.length < 2) return false;
  // "Swiss Re", "Japan Tobacco": a nationality or country leading an unknown name marks a firm or body
  const lead = lookupPhrase(ctx.knowledge, words[0]!.text);
  if (lead?.kind === 'demonym' || lead?.kind === 'country') return true;
  const firstClass = wordClass(words[0]!.text);
  if (firstClass === 'given-name' || firstClass === 'surname' || isListedGivenName(words[0]!.text))
    return false;
  const lastClass = wordClass(words[words.length - 1]!.text);
  return lastClass === 'common-noun' || lastClass === 'adjective';
}
