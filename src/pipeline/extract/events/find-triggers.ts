import grammar from '../../../knowledge/data/event-grammar-words.json' with { type: 'json' };
import type { TriggerEntry, TriggerLexicon } from './trigger-lexicon.js';
import { DETERMINERS, sameClause } from './words.js';
import type { Word } from './words.js';

/** One trigger found in a sentence. */
export interface TriggerHit {
  entry: TriggerEntry;
  /** Article offsets of the trigger words (with an adjacent particle). */
  start: number;
  end: number;
  /** The trigger as written; a separated particle is appended ('drove out'). */
  text: string;
  /** Index of the first and last word of the trigger in the sentence's words. */
  wordIndex: number;
  lastWordIndex: number;
  /** Where the words of the object start and end when a particle stands after it ('drove [the militants] out'). */
  gap?: { start: number; end: number };
  /** End of the whole trigger phrase (after a separated particle). */
  phraseEnd: number;
  nominal: boolean;
  /** A 'be' form stands before the participle ('was captured'). */
  passive: boolean;
}

/** Words after which a noun-or-verb reads as a noun (`data/event-grammar-words.json`). */
const NOMINAL_LEFT: ReadonlySet<string> = new Set([...DETERMINERS, ...grammar.nominalLeft]);
/** Words after which it reads as a verb: auxiliaries, modals, 'to', subject pronouns. */
const VERBAL_LEFT: ReadonlySet<string> = new Set(grammar.verbalLeft);
/** Determiners after which a news verb is a noun ('the storm which killed'). */
const ARTICLES: ReadonlySet<string> = new Set(grammar.articles);
/** Adverbs that may stand between a 'be' form and its participle ('was also captured'). */
const PASSIVE_ADVERBS: ReadonlySet<string> = new Set(grammar.passiveAdverbs);
/** Prepositions that must follow an 'of-from' particle standing after the object. */
const PARTICLE_FOLLOWERS: ReadonlySet<string> = new Set(grammar.particleFollowers);

/** Particles that may stand after the object, and whether 'of'/'from' must follow them then. */
const SEPARABLE = grammar.separableParticles as Record<string, 'of-from' | 'free' | undefined>;

function nominalContext(text: string, words: Word[], i: number): boolean {
  const previous = words[i - 1];
  if (previous === undefined || !sameClause(text, previous.end, words[i]!.start)) return false;
  if (previous.possessive || DETERMINERS.has(previous.lower)) return true;
  if (!NOMINAL_LEFT.has(previous.lower)) return false;
  return !/ing$/.test(words[i]!.lower);
}

/** 'by signing this deal': an -ing word with a determiner right after it is a gerund, not a noun. */
function isGerund(words: Word[], last: number): boolean {
  return /ing$/.test(words[last]!.lower) && DETERMINERS.has(words[last + 1]?.lower ?? '');
}

function joined(text: string, left: Word, right: Word): boolean {
  return right.start - left.end <= 2 && /^[\s-]*$/.test(text.slice(left.end, right.start));
}

function matchWords(text: string, words: Word[], i: number, entry: TriggerEntry): number {
  for (let k = 1; k < entry.words.length; k++) {
    const word = words[i + k];
    if (word === undefined || word.lower !== entry.words[k] || !joined(text, words[i + k - 1]!, word))
      return -1;
  }
  return i + entry.words.length - 1;
}

/** One of the word's noun readings fits its words ('air strikes'), and not as a gerund. */
function nounFits(text: string, words: Word[], i: number, nouns: readonly TriggerEntry[]): boolean {
  return nouns.some((e) => {
    const last = matchWords(text, words, i, e);
    return last >= 0 && !isGerund(words, last);
  });
}

function looksVerbal(text: string, words: Word[], i: number): boolean {
  const previous = words[i - 1];
  if (previous === undefined) return false;
  if (!sameClause(text, previous.end, words[i]!.start)) return false;
  if (previous.possessive || NOMINAL_LEFT.has(previous.lower)) return false;
  if (VERBAL_LEFT.has(previous.lower) || /ly$/.test(previous.lower)) return true;
  if (/^\p{Lu}/u.test(previous.text)) return true;
  return /[^s]s$/.test(previous.lower);
}

interface Particle {
  index: number;
  gap?: { start: number; end: number };
}

function findParticle(text: string, words: Word[], last: number, particle: string): Particle | undefined {
  const next = words[last + 1];
  if (next === undefined) return undefined;
  if (next.lower === particle && joined(text, words[last]!, next)) return { index: last + 1 };
  const mode = SEPARABLE[particle];
  if (mode === undefined) return undefined;
  // 'forced to drop out', 'pushed and pulled out': another verb, not an object, stands between.
  if (next.lower === 'to' || next.lower === 'and') return undefined;
  for (let k = last + 2; k <= last + 4 && k < words.length; k++) {
    const word = words[k]!;
    if (!sameClause(text, words[last]!.end, word.start)) return undefined;
    if (word.lower === 'to' || word.lower === 'and') return undefined;
    if (word.lower !== particle) continue;
    if (mode === 'of-from' && !PARTICLE_FOLLOWERS.has(words[k + 1]?.lower ?? '')) return undefined;
    return { index: k, gap: { start: next.start, end: words[k - 1]!.end } };
  }
  return undefined;
}

function isPassive(text: string, words: Word[], i: number, lexicon: TriggerLexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const word = words[k]!;
    if (!sameClause(text, word.end, words[i]!.start)) return false;
    if (lexicon.beForms.has(word.lower)) return true;
    if (!/ly$/.test(word.lower) && !PASSIVE_ADVERBS.has(word.lower)) return false;
  }
  return false;
}

/** The readings of a word in the order they are tried, and what the word-class test needs of them. */
interface Readings {
  /** Longest first, those with a particle before those without. */
  ordered: readonly TriggerEntry[];
  nouns: readonly TriggerEntry[];
  hasVerb: boolean;
}

const tryOrder = new WeakMap<readonly TriggerEntry[], Readings>();
/** The readings of a word, sorted once per list. */
function readingsOf(entries: readonly TriggerEntry[]): Readings {
  let readings = tryOrder.get(entries);
  if (readings === undefined) {
    const ordered = [...entries].sort(
      (a, b) => b.words.length - a.words.length || Number(Boolean(b.particle)) - Number(Boolean(a.particle)),
    );
    readings = { ordered, nouns: entries.filter((e) => e.nominal), hasVerb: entries.some((e) => !e.nominal) };
    tryOrder.set(entries, readings);
  }
  return readings;
}

/**
 * Finds event triggers in one sentence's words: verbs (with phrasal particles, also after the
 * object), their nominalisations ('the recapture of'), and multi-word nouns ('air strikes').
 * Where a word can be either ('attack', 'capture'), the word before it decides.
 */
export function findTriggers(
  text: string,
  words: Word[],
  lexicon: TriggerLexicon,
  accept: (entry: TriggerEntry, wordIndex: number) => boolean = () => true,
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  let skipUntil = -1;
  for (let i = 0; i < words.length; i++) {
    if (i <= skipUntil) continue;
    const word = words[i]!;
    const entries = lexicon.byFirstWord.get(word.lower);
    if (!entries) continue;
    const { ordered, nouns, hasVerb } = readingsOf(entries);
    // The word-class tests are read only when a reading asks for them.
    let verbal: boolean | undefined;
    let hasNoun: boolean | undefined;
    for (const entry of ordered) {
      if (entry.nominal && hasVerb && (verbal ??= looksVerbal(text, words, i))) continue;
      if (
        !entry.nominal &&
        !entry.particle &&
        (hasNoun ??= nounFits(text, words, i, nouns)) &&
        !(verbal ??= looksVerbal(text, words, i))
      )
        continue;
      // 'the storm which killed', 'a shell hit': after an article the word is a noun.
      if (!entry.nominal && ARTICLES.has(words[i - 1]?.lower ?? '')) continue;
      // 'in jail', 'as host': a news verb reading after a determiner or preposition is a noun,
      // except a gerund after a preposition ('after beating Arsenal').
      if (!entry.nominal && entry.requires !== 'legacy' && nominalContext(text, words, i)) continue;
      let last = matchWords(text, words, i, entry);
      if (last < 0) continue;
      if (entry.nominal && isGerund(words, last)) continue;
      // A reading whose context or cue words are missing gives way to the next reading of the word.
      if (!accept(entry, i)) continue;
      let particle: Particle | undefined;
      if (entry.particle) {
        particle = findParticle(text, words, last, entry.particle);
        if (!particle) continue;
        // 'has ruled out retiring': a gerund after the particle is the verb's object clause, not its sense.
        if (/ing$/.test(words[particle.index + 1]?.lower ?? '') && !particle.gap) continue;
        if (!particle.gap) last = particle.index;
      }
      const phraseLast = particle ? particle.index : last;
      if (entry.needsPrep && words[phraseLast + 1]?.lower !== entry.needsPrep) continue;
      const start = word.start;
      const end = words[last]!.end;
      const particleWord = particle?.gap ? words[particle.index] : undefined;
      hits.push({
        entry,
        start,
        end,
        text: text.slice(start, end) + (particleWord ? ` ${particleWord.text}` : ''),
        wordIndex: i,
        lastWordIndex: last,
        ...(particle?.gap ? { gap: particle.gap } : {}),
        phraseEnd: words[phraseLast]!.end,
        nominal: entry.nominal,
        passive: !entry.nominal && entry.participle && isPassive(text, words, i, lexicon),
      });
      skipUntil = phraseLast;
      break;
    }
  }
  return hits;
}
