import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { sentenceAt } from '../events/sentence-mentions.js';
import { findPhrases, possessiveAt, sameClause, wordBefore, wordsOf } from '../events/words.js';
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
  how: 'named' | 'pronoun' | 'report-noun';
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
 * Resolves 'he'/'she' to the nearest earlier PERSON that is a subject (not after a preposition),
 * in the same or the previous sentence; 'they'/'it'/'we' to the nearest such non-person actor.
 */
export function resolvePronoun(
  scope: ClaimScope,
  pronoun: string,
  position: number,
): ResolvedMention | undefined {
  const here = sentenceAt(scope.sentences, position);
  const previous = here ? scope.sentences[here.index - 1] : undefined;
  const floor = previous?.start ?? here?.start ?? 0;
  const wantPerson = scope.lexicon.personPronouns.has(pronoun);
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i]!;
    if (m.evidence.end > position) continue;
    if (m.evidence.start < floor) break;
    if (!isActor(m) || (m.type === 'PERSON') !== wantPerson) continue;
    if (insideQuote(scope, m.evidence.start) && !insideQuote(scope, position)) continue;
    if (isPreposed(scope, m)) continue;
    return m;
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
  let nearest: ResolvedMention | undefined;
  let person: ResolvedMention | undefined;
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i]!;
    if (m.evidence.end > verbStart) continue;
    if (m.evidence.start < windowStart || !sameClause(scope.text, m.evidence.end, verbStart)) break;
    if (!isActor(m) || isPreposed(scope, m)) continue;
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

const SEGMENT_END =
  /\b(?:through|via|relayed|in a|in an|at|on|who|which|while|after|before|during|when|told)\b|[.;:!?“”"]/;

/** The speaker named after a reporting verb ('said Syrian president, Bashar al-Assad'): a person in the apposition wins. */
export function speakerAfter(scope: ClaimScope, from: number, limit: number): Speaker | undefined {
  const rest = scope.text.slice(from, limit);
  const cut = SEGMENT_END.exec(rest.replace(/\b(?:[A-Z]\.){1,3}/g, (m) => 'X'.repeat(m.length)));
  const to = from + (cut ? cut.index : rest.length);
  const inSegment = scope.mentions.filter(
    (m) => isActor(m) && m.evidence.start >= from && m.evidence.start < to,
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
