import type { ActorType, PlaceType } from '../../domain.js';
import type { CandidateHint, CandidateSpan } from './candidates.js';
import type { Gazetteer, GazetteerPlace } from '../../knowledge/index.js';
import { lookupPhrase } from '../../knowledge/index.js';
import type { CountryEntry, Knowledge, LexiconHit } from '../../knowledge/index.js';
import { lowerOf } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';
import type { Token } from './tokenize.js';
import { wordClass } from './word-classes.js';

/** A typed mention before evidence is attached. Offsets are into the article text. */
export interface DraftMention {
  start: number;
  end: number;
  name: string;
  kind: 'ACTOR' | 'PLACE';
  type: ActorType | PlaceType;
  titles: string[];
  viaDemonym?: string;
  confidence: number;
  /** Which cue typed it (kept for debugging and tests). */
  cue: string;
  /** Part of a pair of mentions that may overlap ("US" inside "US-led coalition"). */
  nested?: boolean;
}

/** An untyped single capitalised word, kept until the whole article has been read. */
export interface PendingWord {
  start: number;
  end: number;
  text: string;
  initial: boolean;
  hint?: CandidateHint;
}

/** What span analysis needs besides the sentence. */
export interface AnalysisContext {
  text: string;
  knowledge: Knowledge;
  gazetteer: Gazetteer;
  /** Countries named anywhere in the article (alpha-2), to prefer their towns. */
  articleCountries: ReadonlySet<string>;
}

/** Result of analysing one candidate span. */
export interface SpanAnalysis {
  mentions: DraftMention[];
  pending: PendingWord[];
}

const ARTICLES = new Set(['the', 'a', 'an']);
const CLAUSE_OPENERS = new Set([
  'when',
  'while',
  'as',
  'that',
  'after',
  'before',
  'because',
  'since',
  'if',
  'but',
  ',',
  'although',
  'though',
  'where',
  'until',
]);
const ADJECTIVE_ENDING = /(?:ian|ean|ese|ish|ic|ist)$/;
const TITLE_MODIFIERS = new Set([
  'former',
  'deputy',
  'acting',
  'senior',
  'top',
  'chief',
  'then',
  'late',
  'vice',
]);
const HYPHEN_SUFFIXES =
  /^(?:led|backed|based|born|made|funded|owned|run|sponsored|allied|supported|trained|brokered|controlled|held|linked|affiliated|friendly)$/;
const PLACE_FOLLOWERS: Record<string, PlaceType> = {
  province: 'REGION',
  provinces: 'REGION',
  governorate: 'REGION',
  region: 'REGION',
  district: 'REGION',
  county: 'REGION',
  city: 'CITY',
  town: 'CITY',
  village: 'CITY',
};

function spanText(ctx: AnalysisContext, tokens: Token[], from: number, to: number): string {
  return ctx.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

function isTitleWord(knowledge: Knowledge, token: Token | undefined): boolean {
  if (token === undefined || !token.word) return false;
  const lower = lowerOf(token).replace(/\.$/, '');
  return knowledge.titles.has(lower) || knowledge.titleAbbreviations.has(lower);
}

/** Longest known phrase starting at token `from` and ending by `limit`, as [end, hit]. */
function phraseAt(
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

/** The demonym used to name a country's bodies ("Syrian Armed Forces"). */
function demonymOf(entry: CountryEntry): string {
  return entry.demonyms[0] ?? entry.name;
}

/**
 * Reads the nouns after a nationality word or country name and says what the phrase stands for:
 * an institution of the state ("Syrian [army]", "Russian [Defense Ministry]", "Russian [Air Force]"),
 * the state itself acting ("Russian [airstrikes]", "Syrian [forces]", "the Syrian [government]"), or
 * nothing ("Syrian [President]", "the Syrian [desert]"). "Syrian and Russian forces" gives "forces" to both.
 */
function nounsAfter(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  capitalisedTo: number,
  titleCase = false,
): { kind: 'body'; suffix: string; to: number } | { kind: 'state'; to: number } | { kind: 'none' } {
  let k = from;
  let coordinated = false;
  for (let hops = 0; hops < 2; hops += 1) {
    const joiner = lowerOf(tokens[k]);
    if ((joiner === 'and' || joiner === 'or' || joiner === ',') && tokens[k + 1]?.capitalised) {
      const next = phraseAt(ctx, tokens, k + 1, tokens.length);
      if (next && (next.hit.kind === 'demonym' || next.hit.kind === 'country')) {
        k = next.to;
        coordinated = true;
        continue;
      }
    }
    break;
  }
  const words: Token[] = [];
  for (let t = k; t < tokens.length && words.length < 3; t += 1) {
    const token = tokens[t]!;
    if (!token.word) break;
    // a capitalised word after the span starts another name
    if (token.capitalised && t >= capitalisedTo && !coordinated && !titleCase) break;
    words.push(token);
  }
  const { bodyNouns, stateNouns, capitalisedOnlyBodyNouns } = ctx.knowledge;
  for (let n = words.length; n > 0; n -= 1) {
    const phrase = words.slice(0, n).map(lowerOf).join(' ');
    const end = coordinated ? from : k + n;
    const body = bodyNouns.get(phrase);
    const capitalised = !titleCase && words.slice(0, n).every((w) => w.capitalised);
    if (body !== undefined && (!capitalisedOnlyBodyNouns.has(phrase) || capitalised)) {
      // "an Iraqi police commissioner": a lower-case body before a title describes the person
      const after = tokens[k + n];
      if (!capitalised && after?.word && !after.capitalised && isTitleWord(ctx.knowledge, after)) {
        return { kind: 'none' };
      }
      return body === null ? { kind: 'none' } : { kind: 'body', suffix: body, to: end };
    }
    if (stateNouns.has(phrase)) return { kind: 'state', to: end };
  }
  return { kind: 'none' };
}

const COALITION_NOUNS = new Set(['coalition', 'alliance']);
const DESCRIPTIVE_MODIFIERS = new Set([
  'main',
  'leading',
  'only',
  'other',
  'former',
  'new',
  'own',
  'top',
  'major',
]);

/**
 * "<country>'s <lower-case words ending in an organisation head noun>": an institution of that country
 * ("Syria's general command", "Russia's defence ministry"), named "<demonym> <Head Words>", not the
 * country itself. Generic nouns that stand for the state ("Syria's government", "Russia's forces") and
 * place nouns ("Syria's civil war") are left to the country rules.
 */
function possessiveBody(
  ctx: AnalysisContext,
  tokens: Token[],
  countryTo: number,
  entry: CountryEntry,
): DraftMention | undefined {
  const owner = tokens[countryTo - 1]!;
  if (!owner.possessive) return undefined;
  const words: Token[] = [];
  for (let t = countryTo; t < tokens.length && words.length < 3; t += 1) {
    const token = tokens[t]!;
    if (!token.word || token.capitalised) break;
    // "Britain's biggest union", "Syria's main opposition party": a description, not a name
    if (/est$/.test(lowerOf(token)) || DESCRIPTIVE_MODIFIERS.has(lowerOf(token))) return undefined;
    words.push(token);
  }
  for (let n = words.length; n > 0; n -= 1) {
    const phrase = words.slice(0, n).map(lowerOf);
    const head = phrase[phrase.length - 1]!;
    const type = ctx.knowledge.actorHeads.get(head);
    if (type === undefined || type === 'PERSON' || type === 'STATE') continue;
    if (ctx.knowledge.stateNouns.has(phrase.join(' ')) || ctx.knowledge.stateNouns.has(head))
      return undefined;
    const start = tokens[countryTo - 1]!.start;
    const end = words[n - 1]!.end;
    const title = phrase.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    return {
      start,
      end,
      name: `${demonymOf(entry)} ${title}`,
      kind: 'ACTOR',
      type,
      titles: [],
      confidence: 0.7,
      cue: 'possessive-body',
    };
  }
  return undefined;
}

/** "US-led coalition" / "U.S.-led coalition": the coalition is an actor of its own, besides the state. */
function ledCoalition(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  afterPrefix: number,
): DraftMention | undefined {
  let k = afterPrefix;
  if (tokens[k]?.text === '-') k += 1;
  const head = tokens[from]!;
  const suffixIsLed = k === afterPrefix ? /-led$/i.test(head.text) : lowerOf(tokens[k]) === 'led';
  const nounAt = k === afterPrefix ? k : k + 1;
  if (!suffixIsLed || !COALITION_NOUNS.has(lowerOf(tokens[nounAt]))) return undefined;
  const end = tokens[nounAt]!.end;
  return {
    start: head.start,
    end,
    name: ctx.text.slice(head.start, end),
    kind: 'ACTOR',
    type: 'MILITARY',
    titles: [],
    confidence: 0.7,
    cue: 'led-coalition',
    nested: true,
  };
}

function bodyType(suffix: string): ActorType {
  return /Army|Forces|Force|Navy|Marines|Guard|Staff/.test(suffix) ? 'MILITARY' : 'GOVERNMENT_BODY';
}

/** Decides whether a bare country name is acting (an actor) or a location (a place). */
function countryRole(ctx: AnalysisContext, tokens: Token[], from: number, to: number): 'ACTOR' | 'PLACE' {
  const last = tokens[to - 1]!;
  if (last.possessive) {
    const one = lowerOf(tokens[to]);
    const two = `${one} ${lowerOf(tokens[to + 1])}`;
    const { placePossessiveNouns } = ctx.knowledge;
    return placePossessiveNouns.has(two) || placePossessiveNouns.has(one) ? 'PLACE' : 'ACTOR';
  }
  let before = from - 1;
  if (ARTICLES.has(lowerOf(tokens[before]))) before -= 1;
  const prev = lowerOf(tokens[before]);
  const next = tokens[to];
  if (next?.text === '-' && HYPHEN_SUFFIXES.test(lowerOf(tokens[to + 1]))) return 'ACTOR'; // "U.S.-backed"
  if (prev === 'from' && ctx.knowledge.sourceNouns.has(lowerOf(tokens[before - 1]))) return 'ACTOR'; // "criticism from"
  if (ctx.knowledge.locativePrepositions.has(prev)) return 'PLACE';
  const nextLower = lowerOf(next);
  if (ctx.knowledge.actorVerbs.has(nextLower) || ctx.knowledge.speechVerbs.has(nextLower)) return 'ACTOR';
  // Subject of a clause: "when the U.S. left …", "…, Russia relieved …"
  if (CLAUSE_OPENERS.has(prev) || before < 0) {
    if (next?.word && !next.capitalised && !/^(?:and|or|but|of|to|in|on|at|for|is|was)$/.test(nextLower))
      return 'ACTOR';
  }
  if (next?.word && /^\p{Ll}+(?:ed)$/u.test(next.text) && !ctx.knowledge.locativePrepositions.has(prev)) {
    return 'ACTOR';
  }
  const prevWord = lowerOf(tokens[from - 1]);
  if (prevWord === 'by' || prevWord === 'against' || prevWord === 'with' || prevWord === 'and') {
    return prev === 'and' ? 'PLACE' : 'ACTOR';
  }
  return 'PLACE';
}

/** Titles written before a name: "Kremlin spokesman, Dmitry Peskov", "head of antiquities, Khaled al-Asaad". */
function leftTitle(ctx: AnalysisContext, tokens: Token[], from: number): { text: string } | undefined {
  let k = from - 1;
  if (tokens[k]?.text === ',') k -= 1;
  const titleEnd = k;
  if (!isTitleWord(ctx.knowledge, tokens[k])) {
    // "<title> of <lower words>" before the comma: "former head of antiquities, Khaled al-Asaad"
    let back = k;
    let lowers = 0;
    while (
      back > 0 &&
      lowers < 3 &&
      tokens[back]?.word &&
      !tokens[back]!.capitalised &&
      lowerOf(tokens[back]) !== 'of'
    ) {
      back -= 1;
      lowers += 1;
    }
    if (lowers === 0 || lowerOf(tokens[back]) !== 'of' || tokens[from - 1]?.text !== ',') return undefined;
    if (!isTitleWord(ctx.knowledge, tokens[back - 1])) return undefined;
    k = back - 1;
  }
  // extend left over title words, modifiers, capitalised qualifiers and connectors
  let leftmost = k;
  let t = k - 1;
  while (t >= 0 && k - t <= 12) {
    const token = tokens[t]!;
    const lower = lowerOf(token);
    if (!token.word) break;
    if (
      isTitleWord(ctx.knowledge, token) ||
      TITLE_MODIFIERS.has(lower) ||
      (token.capitalised && !ctx.knowledge.nonEntities.has(lower)) ||
      ((lower === 'of' || lower === 'for') && tokens[t - 1]?.capitalised)
    ) {
      leftmost = t;
      t -= 1;
      continue;
    }
    break;
  }
  return { text: spanText(ctx, tokens, leftmost, titleEnd + 1) };
}

/** A title phrase after a name: "Maamoun Abdulkarim, director general of antiquities in Syria". */
function rightTitle(ctx: AnalysisContext, tokens: Token[], to: number): { text: string } | undefined {
  if (tokens[to]?.text !== ',') return undefined;
  let k = to + 1;
  if (ARTICLES.has(lowerOf(tokens[k])) || ['its', 'his', 'her', 'their'].includes(lowerOf(tokens[k]))) k += 1;
  let found = false;
  for (let t = k; t < Math.min(tokens.length, k + 3); t += 1) {
    if (isTitleWord(ctx.knowledge, tokens[t])) {
      found = true;
      break;
    }
    if (!tokens[t]!.word || (!TITLE_MODIFIERS.has(lowerOf(tokens[t])) && !tokens[t]!.capitalised)) break;
  }
  if (!found) return undefined;
  let end = k;
  while (end < tokens.length && end < k + 12) {
    const token = tokens[end]!;
    if (!token.word && token.text !== '-' && token.text !== '’' && token.text !== "'") break;
    end += 1;
  }
  if (end === k) return undefined;
  return { text: spanText(ctx, tokens, k, end) };
}

function hasSpeechCue(ctx: AnalysisContext, tokens: Token[], from: number, to: number): boolean {
  const { speechVerbs } = ctx.knowledge;
  let after = to;
  if (tokens[after]?.text === ',') after += 1;
  if (speechVerbs.has(lowerOf(tokens[after]))) return true;
  const before = lowerOf(tokens[from - 1]);
  if (speechVerbs.has(before)) return true;
  if (before === ',' && speechVerbs.has(lowerOf(tokens[from - 2]))) return true;
  return lowerOf(tokens[from - 2]) === 'according' && before === 'to';
}

/** Type from a head noun inside the span (last word, last two words, or "<Head> of …"). */
function headType(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
): { kind: 'ACTOR'; type: ActorType } | { kind: 'PLACE'; type: PlaceType } | undefined {
  const { knowledge } = ctx;
  const words = tokens.slice(from, to).map(lowerOf);
  const last = words[words.length - 1] ?? '';
  const lastTwo = words.slice(-2).join(' ');
  if (words.length >= 2 && (knowledge.mediaPhrases.has(lastTwo) || knowledge.mediaHeads.has(last))) {
    return { kind: 'ACTOR', type: 'MEDIA' };
  }
  const actorLast = knowledge.actorHeads.get(lastTwo) ?? knowledge.actorHeads.get(last);
  if (actorLast && words.length >= 2) return { kind: 'ACTOR', type: actorLast };
  const placeLast = knowledge.placeHeads.get(last);
  if (placeLast && words.length >= 2) return { kind: 'PLACE', type: placeLast };
  // "<Head> of/for …": "Ministry of Defence", "Temple of Bel", "Observatory for Human Rights",
  // "Committee on Standards"
  for (let w = 0; w < words.length - 1; w += 1) {
    const next = words[w + 1];
    if (next !== 'of' && next !== 'for' && next !== 'on') continue;
    const head = words[w]!;
    const actor = knowledge.actorHeads.get(head);
    if (actor) return { kind: 'ACTOR', type: actor };
    if (knowledge.mediaHeads.has(head)) return { kind: 'ACTOR', type: 'MEDIA' };
    const place = knowledge.placeHeads.get(head);
    if (place) return { kind: 'PLACE', type: place };
  }
  return undefined;
}

/** True when the span's head is a law or treaty: its last word, or the word before "on"/"of". */
function namesALaw(ctx: AnalysisContext, tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const { lawHeads } = ctx.knowledge;
  if (lawHeads.has(lowerOf(tokens[to - 1]))) return true;
  for (let t = from + 1; t < to - 1; t += 1) {
    const word = lowerOf(tokens[t + 1]);
    if ((word === 'on' || word === 'of') && lawHeads.has(lowerOf(tokens[t]))) return true;
  }
  return false;
}

const APPOSITION_ENDERS = new Set([
  'she',
  'he',
  'they',
  'it',
  'that',
  'which',
  'who',
  'for',
  'with',
  'in',
  'based',
]);

/**
 * The type a descriptor noun gives a name: written right before it ("the human rights organisation
 * Redress", "the newspaper Le Monde") or ending an apposition after it ("Care International, the aid
 * agency she works for"), but not a descriptor inside a longer noun ("the party leader").
 */
function descriptorType(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
): ActorType | undefined {
  const { descriptors } = ctx.knowledge;
  const before = tokens[from - 1];
  if (before?.word && !before.capitalised && !before.possessive) {
    const type = descriptors.get(lowerOf(before));
    if (type) return type;
  }
  if (tokens[to]?.text !== ',' || !ARTICLES.has(lowerOf(tokens[to + 1]))) return undefined;
  for (let t = to + 2; t < Math.min(tokens.length, to + 7); t += 1) {
    const token = tokens[t]!;
    if (!token.word || token.capitalised) return undefined;
    const type = descriptors.get(lowerOf(token));
    if (type === undefined) continue;
    const next = tokens[t + 1];
    if (next === undefined || !next.word || APPOSITION_ENDERS.has(lowerOf(next))) return type;
  }
  return undefined;
}

/**
 * An unknown name shaped like an organisation rather than a person: its first word is not a given
 * name and its last word is an everyday English word ("Care International", "Waverley Line").
 * Surnames that are also words keep a person reading when a given name leads ("Vincent Cable").
 * An ampersand ("Marsh & McLennan") or a leading nationality ("Swiss Re") also marks an organisation.
 */
function organisationShaped(ctx: AnalysisContext, tokens: Token[], from: number, to: number): boolean {
  // "Marsh & McLennan": people are not named with an ampersand
  if (tokens.slice(from, to).some((t) => t.text === '&')) return true;
  const words = tokens.slice(from, to).filter((t) => t.word && !ctx.knowledge.nameParticles.has(lowerOf(t)));
  if (words.length < 2) return false;
  // "Swiss Re", "Japan Tobacco": a nationality or country leading an unknown name marks a firm or body
  const lead = lookupPhrase(ctx.knowledge, words[0]!.text);
  if (lead?.kind === 'demonym' || lead?.kind === 'country') return true;
  const firstClass = wordClass(words[0]!.text);
  if (firstClass === 'given-name' || firstClass === 'surname') return false;
  const lastClass = wordClass(words[words.length - 1]!.text);
  return lastClass === 'common-noun' || lastClass === 'adjective';
}

function isNameLike(ctx: AnalysisContext, token: Token): boolean {
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

function draft(
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

/** A known phrase (country, demonym, organisation, region) at tokens[from..to). */
function analyseKnown(
  ctx: AnalysisContext,
  view: SentenceView,
  from: number,
  to: number,
  spanTo: number,
  hit: LexiconHit,
): { mentions: DraftMention[]; consumed: number } {
  const { tokens } = view;
  if (hit.kind === 'organisation') {
    return {
      mentions: [
        draft(ctx, tokens, from, to, {
          kind: 'ACTOR',
          type: hit.entry.type,
          titles: [],
          confidence: 0.95,
          cue: 'known-organisation',
        }),
      ],
      consumed: to,
    };
  }
  if (hit.kind === 'region') {
    return {
      mentions: [
        draft(ctx, tokens, from, to, {
          kind: 'PLACE',
          type: 'REGION',
          titles: [],
          confidence: 0.9,
          cue: 'known-region',
        }),
      ],
      consumed: to,
    };
  }
  const entry = hit.entry;
  const nouns = nounsAfter(ctx, tokens, to, spanTo, view.titleCase);
  if (nouns.kind === 'body') {
    const bodyTo = Math.max(nouns.to, to);
    return {
      mentions: [
        draft(ctx, tokens, from, bodyTo, {
          // "Syrian army" → Syrian Army; "Russia's foreign ministry" → Russian Foreign Ministry
          name: `${hit.kind === 'demonym' ? spanText(ctx, tokens, from, to).replace(/s$/, '') : tokens[to - 1]!.possessive ? demonymOf(entry) : entry.name} ${nouns.suffix}`,
          kind: 'ACTOR',
          type: bodyType(nouns.suffix),
          titles: [],
          confidence: 0.85,
          cue: 'nationality-body',
        }),
      ],
      consumed: Math.max(bodyTo, to),
    };
  }
  if (hit.kind === 'demonym') {
    const plural = /s$/.test(tokens[to - 1]!.text) && !/ss$/.test(tokens[to - 1]!.text);
    // "the Russians" act for their state; "five Iraqis", "many Iraqis", "Iraqis" are people.
    const forTheState = plural && lowerOf(tokens[from - 1]) === 'the';
    if (nouns.kind === 'state' || (forTheState && tokens[to - 1]!.text !== demonymOf(entry))) {
      const via = spanText(ctx, tokens, from, to);
      return {
        mentions: [
          draft(ctx, tokens, from, to, {
            name: entry.name,
            kind: 'ACTOR',
            type: 'STATE',
            titles: [],
            viaDemonym: via,
            confidence: 0.8,
            cue: 'demonym-state',
          }),
        ],
        consumed: to,
      };
    }
    return { mentions: [], consumed: to };
  }
  // "Syria's general command", "Britain's foreign office": a body of the country, named by its head noun
  const body = possessiveBody(ctx, tokens, to, entry);
  if (body) return { mentions: [body], consumed: to };
  // a country name
  if (nouns.kind === 'state') {
    return {
      mentions: [
        draft(ctx, tokens, from, to, {
          kind: 'ACTOR',
          type: 'STATE',
          titles: [],
          confidence: 0.85,
          cue: 'country-modifier',
        }),
      ],
      consumed: to,
    };
  }
  const role = countryRole(ctx, tokens, from, to);
  const coalition = ledCoalition(ctx, tokens, from, to);
  if (coalition) {
    return {
      mentions: [
        draft(ctx, tokens, from, to, {
          kind: 'ACTOR',
          type: 'STATE',
          titles: [],
          confidence: 0.8,
          cue: 'country-modifier',
          nested: true,
        }),
        coalition,
      ],
      consumed: to,
    };
  }
  return {
    mentions: [
      draft(ctx, tokens, from, to, {
        kind: role,
        type: role === 'ACTOR' ? 'STATE' : 'COUNTRY',
        titles: [],
        confidence: 0.9,
        cue: role === 'ACTOR' ? 'country-actor' : 'country-place',
      }),
    ],
    consumed: to,
  };
}

/**
 * Types one candidate span: known names first, then titles ("Syrian President Bashar al-Assad"),
 * nationality + body nouns ("Syrian army"), head nouns ("Defense Ministry", "Temple of Bel"),
 * then context cues (titles around the name, speech verbs, place prepositions with the gazetteer).
 * Unknown single words are returned as pending, to be decided with the whole article in view.
 */
export function analyseSpan(ctx: AnalysisContext, view: SentenceView, span: CandidateSpan): SpanAnalysis {
  const { tokens } = view;
  const { knowledge } = ctx;
  const mentions: DraftMention[] = [];
  const pending: PendingWord[] = [];
  let from = span.from;
  const to = span.to;

  // Leading function words and sentence openers are not part of a name ("The", "According", "During").
  if (span.continuation && knowledge.nonEntities.has(lowerOf(tokens[from]))) return { mentions, pending };
  while (from < to) {
    const token = tokens[from]!;
    const lower = lowerOf(token);
    const known = phraseAt(ctx, tokens, from, to);
    if (known) break;
    if (
      !token.word ||
      knowledge.nonEntities.has(lower) ||
      (token.initial && isTitleWord(knowledge, token) && to - from === 1)
    ) {
      from += 1;
      continue;
    }
    break;
  }
  if (from >= to) return { mentions, pending };

  // Hyphenated nationality: "US-led coalition", "Russian-backed forces".
  if (to - from === 1) {
    const token = tokens[from]!;
    const parts = /^(.+?)-(\p{Ll}+)$/u.exec(token.text);
    if (parts && HYPHEN_SUFFIXES.test(parts[2]!)) {
      const hit = lookupPhrase(knowledge, parts[1]!);
      if (hit && hit.kind !== 'region') {
        const end = token.start + parts[1]!.length;
        const isDemonym = hit.kind === 'demonym';
        const name = hit.kind === 'organisation' ? parts[1]! : hit.entry.name;
        mentions.push({
          start: token.start,
          end,
          name: hit.kind === 'organisation' ? name : isDemonym ? hit.entry.name : parts[1]!,
          kind: 'ACTOR',
          type: hit.kind === 'organisation' ? hit.entry.type : 'STATE',
          titles: [],
          ...(isDemonym ? { viaDemonym: parts[1]! } : {}),
          confidence: 0.8,
          cue: 'hyphen-modifier',
        });
        const coalition = ledCoalition(ctx, tokens, from, from + 1);
        if (coalition) {
          mentions[mentions.length - 1]!.nested = true;
          mentions.push(coalition);
        }
        return { mentions, pending };
      }
    }
  }

  // Trailing acronym after a descriptor: "State News Agency SANA".
  const lastToken = tokens[to - 1]!;
  if (to - from >= 2 && lastToken.allCaps && !lastToken.possessive) {
    const descriptor = headType(ctx, tokens, from, to - 1);
    const known = phraseAt(ctx, tokens, to - 1, to);
    if (descriptor?.kind === 'ACTOR' && !phraseAt(ctx, tokens, from, to - 1)) {
      mentions.push(
        draft(ctx, tokens, to - 1, to, {
          kind: 'ACTOR',
          type: known?.hit.kind === 'organisation' ? known.hit.entry.type : descriptor.type,
          titles: [spanText(ctx, tokens, from, to - 1)],
          confidence: 0.85,
          cue: 'acronym-with-descriptor',
        }),
      );
      return { mentions, pending };
    }
  }

  // Titles inside the span: "Syrian President Bashar al-Assad", "U.S. Defense Secretary Ashton Carter".
  let lastTitle = -1;
  for (let t = from; t < to - 1; t += 1) if (isTitleWord(knowledge, tokens[t])) lastTitle = t;
  if (lastTitle >= 0) {
    let nameFrom = lastTitle + 1;
    if (lowerOf(tokens[nameFrom]) === 'of' && nameFrom + 2 < to) nameFrom += 2; // "Secretary of State John Kerry"
    const nameTokens = tokens.slice(nameFrom, to);
    // "Governor of the Reserve Bank", "General Workers Union": the rest names a body, not a person
    const bodyAfter = headType(ctx, tokens, nameFrom, to) !== undefined;
    if (
      !bodyAfter &&
      nameTokens.length > 0 &&
      nameTokens.every((t) => t.capitalised || knowledge.nameParticles.has(lowerOf(t))) &&
      nameTokens.some((t) => isNameLike(ctx, t))
    ) {
      const known = phraseAt(ctx, tokens, nameFrom, to);
      const titleOfPlace =
        lowerOf(tokens[lastTitle + 1]) === 'of' &&
        (known?.to === to ||
          ctx.gazetteer.lookup(spanText(ctx, tokens, nameFrom, to), ctx.articleCountries) !== undefined);
      if (titleOfPlace) {
        // "Archbishop of Canterbury", "Duke of Edinburgh": an office named after a place
        return analyseSpan(ctx, view, { from: nameFrom, to, continuation: true });
      }
      if (!known || known.to < to) {
        const titles = [spanText(ctx, tokens, from, nameFrom)];
        const left = leftTitle(ctx, tokens, from);
        if (left) titles.unshift(left.text);
        const right = rightTitle(ctx, tokens, to);
        if (right) titles.push(right.text);
        mentions.push(
          draft(ctx, tokens, from, to, {
            name: spanText(ctx, tokens, nameFrom, to),
            kind: 'ACTOR',
            type: 'PERSON',
            titles,
            confidence: 0.9,
            cue: 'title-in-name',
          }),
        );
        return { mentions, pending };
      }
    }
  }

  // A job title before "for"/"of"/"at" is not part of the name: "Writer for Progressive Army".
  const connector = lowerOf(tokens[from + 1]);
  if (
    isTitleWord(knowledge, tokens[from]) &&
    (connector === 'for' || connector === 'of' || connector === 'at') &&
    from + 2 < to
  ) {
    return analyseSpan(ctx, view, {
      from: from + 2,
      to,
      continuation: true,
      ...(span.hint ? { hint: span.hint } : {}),
    });
  }

  // Laws and treaties are not actors: "European Convention on Human Rights", "Terrorism Act".
  if (!view.titleCase && namesALaw(ctx, tokens, from, to)) return { mentions, pending };

  // Known phrases at the start of the span, with what follows them.
  const known = phraseAt(ctx, tokens, from, to);
  if (known) {
    const whole = known.to === to;
    const rest = whole ? undefined : headType(ctx, tokens, known.to, to);
    const restIsName =
      !whole && rest === undefined && tokens.slice(known.to, to).some((t) => isNameLike(ctx, t));
    const fullHead = whole ? undefined : headType(ctx, tokens, from, to);
    const nationality = known.hit.kind === 'demonym' || known.hit.kind === 'country';
    if (!whole && nationality) {
      // "Russian Defense Ministry", "Syrian Government (forces)", "Syrian Observatory for Human Rights"
      const nouns = nounsAfter(ctx, tokens, known.to, to, view.titleCase);
      if ((nouns.kind === 'body' || nouns.kind === 'state') && nouns.to >= to) {
        return { mentions: analyseKnown(ctx, view, from, known.to, to, known.hit).mentions, pending };
      }
      if (fullHead) {
        const head = fullHead;
        mentions.push(
          draft(ctx, tokens, from, to, {
            kind: head.kind,
            type: head.type,
            titles: [],
            confidence: 0.8,
            cue: 'nationality-named-body',
          }),
        );
        return { mentions, pending };
      }
    }
    if (whole || !restIsName || !nationality) {
      const result = analyseKnown(ctx, view, from, known.to, to, known.hit);
      mentions.push(...result.mentions);
      if (result.consumed < to) {
        const restAnalysis = analyseSpan(ctx, view, {
          from: result.consumed,
          to,
          continuation: true,
          ...(span.hint ? { hint: span.hint } : {}),
        });
        mentions.push(...restAnalysis.mentions);
        pending.push(...restAnalysis.pending);
      }
      return { mentions, pending };
    }
  }

  // Acronym in brackets right after a name: "Syrian Observatory for Human Rights (SOHR)".
  if (
    to - from === 1 &&
    tokens[from]!.allCaps &&
    tokens[from - 1]?.text === '(' &&
    tokens[to]?.text === ')'
  ) {
    pending.push({
      start: tokens[from]!.start,
      end: tokens[from]!.end,
      text: tokens[from]!.text,
      initial: false,
      hint: 'ORGANISATION',
    });
    return { mentions, pending };
  }

  // "Marta Quillon of the Brennick Observatory": a person's name, then the body they belong to.
  for (let c = from + 2; c < Math.min(to - 1, from + 5); c += 1) {
    const word = lowerOf(tokens[c]);
    if (word !== 'of' && word !== 'for' && word !== 'at') continue;
    const left = tokens.slice(from, c);
    let rightFrom = c + 1;
    if (lowerOf(tokens[rightFrom]) === 'the') rightFrom += 1;
    const rightKnown =
      phraseAt(ctx, tokens, rightFrom, to)?.to === to || headType(ctx, tokens, rightFrom, to) !== undefined;
    if (rightKnown && left.every((t) => isNameLike(ctx, t)) && headType(ctx, tokens, from, c) === undefined) {
      mentions.push(
        draft(ctx, tokens, from, c, {
          kind: 'ACTOR',
          type: 'PERSON',
          titles: [],
          confidence: 0.6,
          cue: 'name-of-body',
        }),
      );
      const right = analyseSpan(ctx, view, { from: rightFrom, to, continuation: true });
      return { mentions: [...mentions, ...right.mentions], pending: right.pending };
    }
    break;
  }

  // Head nouns: "Russian Defense Ministry", "Temple of Bel", "New Palmyra Project", "Irish Times".
  const head = headType(ctx, tokens, from, to);
  if (head) {
    mentions.push(
      draft(ctx, tokens, from, to, {
        kind: head.kind,
        type: head.type,
        titles: [],
        confidence: 0.75,
        cue: 'head-noun',
      }),
    );
    return { mentions, pending };
  }

  // "the human rights organisation Redress", "Care International, the aid agency she works for"
  const described = descriptorType(ctx, tokens, from, to);
  if (described && tokens.slice(from, to).every((t) => t.capitalised || !t.word)) {
    mentions.push(
      draft(ctx, tokens, from, to, {
        kind: 'ACTOR',
        type: described,
        titles: [],
        confidence: 0.7,
        cue: 'descriptor',
      }),
    );
    return { mentions, pending };
  }

  const first = tokens[from]!;
  const length = to - from;
  const text = spanText(ctx, tokens, from, to);
  const left = leftTitle(ctx, tokens, from);
  const right = rightTitle(ctx, tokens, to);
  const speech = hasSpeechCue(ctx, tokens, from, to);
  const allNameLike = tokens
    .slice(from, to)
    .every((t) => isNameLike(ctx, t) || knowledge.nameParticles.has(lowerOf(t)));

  if ((left || right) && tokens.slice(from, to).some((t) => isNameLike(ctx, t))) {
    const titles = [left?.text, right?.text].filter((t): t is string => t !== undefined);
    mentions.push(
      draft(ctx, tokens, from, to, {
        kind: 'ACTOR',
        type: 'PERSON',
        titles,
        confidence: 0.85,
        cue: 'title-context',
      }),
    );
    return { mentions, pending };
  }

  // Place cues: "city of X", "X province", "in X" with the gazetteer.
  const prev = lowerOf(tokens[from - 1]);
  const prev2 = lowerOf(tokens[from - 2]);
  if (prev === 'of' && knowledge.placeCueWords.has(prev2) && length <= 4) {
    const type: PlaceType =
      prev2 === 'province' || prev2 === 'region' || prev2 === 'district' || prev2 === 'governorate'
        ? 'REGION'
        : 'CITY';
    mentions.push(
      draft(ctx, tokens, from, to, {
        kind: 'PLACE',
        type,
        titles: [],
        confidence: 0.85,
        cue: 'place-noun-of',
      }),
    );
    return { mentions, pending };
  }
  const nextLower = lowerOf(tokens[to]);
  const follower =
    PLACE_FOLLOWERS[nextLower] ?? (knowledge.siteFollowers.has(nextLower) ? 'SITE' : undefined);
  const adjective = length === 1 && ADJECTIVE_ENDING.test(first.text);
  if (
    follower &&
    !tokens[to]!.capitalised &&
    !tokens[to - 1]!.possessive &&
    length <= 4 &&
    allNameLike &&
    !adjective
  ) {
    // a site keeps its noun ("Baalshamin temple"); a town or province does not ("Deir Ezzor provinces")
    const through = follower === 'SITE' ? to + 1 : to;
    mentions.push(
      draft(ctx, tokens, from, through, {
        kind: 'PLACE',
        type: follower,
        titles: [],
        confidence: 0.8,
        cue: 'place-noun-after',
      }),
    );
    return { mentions, pending };
  }
  // Acronyms are not looked up: "IE" is not a town.
  const place = length <= 4 && !first.allCaps ? ctx.gazetteer.lookup(text, ctx.articleCountries) : undefined;
  const locative =
    knowledge.locativePrepositions.has(prev) ||
    (ARTICLES.has(prev) && knowledge.locativePrepositions.has(prev2));
  if (place && !speech && (locative || (!first.initial && !view.titleCase && isSizeableTown(ctx, place)))) {
    mentions.push(
      draft(ctx, tokens, from, to, {
        kind: 'PLACE',
        type: 'CITY',
        titles: [],
        confidence: locative ? 0.8 : 0.65,
        cue: locative ? 'gazetteer-locative' : 'gazetteer',
      }),
    );
    return { mentions, pending };
  }

  if (speech && !(length === 1 && first.initial) && tokens.slice(from, to).some((t) => isNameLike(ctx, t))) {
    const orgShaped = !view.titleCase && organisationShaped(ctx, tokens, from, to);
    mentions.push(
      draft(ctx, tokens, from, to, {
        kind: 'ACTOR',
        type: orgShaped ? 'ORGANISATION' : 'PERSON',
        titles: [],
        confidence: 0.7,
        cue: 'speech-verb',
      }),
    );
    return { mentions, pending };
  }

  if (span.hint && !view.titleCase) {
    const hinted = hintedMention(ctx, tokens, from, to, span.hint, place !== undefined);
    if (hinted) mentions.push(hinted);
    return { mentions, pending };
  }

  if (length >= 2 && length <= 5 && !view.titleCase) {
    const nameWords = tokens
      .slice(from, to)
      .filter((t) => t.word && !knowledge.nameParticles.has(lowerOf(t)));
    const firstClass = nameWords[0] ? wordClass(nameWords[0].text) : 'other';
    if (nameWords.length >= 2 && nameWords.every((t) => isNameLike(ctx, t)) && firstClass !== 'adjective') {
      // "Wayne Rooney" starts with a given name; "Original Pirate Material" with an adjective
      const confidence = firstClass === 'given-name' ? 0.7 : 0.55;
      const orgShaped = organisationShaped(ctx, tokens, from, to);
      mentions.push(
        draft(ctx, tokens, from, to, {
          kind: 'ACTOR',
          type: orgShaped ? 'ORGANISATION' : 'PERSON',
          titles: [],
          confidence: orgShaped ? 0.5 : confidence,
          cue: orgShaped ? 'organisation-shape' : 'name-shape',
        }),
      );
      return { mentions, pending };
    }
  }

  // "Giant Buddhas of Bamiyan", "Pearl of the Middle East": try the part after the last "of".
  let lastOf = -1;
  for (let t = from + 1; t < to - 1; t += 1) if (lowerOf(tokens[t]) === 'of') lastOf = t;
  if (lastOf > 0 && !view.titleCase) {
    let restFrom = lastOf + 1;
    if (lowerOf(tokens[restFrom]) === 'the') restFrom += 1;
    if (restFrom < to) {
      const rest = analyseSpan(ctx, view, { from: restFrom, to, continuation: true });
      const only = rest.mentions.length === 1 ? rest.mentions[0] : undefined;
      const named = tokens.slice(from, lastOf).every((t) => isNameLike(ctx, t));
      if (only?.kind === 'PLACE' && only.type === 'CITY' && named && only.end === tokens[to - 1]!.end) {
        // "Giant Buddhas of Bamiyan": a monument named after its place
        mentions.push(
          draft(ctx, tokens, from, to, {
            kind: 'PLACE',
            type: 'SITE',
            titles: [],
            confidence: 0.6,
            cue: 'named-after-place',
          }),
        );
        return { mentions, pending };
      }
      return rest;
    }
  }

  // Anything else: keep single words and unknown runs for the article-level pass.
  if (length === 1 || view.titleCase) {
    pending.push({
      start: first.start,
      end: tokens[to - 1]!.end,
      text,
      initial: first.initial || view.titleCase,
      ...(span.hint ? { hint: span.hint } : {}),
    });
  }
  return { mentions, pending };
}

/**
 * A town big enough to be taken without a place cue: 100,000 people in a country the article
 * names, or a million anywhere ("Pop", Uzbekistan, is not a town in a music story).
 */
export function isSizeableTown(ctx: AnalysisContext, place: GazetteerPlace): boolean {
  return place.population >= (ctx.articleCountries.has(place.countryCode) ? 100_000 : 1_000_000);
}

function hintedMention(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
  hint: CandidateHint,
  inGazetteer: boolean,
): DraftMention | undefined {
  if (hint === 'PERSON') {
    return draft(ctx, tokens, from, to, {
      kind: 'ACTOR',
      type: 'PERSON',
      titles: [],
      confidence: 0.6,
      cue: 'nlp-person',
    });
  }
  if (hint === 'PLACE') {
    return draft(ctx, tokens, from, to, {
      kind: 'PLACE',
      type: inGazetteer ? 'CITY' : 'OTHER',
      titles: [],
      confidence: 0.6,
      cue: 'nlp-place',
    });
  }
  return draft(ctx, tokens, from, to, {
    kind: 'ACTOR',
    type: 'ORGANISATION',
    titles: [],
    confidence: 0.55,
    cue: 'nlp-organisation',
  });
}
