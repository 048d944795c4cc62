import grammar from '../../../knowledge/data/event-grammar-words.json' with { type: 'json' };
import headData from '../../../knowledge/data/event-head-nouns.json' with { type: 'json' };
import type { EventType } from '../../../domain.js';
import type { Word } from './words.js';
import { DETERMINERS } from './words.js';

/** A table from head nouns (one or two words, singular) to the kinds of event they choose. */
export interface HeadNounTable {
  kinds: ReadonlyMap<string, ReadonlySet<EventType>>;
  /** 'victory', 'defeat': the head of their 'in', 'at' or 'over' phrase chooses instead. */
  resultNouns: ReadonlySet<string>;
  /** 'generation', 'version': the head of their 'of' phrase chooses instead. */
  partitiveNouns: ReadonlySet<string>;
}

/** What `data/event-head-nouns.json` holds. */
export interface HeadNounData {
  kinds: Record<string, string[]>;
  resultNouns: string[];
  partitiveNouns: string[];
}

/** The head-noun table of `data/event-head-nouns.json`, keyed by the lower-case noun. */
export function headNounTable(data: HeadNounData = headData): HeadNounTable {
  const kinds = new Map<string, Set<EventType>>();
  for (const [kind, nouns] of Object.entries(data.kinds))
    for (const noun of nouns) {
      const set = kinds.get(noun) ?? new Set<EventType>();
      set.add(kind as EventType);
      kinds.set(noun, set);
    }
  return { kinds, resultNouns: new Set(data.resultNouns), partitiveNouns: new Set(data.partitiveNouns) };
}

const TABLE = headNounTable();
/** Words that end a noun phrase: prepositions, conjunctions, relative words and the infinitive marker. */
const PHRASE_END: ReadonlySet<string> = new Set([
  ...grammar.participantPrepositions,
  ...grammar.placePrepositions,
  ...grammar.relativeWords,
  ...grammar.clauseOpeners,
  ...grammar.intransitivePrepositions,
  'and',
  'or',
  'but',
  'for',
  'into',
  'to',
  'in',
  'on',
]);
const BE_FORMS: ReadonlySet<string> = new Set([...grammar.subjectAuxiliaries, 'been', 'being']);
/** Prepositions whose phrase names the contest of a result noun ('a victory in the elections'). */
const CONTEST_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'over']);
/** How many words a noun phrase may hold before its head. */
const PHRASE_REACH = 5;

function singular(word: string): string[] {
  if (word.endsWith('ies')) return [word, `${word.slice(0, -3)}y`];
  if (word.endsWith('es')) return [word, word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('s')) return [word, word.slice(0, -1)];
  return [word];
}

function kindsOf(
  words: readonly Word[],
  k: number,
  table: HeadNounTable,
): ReadonlySet<EventType> | undefined {
  const word = words[k]!;
  const previous = words[k - 1];
  for (const form of singular(word.lower)) {
    if (previous) {
      const pair = table.kinds.get(`${previous.lower} ${form}`);
      if (pair) return pair;
    }
    const one = table.kinds.get(form);
    if (one) return one;
  }
  return undefined;
}

/** Punctuation or a line break stands between two words (more than one space apart). */
function broken(left: Word, right: Word): boolean {
  return right.start - left.end > 1;
}

/** Whether the phrase goes on through the word at `k` to the head of the next ('a victory in …', 'a version of …'). */
function passesThrough(words: readonly Word[], k: number, table: HeadNounTable): boolean {
  const head = words[k - 1]?.lower ?? '';
  const preposition = words[k]!.lower;
  if (preposition === 'of') return singular(head).some((form) => table.partitiveNouns.has(form));
  return CONTEST_PREPOSITIONS.has(preposition) && singular(head).some((form) => table.resultNouns.has(form));
}

/** The kinds named by the last head noun of the phrase that starts at word `from` and runs forward. */
function phraseKinds(
  words: readonly Word[],
  from: number,
  table: HeadNounTable,
  depth = 0,
): ReadonlySet<EventType> | undefined {
  let found: ReadonlySet<EventType> | undefined;
  for (let k = from; k < words.length && k < from + PHRASE_REACH; k++) {
    const word = words[k]!;
    if (k > from && broken(words[k - 1]!, word)) break;
    if (PHRASE_END.has(word.lower)) {
      if (k > from && depth < 2 && passesThrough(words, k, table))
        return phraseKinds(words, k + 1, table, depth + 1) ?? found;
      break;
    }
    if (DETERMINERS.has(word.lower) && k > from) break;
    found = kindsOf(words, k, table) ?? found;
    if (word.possessive) found = undefined;
  }
  return found;
}

/**
 * The kinds of event that the head noun of a trigger's object chooses ('released its new phone' →
 * PRODUCT_LAUNCH, 'won the cup final' → MATCH), read from `data/event-head-nouns.json`: for a verb the
 * noun phrase right after it, or for a passive the noun before the 'be' form ('the hostages were freed');
 * for a noun its 'of' phrase ('the release of the hostages'). Undefined when the head names no kind.
 */
export function objectHeadKinds(
  words: readonly Word[],
  index: number,
  last: number,
  nominal: boolean,
  table: HeadNounTable = TABLE,
): ReadonlySet<EventType> | undefined {
  const next = words[last + 1];
  if (next !== undefined && !broken(words[last]!, next)) {
    if (nominal) {
      if (next.lower === 'of') return phraseKinds(words, last + 2, table);
    } else {
      const after = phraseKinds(words, last + 1, table);
      if (after) return after;
    }
  }
  if (nominal) return undefined;
  let k = index - 1;
  let sawBe = false;
  while (k >= 0 && BE_FORMS.has(words[k]!.lower) && !broken(words[k]!, words[k + 1]!)) {
    sawBe = true;
    k--;
  }
  if (!sawBe || k < 0 || broken(words[k]!, words[k + 1]!)) return undefined;
  return kindsOf(words, k, table);
}
