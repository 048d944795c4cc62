import type { ResolvedMention } from '../context.js';
import { DETERMINERS } from '../events/words.js';
import type { Word } from '../events/words.js';
import type { ClaimScope, Speaker } from './claim-scope.js';
import { earlierHeadSpeaker } from './earlier-head-speaker.js';
import { modifiesOtherNoun } from './mention-position.js';
import { resolveReference, type ReferenceWant } from './resolve-reference.js';

/** A speaker named by a common noun phrase: 'the firm', 'The Australian firm', 'a spokesman', 'the 22-year-old'. */
export interface NounPhrase {
  want: ReferenceWant;
  start: number;
  end: number;
  /** The head names a person ('spokesman', 'manager'), who may stand for an organisation named inside. */
  person: boolean;
  gender?: 'male' | 'female';
}

/**
 * The noun phrase whose head is `words[k]`: a determiner, up to three modifiers, and a head noun that
 * names an organisation ('firm', 'ministry', 'club') or a person ('spokesman', 'manager', '22-year-old').
 * Not after a preposition ('wrote to the watchdog saying'): that is no subject.
 */
export function nounPhraseAt(scope: ClaimScope, words: readonly Word[], k: number): NounPhrase | undefined {
  const head = words[k];
  if (!head || !/^\p{Ll}/u.test(head.text.replace(/^\d+-/, 'x'))) return undefined;
  const ref = scope.lexicon.reference;
  const syntax = scope.lexicon.syntax;
  const singular = ref.groupHeads.has(head.lower) ? undefined : singularOf(ref.groupHeads, head.lower);
  const type = ref.groupHeads.get(singular ?? head.lower);
  const person = ref.personHeads.has(head.lower) || syntax.personAgeHead.test(head.lower);
  if (type === undefined && !person) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const word = words[j]!;
    if (/[^\s-]/.test(scope.text.slice(word.end, words[j + 1]!.start))) return undefined;
    const plural = singular !== undefined && syntax.pluralDeterminers.has(word.lower);
    if (!plural && (!DETERMINERS.has(word.lower) || word.lower === 'that')) continue;
    const before = words[j - 1];
    if (
      before &&
      scope.prepositions.has(before.lower) &&
      !/[,.;:]/.test(scope.text.slice(before.end, word.start))
    )
      return undefined;
    const want: ReferenceWant = person
      ? { person: true }
      : {
          person: false,
          type: type!,
          noun: true,
          ...(singular ? { plural: true } : {}),
          ...(syntax.generalGroupHeads.has(singular ?? head.lower) ? { general: true } : {}),
        };
    const gender = syntax.headGender.get(head.lower);
    if (gender && want.person) want.gender = gender;
    return { want, start: word.start, end: head.end, person, ...(gender ? { gender } : {}) };
  }
  return undefined;
}

/** 'companies' → 'company', 'organisations' → 'organisation': the singular of a plural group head, if it is one. */
function singularOf(heads: ReadonlyMap<string, unknown>, lower: string): string | undefined {
  const forms = [lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  return forms.find((f) => f !== lower && heads.has(f));
}

/**
 * The actor named inside a noun phrase that speaks for it ('A Labour Party spokesman', 'the Fox network').
 * Not a contest named before a result noun ('The Sydney Olympic gold medallist'): that phrase refers to a person.
 */
function namedInside(scope: ClaimScope, np: NounPhrase): ResolvedMention | undefined {
  const head = /([\p{L}-]+)$/u.exec(scope.text.slice(np.start, np.end))?.[1]?.toLowerCase() ?? '';
  if (np.person && scope.lexicon.syntax.achievementHeads.has(head)) return undefined;
  return scope.mentions.find(
    (m) =>
      m.kind === 'ACTOR' &&
      m.evidence.start >= np.start &&
      m.evidence.end <= np.end &&
      m.type !== 'PERSON' &&
      !modifiesOtherNoun(scope, m),
  );
}

/**
 * A capitalised modifier that names nothing known ('A Conservative spokeswoman'): a new speaker, not an
 * earlier one. A compound adjective of a name and a lower-case participle or adjective ('The Paris-based
 * group', 'the US-led coalition') describes the speaker and names no other one.
 */
function unknownName(scope: ClaimScope, np: NounPhrase): boolean {
  const inner = scope.text.slice(np.start, np.end);
  for (const match of inner.matchAll(/(?<=\s)\p{Lu}[\p{L}-]*/gu)) {
    const at = np.start + match.index;
    if (scope.lexicon.reference.demonyms.has(match[0].toLowerCase())) continue;
    if (/^\p{Lu}[\p{L}]*-\p{Ll}+$/u.test(match[0])) continue;
    if (!scope.mentions.some((m) => m.evidence.start <= at && m.evidence.end > at)) return true;
  }
  return false;
}

/** 'Stephen Toulouse, a Microsoft security manager, said': the person the noun phrase stands beside. */
function apposedPerson(scope: ClaimScope, np: NounPhrase): ResolvedMention | undefined {
  if (!np.person) return undefined;
  return scope.mentions.find(
    (m) =>
      m.kind === 'ACTOR' &&
      m.type === 'PERSON' &&
      m.evidence.end <= np.start &&
      /^\s*,\s*$/.test(scope.text.slice(m.evidence.end, np.start)),
  );
}

/**
 * 'Bank of England figures were released. … , the bank said': a definite noun phrase whose head noun is
 * a word of an organisation's name, named earlier in the article, stands for the latest such
 * organisation (head matching of definite descriptions, Vieira & Poesio 2000).
 */
function sameHeadName(scope: ClaimScope, np: NounPhrase): ResolvedMention | undefined {
  if (np.person || !/^the\s/i.test(scope.text.slice(np.start, np.end))) return undefined;
  const head = /(\p{L}+)$/u.exec(scope.text.slice(np.start, np.end))?.[1]?.toLowerCase();
  if (!head) return undefined;
  return scope.mentions.findLast(
    (m) =>
      m.kind === 'ACTOR' &&
      m.type !== 'PERSON' &&
      m.evidence.end <= np.start &&
      m.surface
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .includes(head),
  );
}

/**
 * The speaker a noun phrase stands for: the person it is in apposition to, an organisation named inside
 * it ('A Labour Party spokesman'), else the actor it refers back to ('the firm' → the company last
 * speaking or named). Undefined for a phrase with an unknown name in it.
 */
export function nounPhraseSpeaker(scope: ClaimScope, np: NounPhrase): Speaker | undefined {
  const gender = np.gender ? { gender: np.gender } : {};
  const apposed = apposedPerson(scope, np);
  if (apposed) return { mention: apposed, how: 'named', person: true };
  const inside = namedInside(scope, np);
  if (inside) return { mention: inside, how: 'named', person: np.person, ...gender };
  if (unknownName(scope, np)) return undefined;
  const same = sameHeadName(scope, np);
  if (same) return { mention: same, how: 'noun-phrase', person: np.person, ...gender };
  const repeated = np.person ? undefined : earlierHeadSpeaker(scope, np);
  if (repeated) return { mention: repeated, how: 'noun-phrase', person: false };
  const found = resolveReference(scope, np.want, np.start);
  if (!found) return undefined;
  const known = found.gender ?? np.gender;
  return {
    mention: found.mention,
    how: 'noun-phrase',
    person: found.person,
    ...(known ? { gender: known } : {}),
  };
}
