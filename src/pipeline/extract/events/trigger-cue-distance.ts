import type { EventCount } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { TriggerEntry } from './trigger-types.js';
import { objectHeadKinds } from './object-head-kinds.js';
import type { Word } from './words.js';

/** How many words either side of a trigger its cue words may stand (as in `cues-near.ts`). */
const CUE_WINDOW = 8;
/** Characters either side within which a number cue counts (as in `cues-near.ts`). */
const NUMBER_REACH = 120;

function phraseAt(words: readonly Word[], k: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) if (words[k + j]?.lower !== phrase[j]) return false;
  return true;
}

/** How many words lie between the trigger (words `index`…`last`) and word `k`. */
function gap(k: number, index: number, last: number): number {
  return k < index ? index - k : k - last;
}

/** The index of the word that holds article offset `offset` (or the first after it). */
function wordAt(words: readonly Word[], offset: number): number {
  const k = words.findIndex((w) => w.end > offset);
  return k < 0 ? words.length - 1 : k;
}

/**
 * How near the closest cue of a cued reading stands to its trigger, in words, or `undefined` when
 * none is near. When one word has several cued readings ('won' an election, a match, an award), the
 * reading with the nearest cue is the sense: 'winning the manager-of-the-month award' is the award,
 * though 'league' stands a few words before it. `wordsOnly`: cue words alone, not numbers or actors
 * (an amount cues a deal and a transfer alike).
 */
export function cueDistance(
  entry: TriggerEntry,
  words: readonly Word[],
  index: number,
  counts: () => readonly EventCount[],
  mentions: readonly ResolvedMention[],
  wordsOnly = false,
): number | undefined {
  const cues = entry.cues;
  if (cues === undefined) return undefined;
  const last = index + entry.words.length - 1;
  const from = Math.max(0, index - CUE_WINDOW);
  const to = Math.min(words.length - 1, last + CUE_WINDOW);
  let best: number | undefined;
  const consider = (k: number) => {
    const d = gap(k, index, last);
    if (best === undefined || d < best) best = d;
  };
  for (let k = from; k <= to; k++) {
    if (k >= index && k <= last) continue;
    const word = words[k]!;
    if (entry.words.includes(word.lower)) continue;
    if (cues.words.has(word.lower)) consider(k);
    else if (cues.phrases.some((phrase) => phraseAt(words, k, phrase))) consider(k);
  }
  if (wordsOnly) return best;
  const start = words[index]!.start;
  const numbers = (what: EventCount['what']) =>
    counts()
      .filter((c) => c.what === what && Math.abs(c.start - start) <= NUMBER_REACH)
      .forEach((c) => consider(wordAt(words, c.start)));
  if (cues.score) numbers('score');
  if (cues.money) numbers('amount');
  if (cues.percent) numbers('percent');
  if (cues.actor) {
    const end = words[last]!.end;
    if (mentions.some((m) => m.kind === 'ACTOR' && m.evidence.start >= end && m.evidence.start - end <= 20))
      consider(last + 1);
  }
  return best;
}

/** What {@link nearestCueReading} needs to weigh the readings of one word. */
export interface CueRivalry {
  words: readonly Word[];
  counts: () => readonly EventCount[];
  mentions: readonly ResolvedMention[];
  /** Every reading of the word at the trigger (the lexicon's entries for its first word). */
  readings: readonly TriggerEntry[];
  /** Whether a reading's other gates (context, capitals) let it count here. */
  fits: (entry: TriggerEntry) => boolean;
}

/**
 * Whether a cued reading keeps its word. The head noun of the trigger's object decides first: it keeps
 * the word when the noun names its kind, and gives it up when the noun names another fitting reading's
 * kind. Otherwise, no other fitting cued reading of the same word, as verb or
 * as noun alike, has a cue word strictly nearer. Call it only for a reading whose cue is near; a
 * reading cued by a number or an actor alone keeps its word.
 */
export function nearestCueReading(entry: TriggerEntry, index: number, rivalry: CueRivalry): boolean {
  const last = index + entry.words.length - 1;
  const heads = objectHeadKinds(rivalry.words, index, last, entry.nominal);
  // 'released the hostages': the object's head noun chooses among the readings before any cue distance.
  if (heads?.has(entry.type)) return true;
  if (
    heads !== undefined &&
    rivalry.readings.some(
      (other) =>
        other !== entry &&
        heads.has(other.type) &&
        other.nominal === entry.nominal &&
        other.words.length === entry.words.length &&
        other.particle === entry.particle &&
        rivalry.fits(other),
    )
  )
    return false;
  const rivals = rivalry.readings.filter(
    (other) =>
      other !== entry &&
      other.cues !== undefined &&
      other.nominal === entry.nominal &&
      other.words.length === entry.words.length &&
      other.particle === entry.particle &&
      other.type !== entry.type,
  );
  if (rivals.length === 0) return true;
  const { words, counts, mentions } = rivalry;
  const own = cueDistance(entry, words, index, counts, mentions, true);
  if (own === undefined) return true;
  return !rivals.some((other) => {
    if (!rivalry.fits(other)) return false;
    const distance = cueDistance(other, words, index, counts, mentions, true);
    return distance !== undefined && distance < own;
  });
}
