import grammar from '../../../knowledge/data/event-grammar-words.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import { namedNeighbour } from './trigger-named-neighbour.js';
import { sameClause } from './words.js';
import type { Word } from './words.js';

/** Common nouns that name a party by its kind ('the company', 'ministers'; `data/event-grammar-words.json`). */
const ACTOR_NOUNS: ReadonlySet<string> = new Set(grammar.actorNouns);
/** Words that may stand between a subject and its verb ('the episode has so far been broadcast'). */
const BETWEEN: ReadonlySet<string> = new Set([...grammar.subjectAuxiliaries, ...grammar.subjectAdverbs]);
/** Words that open a noun phrase ('the', 'its', 'two'). */
const OPENERS: ReadonlySet<string> = new Set([...grammar.determiners, ...grammar.phraseOpeners]);
/**
 * Prepositions after an event noun whose object is its agent or patient ('a ruling by the court', 'an
 * inquiry into the agency'); 'with', 'for' and 'from' also name partners, beneficiaries and sources,
 * which a described noun alone does not tell apart from a party to this event.
 */
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(grammar.partyPrepositions);
/** How many auxiliaries and adverbs may stand between the subject's head noun and the verb. */
const SUBJECT_REACH = 4;
/** How many words of an object noun phrase are read for its head ('the struggling Japanese firm'). */
const OBJECT_REACH = 4;

/** The word's singular, when it is a regular plural. */
function singularOf(lower: string): string {
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** The noun names a party by its kind: an actor noun in lower case, singular or plural. */
function fits(word: Word): boolean {
  if (/^\p{Lu}/u.test(word.text) && word.text !== word.text.toUpperCase()) return false;
  return ACTOR_NOUNS.has(word.lower) || ACTOR_NOUNS.has(singularOf(word.lower));
}

/** Prepositions that make the noun after them no subject ('advice to the government has been published'). */
const GOVERNORS: ReadonlySet<string> = new Set([
  ...grammar.participantPrepositions,
  ...grammar.placePrepositions,
]);
/** Relative words, which open a clause of their own inside the noun phrase. */
const RELATIVES: ReadonlySet<string> = new Set(grammar.relativeWords);
/** Prepositions that may stand right after an intransitive verb ('broke out among'). */
const EXTRA_PREPOSITIONS: ReadonlySet<string> = new Set(grammar.intransitivePrepositions);

/** The noun at `k` is the object of a preposition: one stands before its noun phrase ('to the government'). */
function governed(words: readonly Word[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j >= k - OBJECT_REACH && !GOVERNORS.has(words[j]!.lower)) {
    if (!OPENERS.has(words[j]!.lower) && !/^\p{Ll}/u.test(words[j]!.text)) break;
    j -= 1;
  }
  return j >= 0 && j >= k - OBJECT_REACH && GOVERNORS.has(words[j]!.lower);
}

/** 'the committee launched', 'only one episode has so far been broadcast': the noun right before the verb. */
function subjectFits(text: string, words: readonly Word[], hit: TriggerHit): boolean {
  for (let k = hit.wordIndex - 1; k >= Math.max(0, hit.wordIndex - 1 - SUBJECT_REACH); k--) {
    const word = words[k]!;
    if (!sameClause(text, word.end, words[k + 1]!.start)) return false;
    // 'the company's shares rose': a possessive is a modifier, the head comes after it.
    if (!word.possessive && fits(word)) return !governed(words, k);
    if (!BETWEEN.has(word.lower) && !/ly$/.test(word.lower)) return false;
  }
  return false;
}

/** 'sued the company', 'was criticised by ministers', 'an inquiry into the agency': the head of the phrase after it. */
function objectFits(text: string, words: readonly Word[], hit: TriggerHit): boolean {
  let k = hit.lastWordIndex + 1;
  const lead = words[k]?.lower ?? '';
  if (hit.nominal || hit.passive) {
    if (!(hit.passive ? lead === 'by' : PARTY_PREPOSITIONS.has(lead))) return false;
    k += 1;
  }
  const end = words[hit.lastWordIndex]!.end;
  for (let j = k; j < Math.min(words.length, k + OBJECT_REACH); j++) {
    const word = words[j]!;
    if (!sameClause(text, end, word.start)) return false;
    if (fits(word)) return true;
    // 'broke out among the musicians', 'coming from the third party': a preposition ends the object slot.
    if (GOVERNORS.has(word.lower) || EXTRA_PREPOSITIONS.has(word.lower)) return false;
    // 'any profit from Wembley, where the firm …': a relative word opens another clause.
    if (RELATIVES.has(word.lower)) return false;
  }
  return false;
}

/**
 * Whether a trigger's subject or object slot holds a party described by its kind rather than named
 * ('the committee launched their inquiry', 'the club was fined', 'the side beat the champions'). General news often names no actor: such a phrase tells who or
 * what took part as well as a name does. A nominal trigger reads its possessive ('the committee's
 * inquiry') and the object of a participant preposition. As for names, an uncued active verb does
 * not count this way.
 */
export function describedNeighbour(text: string, words: readonly Word[], hit: TriggerHit): boolean {
  // An uncued active verb ('the judge agreed to extend', 'which launched the actress') has nothing but the
  // noun to go on (as for names); a passive's subject is its undergoer all the same.
  if (!hit.nominal && hit.entry.cues === undefined && !hit.passive) return false;
  // 'Best Buy': a capitalised trigger mid-sentence is part of a name itself.
  if (hit.wordIndex > 0 && /^\p{Lu}/u.test(words[hit.wordIndex]!.text)) return false;
  if (hit.nominal) {
    const before = words[hit.wordIndex - 1];
    if (before?.possessive && fits(before)) return true;
    return objectFits(text, words, hit);
  }
  // A passive's subject undergoes the event and its 'by' phrase acts.
  const wanted = hit.entry.requires;
  const subjectRole = hit.passive ? 'target' : 'agent';
  const objectRole = hit.passive ? 'agent' : 'target';
  if (wanted !== objectRole && subjectFits(text, words, hit)) return true;
  return wanted !== subjectRole && objectFits(text, words, hit);
}

/**
 * Whether a trigger's slots name a participant by the words alone: a proper name the recogniser may
 * not know (for a reading that requires a participant, see `namedNeighbour`) or a described party
 * ({@link describedNeighbour}).
 */
export function partyInSlot(text: string, words: readonly Word[], hit: TriggerHit): boolean {
  return (
    (hit.entry.requires === 'participant' && namedNeighbour(text, words, hit)) ||
    describedNeighbour(text, words, hit)
  );
}
