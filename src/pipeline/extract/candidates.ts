import mediaCues from '../../knowledge/data/media-cues.json' with { type: 'json' };
import { loadWordLists, lookupPhrase } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import { andContinuesComplement, andStartsNewName } from './and-in-complement.js';
import { forAttaches, nameWord } from './name-word.js';
import { lowerOf } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';

/** What an NLP library said a span is, used only when the extractor's own cues are silent. */
export type CandidateHint = 'PERSON' | 'PLACE' | 'ORGANISATION';

/** A run of tokens that may be a name: `tokens[from..to)` of one sentence. */
export interface CandidateSpan {
  from: number;
  to: number;
  hint?: CandidateHint;
  /** The rest of a span after a known name: sentence openers are not stripped from it. */
  continuation?: boolean;
}

/** Longest run of capitalised tokens taken as one candidate name. */
const MAX_NAME_TOKENS = 14;

/** Broadcast heads a station number follows inside the name ("Radio 4", "Channel 5"). */
const NUMBERED_HEADS = new Set(mediaCues.numberedHeads);

/** Lower-case words that may sit inside a name between capitalised words ("Temple of Bel"). */
const CONNECTORS = loadWordLists().name.nameConnectors;

/**
 * The extractor's own candidate generator: maximal runs of capitalised words, joined across
 * connectors ("Syrian Observatory for Human Rights", "Temple of Baalshamin") and name particles
 * ("Abd al-Rahman", "bin Laden"). A possessive ends the run.
 */
export function capitalisedSpans(view: SentenceView, knowledge: Knowledge): CandidateSpan[] {
  if (view.titleCase) return titleCaseSpans(view, knowledge);
  const { tokens } = view;
  const spans: CandidateSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!nameWord(tokens, i, i, knowledge)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    let end = i + 1;
    let last = token;
    // A possessive ends the run, unless it begins a name ("Queen's Lancashire Regiment").
    while (j < tokens.length && (!last.possessive || possessiveStartsName(tokens, j, i, knowledge))) {
      const next = tokens[j]!;
      // "BBC Radio 4", "Channel 4 News": a station's number after a broadcast head stays in the name
      const numbered = /^\d{1,2}$/.test(next.text) && NUMBERED_HEADS.has(lowerOf(last));
      if (nameWord(tokens, j, i, knowledge) || numbered) {
        end = j + 1;
        last = next;
        j += 1;
        continue;
      }
      // "Transport and General Workers' Union": a plural possessive before the body's head noun
      if (!next.word && possessiveHeadAt(tokens, j, knowledge)) {
        j += 1;
        continue;
      }
      const lower = lowerOf(next);
      if (
        lower === 'and' &&
        !andStartsNewName(tokens, j, i) &&
        (andJoinsBody(tokens, j, knowledge) || andContinuesComplement(tokens, j, i, knowledge))
      ) {
        j += 1;
        continue;
      }
      const joinable =
        (CONNECTORS.has(lower) &&
          lower !== '&' &&
          (lower !== 'for' || forAttaches(tokens, i, j, knowledge))) ||
        knowledge.nameParticles.has(lower) ||
        // "Convention on Human Rights", "Committee on Standards": "on" after a body or treaty head
        (lower === 'on' && knowledge.connectorOnHeads.has(lowerOf(last)));
      // "&" joins names ("Procter & Gamble"); "and" never does ("Iraq and Syria" are two names).
      const weakJoin = lower === '&';
      if (joinable || weakJoin) {
        // a connector joins only when a capitalised word follows (possibly after "the")
        let k = j + 1;
        if (lowerOf(tokens[k]) === 'the' && lower !== 'the') k += 1;
        const after = tokens[k];
        if (after !== undefined && after.word && after.capitalised && !(weakJoin && after.initial)) {
          j = k;
          continue;
        }
      }
      break;
    }
    end = knownNameEnd(tokens, i, end, knowledge);
    if (end - i > MAX_NAME_TOKENS) {
      // No name is this long: a shouted line or a list of names. Split it like a heading.
      spans.push(...titleCaseSpans({ ...view, tokens: tokens.slice(0, end) }, knowledge, i));
    } else spans.push({ from: i, to: end });
    i = Math.max(end, i + 1);
  }
  return spans;
}

/**
 * Where a known name that starts at `from` ends, when it reaches past the run's `end` across words the
 * run rules do not join ("Islamic State in Iraq and Syria" in the organisation table): the whole name is
 * one span, so the places inside it are no mentions of their own. `end` when no known name reaches further.
 */
function knownNameEnd(
  tokens: SentenceView['tokens'],
  from: number,
  end: number,
  knowledge: Knowledge,
): number {
  if (!tokens[end + 1]?.capitalised || tokens[end]?.capitalised) return end;
  for (let to = Math.min(tokens.length, from + knowledge.maxPhraseTokens); to > end + 1; to -= 1) {
    if (!tokens[to - 1]!.capitalised) continue;
    const phrase = tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' ');
    if (lookupPhrase(knowledge, phrase)) return to;
  }
  return end;
}

/**
 * A possessive word continues a name only as its first word, from a short list ("Queen's", "People's"),
 * and only before another capitalised word: "Queen's Lancashire Regiment" — not "Syria's Assad".
 */
function possessiveStartsName(
  tokens: SentenceView['tokens'],
  at: number,
  runStart: number,
  knowledge: Knowledge,
): boolean {
  const owner = tokens[at - 1];
  const next = tokens[at];
  const first = lowerOf(tokens[runStart]) === 'the' ? runStart + 1 : runStart;
  if (possessiveHeadAt(tokens, at, knowledge)) return true;
  return (
    at - 1 === first &&
    owner !== undefined &&
    knowledge.possessiveNameWords.has(lowerOf(owner)) &&
    next !== undefined &&
    next.word &&
    next.capitalised
  );
}

/**
 * True when tokens[at] is the head noun of a body named after its owner's possessive, and ends the
 * run: "Lord Chancellor's Department", "Transport and General Workers' Union" (`at` may also be the
 * apostrophe of a plural possessive). Not after a country or nationality: "Syria's Ministry of
 * Defence" is Syria's ministry.
 */
function possessiveHeadAt(tokens: SentenceView['tokens'], at: number, knowledge: Knowledge): boolean {
  let head = at;
  let owner = tokens[at - 1];
  if (/^['’]$/.test(tokens[at]?.text ?? '')) {
    if (owner === undefined || !owner.word || !/s$/.test(owner.text)) return false;
    head = at + 1;
  } else if (!owner?.possessive) return false;
  owner = tokens[head - 1]!.word ? tokens[head - 1] : tokens[head - 2];
  const next = tokens[head];
  const after = tokens[head + 1];
  if (next === undefined || !next.word || !next.capitalised || (after?.word && after.capitalised))
    return false;
  if (owner === undefined || lookupPhrase(knowledge, owner.text) !== undefined) return false;
  const type = knowledge.actorHeads.get(lowerOf(next));
  return type !== undefined && type !== 'MILITARY';
}

/**
 * "and" joins two capitalised runs only when the second ends in an organisation head noun:
 * "Securities and Exchange Commission", "Tata Iron and Steel Company" — but not "Iraq and Syria".
 */
function andJoinsBody(tokens: SentenceView['tokens'], at: number, knowledge: Knowledge): boolean {
  let k = at + 1;
  let last = '';
  while (k < tokens.length && k - at <= 6) {
    const token = tokens[k]!;
    if (!token.word && possessiveHeadAt(tokens, k, knowledge)) k += 1;
    else if (!tokens[k]!.word || !tokens[k]!.capitalised) break;
    last = lowerOf(tokens[k]).replace(/\.$/, '');
    if (tokens[k]!.possessive && !possessiveHeadAt(tokens, k + 1, knowledge)) break;
    k += 1;
  }
  if (k === at + 1) return false;
  const type = knowledge.actorHeads.get(last);
  return (type !== undefined && type !== 'MILITARY') || knowledge.mediaHeads.has(last);
}

/**
 * In a title-case heading every word is capitalised, so runs prove nothing: each known phrase is a
 * span of its own, every other capitalised word a one-word span (typed only if known elsewhere).
 */
function titleCaseSpans(view: SentenceView, knowledge: Knowledge, start = 0): CandidateSpan[] {
  const { tokens } = view;
  const spans: CandidateSpan[] = [];
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!token.word || !token.capitalised) {
      i += 1;
      continue;
    }
    let end = i + 1;
    for (let to = Math.min(tokens.length, i + knowledge.maxPhraseTokens); to > i + 1; to -= 1) {
      const phrase = tokens
        .slice(i, to)
        .map((t) => t.text)
        .join(' ');
      if (lookupPhrase(knowledge, phrase)) {
        end = to;
        break;
      }
    }
    spans.push({ from: i, to: end });
    i = end;
  }
  return spans;
}
