import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import type { ResolvedMention } from '../context.js';
import type { RoleScope } from './role-scope.js';
import { wordsOf } from './words.js';

/** Words that open another phrase or clause, so the words before the actor do not describe it (data/event-argument-cues.json). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(cueData.phraseOpeners);

/** A few lower-case words between a place and the actor it describes ('US telephone company Verizon'). */
const DESCRIPTION_GAP = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u;

/**
 * True when a place stands right before a few lower-case words and an actor's name ('the largest US
 * telephone company Verizon', 'Kestrel-based airline Skyway'): the place is that actor's home, not
 * where an event told near it happens.
 */
export function namesHome(scope: RoleScope, place: ResolvedMention): boolean {
  const next = scope.mentions.find((m) => m.evidence.start >= place.evidence.end);
  if (next === undefined || next.kind !== 'ACTOR') return false;
  const gap = scope.text.slice(place.evidence.end, next.evidence.start);
  if (!DESCRIPTION_GAP.test(gap)) return false;
  // 'in Kestrel with the Daily Courier': a preposition or an article starts another phrase.
  return !wordsOf(gap).some((w) => scope.lexicon.prepositions.has(w.lower) || PHRASE_OPENERS.has(w.lower));
}
