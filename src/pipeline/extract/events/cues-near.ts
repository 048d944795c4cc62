import type { EventCount } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { TriggerCues, TriggerEntry } from './trigger-lexicon.js';
import { objectHeadKinds } from './object-head-kinds.js';
import type { Word } from './words.js';

/** How many words either side of a trigger its cue words may stand. */
const CUE_WINDOW = 8;
function phraseAt(words: readonly Word[], k: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) if (words[k + j]?.lower !== phrase[j]) return false;
  return true;
}

/** What a word is to a cue table: a cue word of its own, the first word of a cue phrase, or both. */
const CUE_WORD = 1;
const PHRASE_START = 2;

const wordRoles = new WeakMap<TriggerCues, ReadonlyMap<string, number>>();
/**
 * The cue words and the first words of the cue phrases, gathered once per cue table into one map (a word
 * in neither is looked up once, not twice): a word that starts no phrase starts no phrase match.
 */
function wordRolesOf(cues: TriggerCues): ReadonlyMap<string, number> {
  let roles = wordRoles.get(cues);
  if (roles === undefined) {
    const made = new Map<string, number>();
    for (const word of cues.words) made.set(word, CUE_WORD);
    for (const phrase of cues.phrases)
      if (phrase[0] !== undefined) made.set(phrase[0], (made.get(phrase[0]) ?? 0) | PHRASE_START);
    wordRoles.set(cues, made);
    roles = made;
  }
  return roles;
}

/** How many characters from the trigger a score, amount or percentage may stand to cue it. */
const NUMBER_REACH = 120;
/** A number expression of kind `what` starts within `NUMBER_REACH` characters of `at`. */
function numberNear(counts: readonly EventCount[], what: EventCount['what'], at: number): boolean {
  for (const c of counts) if (c.what === what && Math.abs(c.start - at) <= NUMBER_REACH) return true;
  return false;
}

/**
 * True when the head noun of the trigger's object names the entry's kind (`object-head-kinds.ts`), or one of the entry's cue words stands within `CUE_WINDOW` words of the trigger at `index`, or a
 * score, amount or percentage it takes as a cue is near (`counts`: the sentence's number expressions, read
 * only when the words give no cue).
 */
export function cuesNear(
  entry: TriggerEntry,
  words: readonly Word[],
  index: number,
  counts: () => readonly EventCount[],
  mentions: readonly ResolvedMention[],
): boolean {
  const cues = entry.cues!;
  const roles = wordRolesOf(cues);
  const last = index + entry.words.length - 1;
  // 'released its new phone': a head noun of the object that names the reading's kind cues it.
  if (objectHeadKinds(words, index, last, entry.nominal)?.has(entry.type)) return true;
  const from = Math.max(0, index - CUE_WINDOW);
  const to = Math.min(words.length - 1, last + CUE_WINDOW);
  for (let k = from; k <= to; k++) {
    if (k >= index && k <= last) continue;
    const lower = words[k]!.lower;
    const role = roles.get(lower);
    if (role === undefined) continue;
    // 'best performance … their best performance': the trigger's own word again cues nothing.
    if (entry.words.includes(lower)) continue;
    if (role & CUE_WORD) return true;
    for (const phrase of cues.phrases) if (phraseAt(words, k, phrase)) return true;
  }
  const at = words[index]!.start;
  if (cues.score && numberNear(counts(), 'score', at)) return true;
  if (cues.money && numberNear(counts(), 'amount', at)) return true;
  if (cues.percent && numberNear(counts(), 'percent', at)) return true;
  if (cues.actor) {
    const end = words[last]!.end;
    if (mentions.some((m) => m.kind === 'ACTOR' && m.evidence.start >= end && m.evidence.start - end <= 20))
      return true;
  }
  return false;
}

/** A single-word news noun counts in lower case (or opening the sentence, or in capitals): 'Bill Gates' is no bill. */
export function plainNoun(words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  if (index === 0 || !/^\p{Lu}/u.test(word.text)) return true;
  return word.text === word.text.toUpperCase();
}
