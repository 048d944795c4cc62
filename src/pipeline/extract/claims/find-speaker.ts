import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { sentenceAt } from '../events/sentence-mentions.js';
import { findPhrases, possessiveAt, sameClause, wordBefore, wordsOf } from '../events/words.js';
import type { Word } from '../events/words.js';
import type { QuoteSpan } from './find-quotes.js';
import type { SpeechLexicon } from './speech-lexicon.js';

/** What the speaker rules need: the article, its mentions (overlap-free) and quotes. */
export interface ClaimScope {
  text: string;
  sentences: Sentence[];
  mentions: ResolvedMention[];
  quotes: QuoteSpan[];
  lexicon: SpeechLexicon;
  prepositions: Set<string>;
}

/** Who a claim is attributed to, and how sure the attribution is. */
export interface Speaker {
  mention: ResolvedMention;
  /** 'named', 'pronoun' (resolved 'he'), or 'report-noun' ('Russian reports'). */
  how: 'named' | 'pronoun' | 'report-noun' | 'noun-phrase';
}

const FILLERS = new Set([
  'has',
  'have',
  'had',
  'was',
  'is',
  'also',
  'then',
  'later',
  'earlier',
  'previously',
  'reportedly',
  'once',
  'again',
  'further',
  'yesterday',
  'today',
  'publicly',
  'officially',
  'repeatedly',
  'often',
  'himself',
  'herself',
  'itself',
  'themselves',
]);

/** True when `position` lies inside a quotation. */
export function insideQuote(scope: ClaimScope, position: number): boolean {
  return scope.quotes.some((q) => position >= q.start && position < q.end);
}

function isPreposed(scope: ClaimScope, m: ResolvedMention): boolean {
  return scope.prepositions.has(wordBefore(scope.text, m.evidence.start));
}

function isActor(m: ResolvedMention): boolean {
  return m.kind === 'ACTOR';
}

/**
 * A state named only as the modifier of another noun ('The US company said', 'a US-based expert',
 * 'A Japanese bank has said'): the speaker is that unnamed company or person, not the state. Nouns
 * that stand for the state ('US officials', 'Syrian forces') and verbs ('The US has said') keep it.
 */
export function modifiesOtherNoun(scope: ClaimScope, m: ResolvedMention): boolean {
  if (m.type !== 'STATE') return false;
  const after = scope.text.slice(m.evidence.end, m.evidence.end + 40);
  if (/^-\p{L}/u.test(after)) return !/^-led\b/i.test(after);
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?/u.exec(after);
  if (!next) return false;
  const one = next[1]!;
  const two = next[2] ? `${one} ${next[2]}` : one;
  if (scope.lexicon.stateNouns.has(one) || scope.lexicon.stateNouns.has(two)) return false;
  if (
    FILLERS.has(one) ||
    scope.lexicon.verbKind.has(one) ||
    /^(?:will|would|could|should|can|may|might|must|did|does|do|and|or|but|to|of|in|on|at|for|with|as|that|which|who)$/.test(
      one,
    )
  ) {
    return false;
  }
  return !/(?:ed|es)$/.test(one);
}

/**
 * Resolves 'he'/'she' to the nearest earlier PERSON that is a subject (not after a preposition),
 * in the same or the previous sentence; 'they'/'it'/'we' to the nearest such non-person actor.
 */
export function resolvePronoun(
  scope: ClaimScope,
  pronoun: string,
  position: number,
): ResolvedMention | undefined {
  const here = sentenceAt(scope.sentences, position);
  const wantPerson = scope.lexicon.personPronouns.has(pronoun);
  // The same or the previous sentence; 'he'/'she' may reach two sentences further back, since a
  // story keeps its main person as 'he' ('Mr X was expelled … He denied … he said').
  const reach = wantPerson ? [1, 3] : [1];
  for (const back of reach) {
    const earliest = here ? scope.sentences[Math.max(0, here.index - back)] : undefined;
    const floor = earliest?.start ?? here?.start ?? 0;
    const found = pronounTarget(scope, pronoun, position, floor, wantPerson);
    if (found) return found;
  }
  return undefined;
}

function pronounTarget(
  scope: ClaimScope,
  pronoun: string,
  position: number,
  floor: number,
  wantPerson: boolean,
): ResolvedMention | undefined {
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i]!;
    if (m.evidence.end > position) continue;
    if (m.evidence.start < floor) break;
    if (!isActor(m)) continue;
    if (insideQuote(scope, m.evidence.start) && !insideQuote(scope, position)) continue;
    if (isPreposed(scope, m)) continue;
    if ((m.type === 'PERSON') === wantPerson) return m;
    // 'X and Y ruled that … They said': 'they' for two people named together, the first holds it.
    const before = scope.mentions[i - 1];
    if (
      pronoun === 'they' &&
      m.type === 'PERSON' &&
      before?.type === 'PERSON' &&
      /^\s+and\s+$/.test(scope.text.slice(before.evidence.end, m.evidence.start))
    ) {
      return before;
    }
  }
  return undefined;
}

/**
 * The speaker of a reporting verb, read leftwards: a pronoun right before it, '<demonym> reports'
 * ('Russian reports stated'), or the nearest actor in the same clause — a person in reach is
 * preferred to a nearer organisation, since 'X valued the help Russian forces gave and underlined'
 * is said by X.
 */
export function speakerBefore(scope: ClaimScope, verbStart: number, floor = 0): Speaker | undefined {
  const windowStart = Math.max(floor, verbStart - 110);
  const words = wordsOf(scope.text.slice(windowStart, verbStart), windowStart);
  let k = words.length - 1;
  while (k >= 0 && FILLERS.has(words[k]!.lower)) k--;
  const subjectWord = words[k];
  if (subjectWord && sameClause(scope.text, subjectWord.end, verbStart)) {
    const lower = subjectWord.lower;
    if (scope.lexicon.personPronouns.has(lower) || scope.lexicon.groupPronouns.has(lower)) {
      const m = resolvePronoun(scope, lower, subjectWord.start);
      return m ? { mention: m, how: 'pronoun' } : undefined;
    }
    const twoWords = k > 0 ? `${words[k - 1]!.lower} ${lower}` : lower;
    const reportNoun = scope.lexicon.reportNouns.has(twoWords)
      ? twoWords
      : scope.lexicon.reportNouns.has(lower)
        ? lower
        : '';
    if (reportNoun) {
      const nounStart = words[k - (reportNoun.includes(' ') ? 1 : 0)]!.start;
      const owner = scope.mentions.find(
        (m) =>
          isActor(m) &&
          m.evidence.end <= nounStart &&
          /^(?:['’]s)?\s*$/.test(scope.text.slice(m.evidence.end, nounStart)),
      );
      return owner ? { mention: owner, how: 'report-noun' } : undefined;
    }
  }
  if (subjectWord && unnamedPluralSubject(scope, subjectWord)) return undefined;
  let nearest: ResolvedMention | undefined;
  let person: ResolvedMention | undefined;
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i]!;
    if (m.evidence.end > verbStart) continue;
    if (m.evidence.start < windowStart || !sameClause(scope.text, m.evidence.end, verbStart)) break;
    if (!isActor(m) || isPreposed(scope, m) || modifiesOtherNoun(scope, m)) continue;
    if (insideQuote(scope, m.evidence.start) !== insideQuote(scope, verbStart)) continue;
    nearest ??= m;
    if (m.type === 'PERSON' && !possessiveAt(scope.text, m.evidence.end)) {
      person = m;
      break;
    }
  }
  const chosen = person ?? nearest;
  return chosen ? { mention: chosen, how: 'named' } : undefined;
}

/**
 * 'The US created fewer jobs, but analysts said …': an unnamed plural subject opening a new clause
 * ('but analysts', 'and some critics') speaks, not an actor named earlier in the sentence. A plural
 * attached to a name ('Ministry of Defence lawyers argued') or in an apposition keeps the name.
 */
function unnamedPluralSubject(scope: ClaimScope, subject: Word): boolean {
  if (!/^\p{Ll}+s$/u.test(subject.text) || /(?:ss|us|is)$/.test(subject.lower)) return false;
  if (scope.mentions.some((m) => m.evidence.start <= subject.start && m.evidence.end >= subject.end))
    return false;
  // The subject opens a new clause: 'but analysts said', 'and some critics argued'.
  const leadStart = Math.max(0, subject.start - 40);
  const lead = wordsOf(scope.text.slice(leadStart, subject.start), leadStart).slice(-4);
  for (let k = lead.length - 1; k >= 0; k--) {
    const word = lead[k]!;
    if (CLAUSE_CONJUNCTIONS.has(word.lower))
      return !/[,;:—–-]/.test(scope.text.slice(word.end, subject.start));
    if (!/^\p{Ll}+$/u.test(word.text)) return false;
  }
  return false;
}

const CLAUSE_CONJUNCTIONS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet']);

const SEGMENT_END =
  /\b(?:through|via|relayed|in a|in an|at|on|who|which|while|after|before|during|when|told)\b|[.;:!?“”"]/;

/** The speaker named after a reporting verb ('said Syrian president, Bashar al-Assad'): a person in the apposition wins. */
export function speakerAfter(scope: ClaimScope, from: number, limit: number): Speaker | undefined {
  const rest = scope.text.slice(from, limit);
  const cut = SEGMENT_END.exec(rest.replace(/\b(?:[A-Z]\.){1,3}/g, (m) => 'X'.repeat(m.length)));
  const to = from + (cut ? cut.index : rest.length);
  const inSegment = scope.mentions.filter(
    (m) => isActor(m) && m.evidence.start >= from && m.evidence.start < to && !modifiesOtherNoun(scope, m),
  );
  const chosen = inSegment.find((m) => m.type === 'PERSON') ?? inSegment[0];
  return chosen ? { mention: chosen, how: 'named' } : undefined;
}

/** Actors a statement was given to or carried by ('speaking to Y', 'relayed to Y', 'told Y'). */
export function relaysIn(
  scope: ClaimScope,
  from: number,
  to: number,
  exclude?: ResolvedMention,
): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const cue of findPhrases(scope.lexicon.relayCues, scope.text.slice(from, to), from)) {
    const m = scope.mentions.find((x) => x.evidence.start >= cue.end && x.evidence.start - cue.end <= 40);
    if (!m || !isActor(m) || m === exclude) continue;
    if (!/^[\s\p{Ll}-]*$/u.test(scope.text.slice(cue.end, m.evidence.start))) continue;
    // 'told Blair' names whom a speaker addressed, not who carried the words.
    if ((cue.phrase === 'told' || cue.phrase === 'tells') && m.type === 'PERSON') continue;
    if (!out.includes(m)) out.push(m);
  }
  return out;
}
