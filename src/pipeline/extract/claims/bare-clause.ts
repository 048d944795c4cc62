import type { ClaimKind } from '../../../domain.js';
import { wordsOf, type Word } from '../events/words.js';
import { finiteVerb } from './clause-role.js';
import type { ClaimScope } from './claim-scope.js';
import { opensClause } from './opens-clause.js';
import { CLAUSE_VERBS } from './speech-lexicon.js';
import { transferFrame } from './transfer-frame.js';
import { add, speakerOf, type VerbContext } from './verb-context.js';

/**
 * 'He praised striker Jerome Thomas': the object is an actor, named with at most a few words before it,
 * and the sentence ends there — a speech act with no content, so no claim ('praised the courage of …'
 * and 'praised X for his courage' keep theirs).
 */
function onlyAnActor(v: VerbContext, verb: Word): boolean {
  const { scope } = v;
  const m = scope.mentions.find((x) => x.kind === 'ACTOR' && x.evidence.start >= verb.end);
  if (!m || m.evidence.end > v.range.to) return false;
  const lead = wordsOf(scope.text.slice(verb.end, m.evidence.start));
  return lead.length <= 3 && /^[\s.!?"”’]*$/.test(scope.text.slice(m.evidence.end, v.range.to));
}

/** The most words between an 'as' verb and its 'as' (the object: 'the DC Comics comic-book character'). */
const AS_OBJECT_WORDS = 6;

/** True when 'as' follows the verb at `i` within a short object, with no clause punctuation between. */
export function asFollows(text: string, words: readonly Word[], i: number): boolean {
  const at = words.slice(i + 1, i + 2 + AS_OBJECT_WORDS).findIndex((w) => w.lower === 'as');
  return at >= 0 && !/[,;:.!?]/.test(text.slice(words[i]!.end, words[i + 1 + at]!.start));
}

/**
 * Where the description after an 'as' verb ends: 'condemned the debate as a "charade" and complained …',
 * 'touted the machine as the Walkman … and has sold …' — a second predicate of the same subject after
 * 'and' (a finite or reporting verb, or an auxiliary or adverb that opens a predicate: 'and has',
 * 'and also'), or a quotation opened after a comma, is no part of it.
 */
function asPhraseEnd(scope: ClaimScope, from: number, to: number): number {
  const rest = scope.text.slice(from, to);
  for (const m of rest.matchAll(/,?\s+and\s+(\p{Ll}+)|,\s*["“]/gu)) {
    const next = m[1];
    if (
      next === undefined ||
      finiteVerb(scope, next) ||
      scope.lexicon.verbKind.has(next) ||
      scope.lexicon.syntax.speakerFillers.has(next)
    )
      return from + m.index;
  }
  return to;
}

/**
 * A verb that takes a bare clause, a denial or an accusation: 'she said new mothers were …', 'X denied …',
 * and any reporting verb whose complement opens a clause ('predicted the campaign would …').
 */
export function bareClause(v: VerbContext, verb: Word, kind: ClaimKind): void {
  const { scope, words, i } = v;
  // 'said on Friday he was …': a day after 'on' is no part of the clause.
  const onDay =
    words[i + 1]?.lower === 'on' && scope.lexicon.syntax.leadTimeWords.has(words[i + 2]?.lower ?? '') ? 2 : 0;
  const at = i + 1 + onDay;
  const next = words[at];
  if (!next || transferFrame(scope.lexicon.syntax, words, i, scope.text)) return;
  // 'announced it was to buy …', 'confirmed they had …': a subject pronoun opens a clause after any verb.
  const pronounSubject =
    scope.lexicon.personPronouns.has(next.lower) || scope.lexicon.groupPronouns.has(next.lower);
  // 'described the character as "the most iconic heroine"': the caller saw the 'as'; object and
  // description are the claim, as for the object verbs.
  const objectVerb =
    (scope.lexicon.objectVerbs.has(verb.lower) || scope.lexicon.asVerbs.has(verb.lower)) &&
    !onlyAnActor(v, verb);
  const clause = CLAUSE_VERBS.has(verb.lower) || pronounSubject || opensClause(scope, words, at);
  if (!(clause || kind === 'DENIAL' || kind === 'ACCUSATION' || objectVerb)) return;
  if (/[,.;:!?]/.test(scope.text.slice(verb.end, next.start))) return;
  // 'claimed to have been involved in a crash': a claim about the speaker itself.
  const aboutItself =
    next.lower === 'to' && scope.lexicon.syntax.selfInfinitives.has(words[at + 1]?.lower ?? '');
  if (scope.lexicon.syntax.bareClauseBlockers.has(next.lower) && !aboutItself) return;
  const speaker = speakerOf(v, verb);
  if (!speaker) return;
  let start = aboutItself || onDay > 0 ? next.start : verb.end;
  if (verb.lower === 'told' || verb.lower === 'tells') {
    // 'told Y (that) …': skip the addressee
    const addressee = scope.mentions.find(
      (m) =>
        m.evidence.start >= verb.end &&
        /^\s*(?:the\s+)?$/i.test(scope.text.slice(verb.end, m.evidence.start)),
    );
    if (!addressee) return;
    start = addressee.evidence.end;
  }
  // An object and its description ('condemned the plan as …'), not a clause ('said it was as …').
  const described = scope.lexicon.asVerbs.has(verb.lower) || (!clause && asFollows(scope.text, words, i));
  const end = described ? asPhraseEnd(scope, start, v.range.to) : v.range.to;
  add(v, start, speaker, kind, 'verb-clause', 0.6, end);
}
