import grammar from '../../../knowledge/data/event-grammar-words.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import { sameClause } from './words.js';
import type { Word } from './words.js';

/** Prepositions after an event noun whose object takes part ('a defeat at Shrewsbury'). */
const PARTICIPANT_PREPOSITIONS: ReadonlySet<string> = new Set(grammar.participantPrepositions);
/** Capitalised words that name nobody (function words, titles, days, months). */
const NOT_NAMES: ReadonlySet<string> = new Set(grammar.notNames);
/** Words that may stand between a subject and its verb ('Bellamy was also fined', 'Gore has won'). */
const AUXILIARIES: ReadonlySet<string> = new Set(grammar.subjectAuxiliaries);
/** Words before a name that make it a modifier or a prepositional object, not the subject ('in the US', 'The TV host'). */
const NOT_BEFORE_SUBJECT: ReadonlySet<string> = new Set([
  ...grammar.determiners,
  ...grammar.participantPrepositions,
  'in',
  'on',
]);
/** How many auxiliaries and adverbs may stand between the subject and the verb. */
const SUBJECT_REACH = 3;

function isName(word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word.text) && !NOT_NAMES.has(word.lower);
}

/** A sentence in title case (a headline) has no lower-case word of four letters or more. */
function titleCase(words: readonly Word[]): boolean {
  return !words.some((w) => w.text.length > 3 && /^\p{Ll}/u.test(w.text));
}

function subjectName(text: string, words: readonly Word[], hit: TriggerHit): boolean {
  for (let k = hit.wordIndex - 1; k >= Math.max(0, hit.wordIndex - 1 - SUBJECT_REACH); k--) {
    const word = words[k]!;
    if (!sameClause(text, word.end, words[k + 1]!.start)) return false;
    if (isName(word)) {
      // 'Dismal reports', 'Legal attacks': a lone capital opening the sentence right before the verb is no name.
      if (k === 0 && k === hit.wordIndex - 1) return false;
      return !NOT_BEFORE_SUBJECT.has(words[k - 1]?.lower ?? '');
    }
    if (!AUXILIARIES.has(word.lower) && !/ly$/.test(word.lower)) return false;
  }
  return false;
}

function objectName(text: string, words: readonly Word[], hit: TriggerHit): boolean {
  let k = hit.lastWordIndex + 1;
  if (hit.nominal) {
    if (!PARTICIPANT_PREPOSITIONS.has(words[k]?.lower ?? '')) return false;
    k += 1;
  }
  const word = words[k];
  return word !== undefined && sameClause(text, words[hit.lastWordIndex]!.end, word.start) && isName(word);
}

/**
 * Whether a proper name stands right in a trigger's subject or object slot ('Bellamy was fined',
 * 'Al Gore won', 'a 5-0 defeat at Shrewsbury'): a participant is named even when the name is not one
 * the recogniser knows. Only for a reading whose cue words confirm its sense, or a passive. A headline
 * in title case, where every word is capitalised, names nobody this way.
 */
export function namedNeighbour(text: string, words: readonly Word[], hit: TriggerHit): boolean {
  // An uncued active verb ('Bill Gates visited the show') has nothing but the unknown name to go on.
  if (hit.entry.cues === undefined && !hit.passive) return false;
  // 'Best Buy', 'Operation Black Vote': a capitalised trigger mid-sentence is part of a name itself.
  if (hit.wordIndex > 0 && /^\p{Lu}/u.test(words[hit.wordIndex]!.text)) return false;
  // The neighbours are read before the whole sentence's case (all three are tests without side effects).
  return (
    ((!hit.nominal && subjectName(text, words, hit)) || objectName(text, words, hit)) && !titleCase(words)
  );
}
