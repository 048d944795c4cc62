import type { ResolvedMention } from '../context.js';
import { sentenceAt } from '../events/sentence-mentions.js';
import { findPhrases, possessiveAt, sameClause, wordsOf } from '../events/words.js';
import type { Word } from '../events/words.js';
import type { ClaimScope, Speaker } from './claim-scope.js';
import { inPrepositionalPhrase, insideQuote, modifiesOtherNoun } from './mention-position.js';
import { nameEnd } from './name-end.js';
import { nounPhraseAt, nounPhraseSpeaker } from './noun-phrase-speaker.js';
import { principalSpeaker } from './principal-speaker.js';
import { pronounWant, resolveReference } from './resolve-reference.js';
import { beforeSubjectRelative } from './subject-relative.js';
import { tagsOf } from './clause-role.js';

export type { ClaimScope, Speaker } from './claim-scope.js';
export { insideQuote, modifiesOtherNoun } from './mention-position.js';

function isActor(m: ResolvedMention): boolean {
  return m.kind === 'ACTOR';
}

/**
 * 'X, who was in charge of the case, said', 'Lord Cullen, sitting with Lord Osborne, ruled': the verb's
 * subject stands before the relative clause or the participle clause set off by commas.
 */
function beforeRelativeClause(scope: ClaimScope, verbStart: number, floor: number): number | undefined {
  const head = scope.text.slice(floor, verbStart);
  const words = scope.lexicon.syntax.relativePronouns;
  const match = /,\s*(\p{Ll}+)\b[^,;:.!?"“”]*(?:,[^,;:.!?"“”]*)?,\s*(?:\p{Ll}+\s+)?$/u.exec(head);
  const opener = match?.[1];
  if (!match || !opener || !(words.has(opener) || participle(scope, opener))) return undefined;
  return floor + match.index;
}

/** A present participle that opens a clause ('sitting', 'speaking'), by the lexicon's verb forms. */
function participle(scope: ClaimScope, lower: string): boolean {
  return tagsOf(lower).some((t) => scope.lexicon.syntax.participleTags.has(t));
}

/**
 * 'Acme, a huge customer (24% of sales), hinted …': an indefinite noun phrase between commas right after a
 * name is its apposition; the name before it is the verb's subject. (A definite one, 'X, the firm's
 * chief, said', is read by the noun-phrase rules.)
 */
function beforeApposition(scope: ClaimScope, verbStart: number, floor: number): number | undefined {
  const head = scope.text.slice(floor, verbStart);
  const match = /,\s*(?:a|an)\s[^,;:.!?"“”]*,\s*$/u.exec(head);
  if (!match) return undefined;
  const at = floor + match.index;
  if (at <= floor) return undefined;
  const named = scope.mentions.find(
    (m) => isActor(m) && /^[\s.]*$/.test(scope.text.slice(m.evidence.end, at)),
  );
  return named?.evidence.end;
}

/**
 * 'Bush condemned the killing, telling Allawi …', 'X said …, suggesting that …': a participle after a
 * comma attaches to the subject of its clause, the speaker of the verb before it in the sentence.
 */
function participleSpeaker(scope: ClaimScope, verbStart: number): Speaker | undefined {
  const verb = wordsOf(scope.text.slice(verbStart, verbStart + 30), verbStart)[0];
  if (!verb || !verb.lower.endsWith('ing') || !/,\s*$/.test(scope.text.slice(verbStart - 3, verbStart)))
    return undefined;
  const sentence = sentenceAt(scope.sentences, verbStart);
  const event = (scope.history ?? [])
    .filter((e) => e.at < verbStart && e.at >= (sentence?.start ?? 0))
    .at(-1);
  if (!event) return undefined;
  return {
    mention: event.mention,
    how: 'pronoun',
    person: event.person,
    ...(event.gender ? { gender: event.gender } : {}),
  };
}

/** The speaker named by the word right before the verb: a pronoun, '<demonym> reports', or 'the firm'. */
function subjectReference(
  scope: ClaimScope,
  words: readonly Word[],
  k: number,
  verbStart: number,
): Speaker | undefined | null {
  const subjectWord = words[k];
  if (!subjectWord || !sameClause(scope.text, subjectWord.end, verbStart)) return null;
  const lower = subjectWord.lower;
  // 'protests by the National Council for Adoption, which said …': a relative pronoun's antecedent speaks.
  if (scope.lexicon.syntax.relativePronouns.has(lower)) {
    const antecedent = scope.mentions.find(
      (m) => isActor(m) && /^\s*,\s*$/.test(scope.text.slice(m.evidence.end, subjectWord.start)),
    );
    if (antecedent) return { mention: antecedent, how: 'named', person: antecedent.type === 'PERSON' };
  }
  const want = pronounWant(scope, lower);
  if (want) {
    const found = resolveReference(scope, want, subjectWord.start);
    if (!found) return undefined;
    return {
      mention: found.mention,
      how: 'pronoun',
      person: found.person,
      ...(found.gender ? { gender: found.gender } : {}),
    };
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
  const np = nounPhraseAt(scope, words, k);
  return np ? (nounPhraseSpeaker(scope, np) ?? undefined) : null;
}

/**
 * The speaker of a reporting verb, read leftwards: a pronoun right before it (resolved to the current
 * speaker or the nearest subject), '<demonym> reports' ('Russian reports stated'), a noun phrase ('the
 * firm said', 'A Labour Party spokesman said'), or the nearest actor in the same clause — a person in
 * reach is preferred to a nearer organisation, since 'X valued the help Russian forces gave and
 * underlined' is said by X. A relative clause on the speaker ('X, who …, said') is stepped over.
 */
export function speakerBefore(scope: ClaimScope, verbStart: number, floor = 0): Speaker | undefined {
  const relative =
    beforeRelativeClause(scope, verbStart, floor) ??
    beforeApposition(scope, verbStart, floor) ??
    beforeSubjectRelative(scope, verbStart, floor);
  if (relative !== undefined) return speakerBefore(scope, relative, floor);
  const participle = participleSpeaker(scope, verbStart);
  if (participle) return participle;
  // 'The Inter-American Development Bank (IADB) said', '… (IADB) still forecasts': the name before
  // the bracket speaks.
  const bracket = /\s*\([^()]{1,20}\)((?:\s+\p{L}+)*)\s*$/u.exec(scope.text.slice(floor, verbStart));
  const fillers = (bracket?.[1] ?? '').split(/\s+/).filter(Boolean);
  if (bracket && fillers.every((w) => scope.lexicon.syntax.speakerFillers.has(w.toLowerCase())))
    return speakerBefore(scope, floor + bracket.index, floor);
  const windowStart = Math.max(floor, verbStart - 110);
  const words = wordsOf(scope.text.slice(windowStart, verbStart), windowStart);
  let k = words.length - 1;
  while (k >= 0 && scope.lexicon.syntax.speakerFillers.has(words[k]!.lower)) k--;
  const principal = principalSpeaker(scope, words.slice(0, k + 1), verbStart);
  if (principal) return principal;
  const reference = subjectReference(scope, words, k, verbStart);
  if (reference !== null) return reference;
  const subjectWord = words[k];
  if (subjectWord && unnamedPluralSubject(scope, subjectWord)) return undefined;
  let nearest: ResolvedMention | undefined;
  let person: ResolvedMention | undefined;
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i]!;
    if (m.evidence.end > verbStart) continue;
    if (
      m.evidence.start < windowStart ||
      !sameClause(scope.text, Math.min(nameEnd(scope, m), verbStart), verbStart)
    )
      break;
    if (!isActor(m) || inPrepositionalPhrase(scope, m) || modifiesOtherNoun(scope, m)) continue;
    if (insideQuote(scope, m.evidence.start) !== insideQuote(scope, verbStart)) continue;
    nearest ??= m;
    if (m.type === 'PERSON' && !possessiveAt(scope.text, m.evidence.end)) {
      person = m;
      break;
    }
  }
  const chosen = person ?? nearest;
  return chosen ? { mention: chosen, how: 'named', person: chosen.type === 'PERSON' } : undefined;
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
  const leadStart = Math.max(0, subject.start - 40);
  const lead = wordsOf(scope.text.slice(leadStart, subject.start), leadStart).slice(-4);
  for (let k = lead.length - 1; k >= 0; k--) {
    const word = lead[k]!;
    if (scope.lexicon.syntax.clauseConjunctions.has(word.lower))
      return !/[,;:—–-]/.test(scope.text.slice(word.end, subject.start));
    if (!/^\p{Ll}+$/u.test(word.text)) return false;
  }
  return false;
}

const SEGMENT_END =
  /\b(?:through|via|relayed|in a|in an|at|on|who|which|while|after|before|during|when|told)\b|[.;:!?“”"]/;

/**
 * The speaker named after a reporting verb ('said Syrian president, Bashar al-Assad'): a person in the
 * apposition wins; with no name, a noun phrase ('said a Fox spokesman', 'said the 22-year-old').
 */
export function speakerAfter(scope: ClaimScope, from: number, limit: number): Speaker | undefined {
  const rest = scope.text.slice(from, limit);
  const cut = SEGMENT_END.exec(rest.replace(/\b(?:[A-Z]\.){1,3}/g, (m) => 'X'.repeat(m.length)));
  const to = from + (cut ? cut.index : rest.length);
  const inSegment = scope.mentions.filter(
    (m) => isActor(m) && m.evidence.start >= from && m.evidence.start < to && !modifiesOtherNoun(scope, m),
  );
  const chosen = inSegment.find((m) => m.type === 'PERSON') ?? inSegment[0];
  if (chosen) return { mention: chosen, how: 'named', person: chosen.type === 'PERSON' };
  const words = wordsOf(scope.text.slice(from, to), from).slice(0, 5);
  for (let k = 1; k < words.length; k++) {
    const np = nounPhraseAt(scope, words, k);
    if (np) return nounPhraseSpeaker(scope, np);
  }
  return undefined;
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
