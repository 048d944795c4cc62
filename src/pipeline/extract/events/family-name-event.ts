/**
 * The event a named person's killing joins when an earlier report named the victim with another
 * given name ('Riad al-Asaad' against 'Khaled al-Asaad'): outlets often get a given name wrong, and
 * keep the family name (the last word of a personal name in English-language news, Chicago Manual
 * of Style 17th ed. §8.5, and in transliterated Arabic names with the article dropped: `personKey`).
 */
import { monthsCompatible } from './event-compat.js';
import type { EventIdentity, RememberedEvent } from './event-memory.js';

/** The family name of a person key ('person:kalid asad' → 'asad'), or undefined for a single word. */
export function familyNameOf(key: string): string | undefined {
  if (!key.startsWith('person:')) return undefined;
  const words = key.slice('person:'.length).split(' ');
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/**
 * The earlier killing of one named person whose family name is this report's victim's, dated in the
 * same month by both (a report or an event with no month never joins this way: the family name
 * alone says too little), with one victim each. The most reported wins.
 */
export function familyNameEvent(
  bucket: readonly RememberedEvent[],
  identity: EventIdentity,
): RememberedEvent | undefined {
  const [victim, ...more] = identity.sufferers;
  const family = victim && more.length === 0 ? familyNameOf(victim) : undefined;
  if (family === undefined || identity.months.length === 0) return undefined;
  let best: RememberedEvent | undefined;
  for (const e of bucket) {
    const [other, ...rest] = e.sufferers;
    if (!other || rest.length > 0 || other === victim || familyNameOf(other) !== family) continue;
    if (e.months.length === 0 || !monthsCompatible(e.months, identity.months, 0)) continue;
    if (!best || e.reports > best.reports) best = e;
  }
  return best;
}
