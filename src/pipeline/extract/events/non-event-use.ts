import nonEventData from '../../../knowledge/data/event-non-events.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import { DETERMINERS, findPhrases, phrasePattern, sameClause } from './words.js';
import type { Word } from './words.js';

/** The uses of a trigger word that name no event, from `data/event-non-events.json`. */
export interface NonEventTable {
  modifierHeads: ReadonlySet<string>;
  idioms: RegExp;
  genericPluralKinds: ReadonlySet<string>;
  clauseSubjects: ReadonlySet<string>;
  interrogatives: ReadonlySet<string>;
}

/** The table read from the data file. */
export const NON_EVENT_TABLE: NonEventTable = {
  modifierHeads: new Set(nonEventData.modifierHeads),
  idioms: phrasePattern(nonEventData.idioms),
  genericPluralKinds: new Set(nonEventData.genericPluralKinds),
  clauseSubjects: new Set(nonEventData.clauseSubjects),
  interrogatives: new Set(nonEventData.interrogatives),
};

/** How far after a trigger (in characters) an idiom takes its cue away. */
const IDIOM_REACH = 60;
/** Words before a bare plural that make it refer to particular events ('two agreements'). */
const SPECIFIC = /^(?:\d[\d,.]*|two|three|four|five|several|both|many|these|those|some)$/;

/** A sentence in title case (a headline) has no lower-case word of four letters or more. */
function titleCase(words: readonly Word[]): boolean {
  return !words.some((w) => w.text.length > 3 && /^\p{Ll}/u.test(w.text));
}

/** 'Kill Bill director …': a capitalised verb in its base form before a capitalised word is a title. */
function isTitle(words: readonly Word[], hit: TriggerHit): boolean {
  const word = words[hit.wordIndex]!;
  const next = words[hit.lastWordIndex + 1];
  if (hit.nominal || next === undefined || !/^\p{Lu}/u.test(word.text) || !/^\p{Lu}/u.test(next.text))
    return false;
  return !/(?:ed|ing|s)$/.test(word.lower) && !titleCase(words);
}

/**
 * 'the United Jewish Israel Appeal': a verb reading written with a capital inside a sentence,
 * right after another capitalised word, is the last word of a name (English verbs take no capital
 * mid-sentence), unless the whole sentence is in title case (a headline).
 */
function endsName(words: readonly Word[], hit: TriggerHit): boolean {
  const word = words[hit.wordIndex]!;
  const previous = words[hit.wordIndex - 1];
  if (hit.nominal || hit.wordIndex < 2 || previous === undefined) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(word.text) || !/^\p{Lu}/u.test(previous.text)) return false;
  return !titleCase(words);
}

/** 'the ceasefire line': the trigger noun only modifies the head noun right after it. */
function isModifier(text: string, words: readonly Word[], hit: TriggerHit, table: NonEventTable): boolean {
  const next = words[hit.lastWordIndex + 1];
  if (!hit.nominal || next === undefined) return false;
  return (
    /^\s+$/.test(text.slice(words[hit.lastWordIndex]!.end, next.start)) && table.modifierHeads.has(next.lower)
  );
}

/** 'free trade agreements boost growth': a bare plural of a generic kind, nothing before it to pick events out. */
function isGenericPlural(
  text: string,
  words: readonly Word[],
  hit: TriggerHit,
  table: NonEventTable,
): boolean {
  if (!hit.nominal || !table.genericPluralKinds.has(hit.entry.type)) return false;
  const last = words[hit.lastWordIndex]!.lower;
  if (!/[^s]s$/.test(last)) return false;
  for (let k = hit.wordIndex - 1; k >= Math.max(0, hit.wordIndex - 4); k--) {
    const word = words[k]!;
    if (!sameClause(text, word.end, hit.start)) break;
    if (word.possessive || DETERMINERS.has(word.lower) || SPECIFIC.test(word.lower)) return false;
    if (k > 0 && /^\p{Lu}/u.test(word.text)) return false;
  }
  return true;
}

/** 'provided some light relief': an idiom right after the trigger takes its cue away. */
function isIdiom(
  text: string,
  sentenceText: string,
  sentenceStart: number,
  hit: TriggerHit,
  table: NonEventTable,
): boolean {
  if (hit.nominal || hit.entry.cues === undefined) return false;
  return findPhrases(table.idioms, sentenceText, sentenceStart).some(
    (p) => p.start >= hit.end && p.start - hit.end <= IDIOM_REACH && sameClause(text, hit.end, p.start),
  );
}

/**
 * 'Vaughan claims he cannot afford', 'was asked why he had resigned': a cued verb with a subject
 * pronoun or a wh-word right after it opens a clause.
 */
function opensClause(words: readonly Word[], hit: TriggerHit, table: NonEventTable): boolean {
  if (hit.nominal || hit.entry.cues === undefined || hit.gap) return false;
  const next = words[hit.lastWordIndex + 1];
  return next !== undefined && (table.clauseSubjects.has(next.lower) || table.interrogatives.has(next.lower));
}

/**
 * Whether a trigger's words here name no event: a title ('Kill Bill director') or the end of a
 * name ('the Israel Appeal'), a modifier of
 * another noun ('the ceasefire line'), a bare generic plural ('free trade agreements help'), or a
 * light verb whose cue sits in an idiom ('provided some light relief'), or a cued verb that opens a
 * clause ('claims he cannot').
 */
export function isNonEventUse(
  text: string,
  sentence: { text: string; start: number },
  words: readonly Word[],
  hit: TriggerHit,
  table: NonEventTable = NON_EVENT_TABLE,
): boolean {
  return (
    isTitle(words, hit) ||
    endsName(words, hit) ||
    isModifier(text, words, hit, table) ||
    isGenericPlural(text, words, hit, table) ||
    isIdiom(text, sentence.text, sentence.start, hit, table) ||
    opensClause(words, hit, table)
  );
}
