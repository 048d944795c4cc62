import type { Mention, Sentence } from '../../../domain.js';
import nonEntityData from '../../../knowledge/data/non-entities.json' with { type: 'json' };
import { SPEECH_LEXICON } from '../claims/speech-lexicon.js';
import { findTriggers } from '../events/find-triggers.js';
import { TRIGGER_LEXICON } from '../events/trigger-lexicon.js';
import { wordsOf } from '../events/words.js';

/**
 * Why a sentence goes to the backbone: `speech` (a speech cue, or a claim of responsibility) and `event`
 * (an event trigger, whose arguments, place and mood the event rules read off the parse) get the
 * full parse; `name` (a name the rules typed weakly or did not take) gets tagging and NER only, since the
 * parser is most of the cost. Sentences with neither are left to the rules.
 */
export type ParseNeed = 'speech' | 'event' | 'name';

/** Rule mentions below this confidence were typed by a weak cue: the backbone's NER may know better. */
const WEAK_MENTION = 0.7;

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Capitalised words that are no name on their own (days, months, pronouns, openers), from `data/non-entities.json`; given names among them ('May', 'Bill') still count. */
const NOT_NAMES = new Set(
  nonEntityData.words.filter((w) => !nonEntityData.givenNames.includes(w)).map((w) => w.toLowerCase()),
);

/**
 * True when the reporting verb has a strongly typed actor right before or after it ('Mr Brown said',
 * 'said Jane Roe'): the rules settle that speaker themselves, and on the development gold
 * they read those claims better than the parse rules (claims precision .943 → .962, recall .805 → .829).
 */
function besideStrongActor(cue: RegExpMatchArray, s: Sentence, here: Mention[]): boolean {
  const at = s.start + (cue.index ?? 0);
  const end = at + cue[0].length;
  return here.some(
    (m) =>
      m.kind === 'ACTOR' &&
      m.evidence.confidence >= WEAK_MENTION &&
      ((at >= m.evidence.end && at - m.evidence.end <= 2) ||
        (m.evidence.start >= end && m.evidence.start - end <= 2)),
  );
}

/**
 * Picks the sentences the backbone should read: those with a speech cue (a reporting verb — 'claimed
 * responsibility' among them — whose speaker is not a strongly typed name right beside it, or
 * 'according to') for the parse, and those with a name the rules left weakly typed or did not take (a
 * capitalised word inside the sentence with no mention on it, other than a day, a month or a word that is
 * never a name alone) for NER; a sentence with an event trigger (`data/event-triggers*.json`) gets the
 * parse too.
 */
export function selectSentences(sentences: Sentence[], mentions: Mention[]): Map<number, ParseNeed> {
  const needs = new Map<number, ParseNeed>();
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.evidence.sentenceIndex) ?? [];
    list.push(m);
    bySentence.set(m.evidence.sentenceIndex, list);
  }
  for (const s of sentences) {
    const words = [...s.text.matchAll(WORD)];
    const lower = words.map((w) => w[0].toLowerCase());
    // A quotation mark alone is no cue: the parse rules read a claim off a reporting verb, and a quote's
    // later sentences join the claim of the sentence that has the verb without a parse of their own.
    const here = bySentence.get(s.index) ?? [];
    const cues = words.filter((_, i) => SPEECH_LEXICON.verbKind.has(lower[i] as string));
    if (cues.length > 0 && !cues.every((cue) => besideStrongActor(cue, s, here))) {
      needs.set(s.index, 'speech');
      continue;
    }
    SPEECH_LEXICON.accordingTo.lastIndex = 0;
    if (SPEECH_LEXICON.accordingTo.test(s.text.toLowerCase())) {
      needs.set(s.index, 'speech');
      continue;
    }
    if (findTriggers(s.text, wordsOf(s.text), TRIGGER_LEXICON).length > 0) {
      needs.set(s.index, 'event');
      continue;
    }
    if (here.some((m) => m.evidence.confidence < WEAK_MENTION)) {
      needs.set(s.index, 'name');
      continue;
    }
    const untaken = words.some(
      (w, i) =>
        i > 0 &&
        /^\p{Lu}\p{Ll}/u.test(w[0]) &&
        !NOT_NAMES.has(w[0].toLowerCase()) &&
        !here.some((m) => {
          const at = s.start + (w.index ?? 0);
          return at >= m.evidence.start && at < m.evidence.end;
        }),
    );
    if (untaken) needs.set(s.index, 'name');
  }
  return needs;
}
