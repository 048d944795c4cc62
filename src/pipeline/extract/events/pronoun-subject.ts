import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { standIn } from './described-subject.js';
import { firstGender, genderOfWord, personGender } from './person-gender.js';
import type { TriggerLexicon } from './trigger-lexicon.js';

/**
 * 'she again …', 'he has …', 'the 34-year-old …', 'the Olympic champion …': a singular personal
 * pronoun (or an age or role standing for the person) with adverbs or auxiliaries right before a verb.
 */
const PERSON = String.raw`he|she|the\s+\d{1,3}-year-old(?:\s+\p{Lu}\p{Ll}+)?`;
const AUXILIARIES = String.raw`(?:\s+(?:also|then|later|again|has|had|have|was|is|once|still|finally|eventually|\p{Ll}+ly))*\s+$`;

/** The same person as the subject of a verb governing a 'to' infinitive ('she beat X to win'). */
const CONTROL = String.raw`\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}to\s+$`;

const compiled = new WeakMap<TriggerLexicon, [RegExp, RegExp]>();

/** The pronoun patterns with the lexicon's person descriptions ('the Olympic champion'), compiled once. */
function patterns(lexicon: TriggerLexicon): [RegExp, RegExp] {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const person = `(?<![\\p{L}'’])(${PERSON}|${lexicon.personHeads.source})`;
  const made: [RegExp, RegExp] = [new RegExp(person + AUXILIARIES, 'iu'), new RegExp(person + CONTROL, 'iu')];
  compiled.set(lexicon, made);
  return made;
}

/** How many sentences back the person a pronoun stands for may have been named. */
const PRONOUN_REACH = 3;

/**
 * Whether a person named before `position` (or the last event's agent), in the sentence or the few
 * before, could be what a pronoun there stands for. `mentions` are in text order.
 */
function personInReach(
  sentence: Sentence,
  position: number,
  mentions: readonly ResolvedMention[],
  lastAgent: ResolvedMention | undefined,
): boolean {
  const near = (m: ResolvedMention) => sentence.index - m.evidence.sentenceIndex <= PRONOUN_REACH;
  if (lastAgent?.type === 'PERSON' && lastAgent.evidence.end <= position && near(lastAgent)) return true;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.evidence.end > position) continue;
    if (!near(m)) return false;
    if (m.kind === 'ACTOR' && m.type === 'PERSON') return true;
  }
  return false;
}

/**
 * The person a singular pronoun right before a verb (or before the verb governing its 'to'
 * infinitive) stands for ('she crashed out', 'she beat X to win'): the person who was the agent of
 * the last event when there is one, else the last person named before the pronoun, in its sentence
 * or the few before, as a mention at the pronoun's words. A person whose gender (from the article)
 * differs from the pronoun's ('she', or 'the 28-year-old … her') is passed over. Nothing when the
 * pronoun opens no subject or no person was named recently.
 */
export function pronounSubject(
  text: string,
  sentence: Sentence,
  triggerStart: number,
  mentions: readonly ResolvedMention[],
  lexicon: TriggerLexicon,
  lastAgent?: ResolvedMention,
): ResolvedMention | undefined {
  // The pronoun search is the costly part: without a person in reach it could stand for, it is not made.
  if (!personInReach(sentence, triggerStart, mentions, lastAgent)) return undefined;
  const before = text.slice(sentence.start, triggerStart);
  const [plain, control] = patterns(lexicon);
  // 'he looks forward to moving on': a gerund after 'to' is no infinitive.
  const gerund = /^\p{L}+ing\b/u.test(text.slice(triggerStart, triggerStart + 30));
  const pronoun = plain.exec(before) ?? (gerund ? null : control.exec(before));
  if (!pronoun || /[,;:()]/.test(before.slice(pronoun.index))) return undefined;
  const at = sentence.start + pronoun.index;
  const word = pronoun[1]!;
  const gender = genderOfWord(word) ?? firstGender(text.slice(triggerStart, sentence.end));
  const agrees = (m: ResolvedMention): boolean => {
    const shown = gender && personGender(text, m, mentions, at);
    return !shown || shown === gender;
  };
  let person: ResolvedMention | undefined;
  for (const m of mentions) {
    if (m.evidence.end > at) break;
    if (m.kind === 'ACTOR' && m.type === 'PERSON' && agrees(m)) person = m;
  }
  if (lastAgent?.type === 'PERSON' && lastAgent.evidence.end <= at && agrees(lastAgent)) person = lastAgent;
  if (!person || sentence.index - person.evidence.sentenceIndex > PRONOUN_REACH) return undefined;
  return standIn(person, sentence, at, at + word.length, text);
}
