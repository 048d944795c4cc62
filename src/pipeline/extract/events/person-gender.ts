import genderData from '../../../knowledge/data/event-pronoun-gender.json' with { type: 'json' };
import type { ResolvedMention } from '../context.js';

/** A person's grammatical gender as the article shows it; undefined when it shows none. */
export type Gender = 'male' | 'female';

const MALE = new Set(genderData.male);
const FEMALE = new Set(genderData.female);
const WORD = /[\p{L}]+/gu;
/** How far after a mention (in characters) its pronouns are read, at most. */
const PRONOUN_WINDOW = 200;

/** The gender a word marks ('she', 'Mrs', 'his'), if any. */
export function genderOfWord(word: string): Gender | undefined {
  const lower = word.toLowerCase();
  if (MALE.has(lower)) return 'male';
  if (FEMALE.has(lower)) return 'female';
  return undefined;
}

/** The gender of the first gendered word in `slice`, if any. */
export function firstGender(slice: string): Gender | undefined {
  for (const match of slice.matchAll(WORD)) {
    const gender = genderOfWord(match[0]);
    if (gender) return gender;
  }
  return undefined;
}

/**
 * The gender an article shows for one person: the titles of their mentions ('Mrs'), the word just
 * before a mention, and the first gendered pronoun after a mention before another person is
 * named; the majority of these, read before article offset `until` (the pronoun being resolved).
 * Undefined when there is none or they are tied.
 */
export function personGender(
  text: string,
  person: ResolvedMention,
  mentions: readonly ResolvedMention[],
  until: number = text.length,
): Gender | undefined {
  let male = 0;
  let female = 0;
  const count = (gender: Gender | undefined): void => {
    if (gender === 'male') male++;
    else if (gender === 'female') female++;
  };
  const people = mentions.filter((m) => m.kind === 'ACTOR' && m.type === 'PERSON');
  for (const [i, m] of people.entries()) {
    if (m.entityId !== person.entityId || m.evidence.end > until) continue;
    for (const title of m.titles) count(firstGender(title));
    const before = /([\p{L}]+)\.?\s+$/u.exec(
      text.slice(Math.max(0, m.evidence.start - 12), m.evidence.start),
    );
    if (before) count(genderOfWord(before[1]!));
    const other = people.slice(i + 1).find((n) => n.entityId !== person.entityId);
    const end = Math.min(other?.evidence.start ?? until, until, m.evidence.end + PRONOUN_WINDOW);
    count(firstGender(text.slice(m.evidence.end, end)));
  }
  if (male === female) return undefined;
  return male > female ? 'male' : 'female';
}
