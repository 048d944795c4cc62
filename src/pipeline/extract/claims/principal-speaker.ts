import type { Word } from '../events/words.js';
import type { ClaimScope, Speaker } from './claim-scope.js';
import { nounPhraseAt, nounPhraseSpeaker, type NounPhrase } from './noun-phrase-speaker.js';
import { resolveReference } from './resolve-reference.js';

/** Prepositions that tie an unnamed person to the organisation they speak for ('a spokesman for X'). */
const PRINCIPAL_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'at', 'of', 'from']);

/** Possessive determiners that make an unnamed person an organisation's own ('its chief executive'). */
const GROUP_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);

/** How many words the subject may take before the verb ('A spokesman for the X Y Z, which …,'). */
const REACH = 16;

/**
 * True when nothing but a relative clause, a bracketed short form or a comma stands between the
 * principal's name and the verb: 'for Acme Holdings said', 'for Acme (AH) said', 'for Acme, which
 * runs the plant, said', 'for Acme which runs plants said'.
 */
function leadsToVerb(scope: ClaimScope, from: number, verbStart: number): boolean {
  const gap = scope.text.slice(from, verbStart).replace(/\s*\([^()]{1,30}\)/g, '');
  if (/^[\s,]*$/.test(gap)) return true;
  const relative = /^\s*,?\s*(\p{Ll}+)\b[^.;:!?"“”]*$/u.exec(gap);
  return relative !== null && scope.lexicon.syntax.relativePronouns.has(relative[1]!);
}

/** True when a named person stands right before the phrase, with a comma: the phrase is their apposition. */
function apposed(scope: ClaimScope, start: number): boolean {
  return scope.mentions.some(
    (m) =>
      m.kind === 'ACTOR' &&
      m.type === 'PERSON' &&
      m.evidence.end <= start &&
      /^\s*,\s*$/.test(scope.text.slice(m.evidence.end, start)),
  );
}

/** What may stand between the preposition and the principal's name: 'the', a modifier, or a person's title. */
function principalGap(scope: ClaimScope, gap: string, person: boolean): boolean {
  if (/^\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u.test(gap)) return true;
  const title = /^\s+(\p{Lu}\p{Ll}+)\.?\s+$/u.exec(gap)?.[1]?.toLowerCase() ?? '';
  const ref = scope.lexicon.reference;
  return person && (ref.maleTitles.has(title) || ref.femaleTitles.has(title));
}

/**
 * 'Officials at the European Commission said', 'but analysts at X warned': a plural person noun with no
 * determiner, opening its clause, is an unnamed subject like 'the officials'.
 */
function barePluralPerson(scope: ClaimScope, words: readonly Word[], j: number): NounPhrase | undefined {
  const word = words[j]!;
  const heads = scope.lexicon.reference.personHeads;
  if (!/^\p{L}\p{Ll}+s$/u.test(word.text) || !(heads.has(word.lower) || heads.has(word.lower.slice(0, -1))))
    return undefined;
  const before = words[j - 1];
  const opens =
    before === undefined ||
    scope.lexicon.syntax.clauseConjunctions.has(before.lower) ||
    /,\s*$/.test(scope.text.slice(before.end, word.start));
  return opens ? { want: { person: true }, start: word.start, end: word.end, person: true } : undefined;
}

/** 'A spokesman for the firm said': the organisation a group noun phrase after the preposition stands for. */
function groupPrincipal(
  scope: ClaimScope,
  words: readonly Word[],
  verbStart: number,
  gender: { gender?: 'male' | 'female' },
): Speaker | undefined {
  for (let k = 1; k < Math.min(words.length, 5); k++) {
    const np = nounPhraseAt(scope, words, k);
    if (!np || np.person || np.start !== words[0]!.start || !leadsToVerb(scope, np.end, verbStart)) continue;
    const found = nounPhraseSpeaker(scope, np);
    return found ? { ...found, person: true, ...gender } : undefined;
  }
  return undefined;
}

/**
 * The organisation an unnamed person speaks for, when that person is the subject of the verb at
 * `verbStart` (the gold guidelines: an unnamed spokesperson is not an actor, the principal they speak
 * for is the claimant): 'A spokesman for Acme Holdings said', 'An official at the ministry, which …,
 * said', 'Its chief executive said' (the organisation 'its' stands for). `words` are those before the
 * verb; undefined when the subject is no such phrase.
 */
export function principalSpeaker(
  scope: ClaimScope,
  words: readonly Word[],
  verbStart: number,
): Speaker | undefined {
  for (let j = words.length - 1; j >= Math.max(0, words.length - REACH); j--) {
    const np = nounPhraseAt(scope, words, j) ?? barePluralPerson(scope, words, j);
    if (!np?.person) continue;
    // 'Bill Armstrong, an analyst at X, said': the named person speaks.
    if (apposed(scope, np.start)) return undefined;
    const gender = np.gender ? { gender: np.gender } : {};
    const next = words[j + 1];
    const opener =
      scope.text
        .slice(np.start, np.start + 6)
        .toLowerCase()
        .split(/\s/)[0] ?? '';
    if (next === undefined && GROUP_POSSESSIVES.has(opener)) {
      const found = resolveReference(scope, { person: false }, np.start);
      return found ? { mention: found.mention, how: 'noun-phrase', person: true, ...gender } : undefined;
    }
    if (!next || !PRINCIPAL_PREPOSITIONS.has(next.lower)) return undefined;
    // 'A spokesman for Mr Prescott': one who speaks for a person names that person.
    const forPerson = next.lower === 'for' && scope.lexicon.syntax.representativeHeads.has(words[j]!.lower);
    const principal = scope.mentions.find(
      (m) =>
        m.kind === 'ACTOR' &&
        (m.type !== 'PERSON' || forPerson) &&
        m.evidence.start >= next.end &&
        principalGap(scope, scope.text.slice(next.end, m.evidence.start), m.type === 'PERSON'),
    );
    if (!principal || principal.evidence.end > verbStart)
      return groupPrincipal(scope, words.slice(j + 2), verbStart, gender);
    if (!leadsToVerb(scope, principal.evidence.end, verbStart)) return undefined;
    return { mention: principal, how: 'named', person: true, ...gender };
  }
  return undefined;
}
