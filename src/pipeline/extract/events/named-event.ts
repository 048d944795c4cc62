import type { TriggerHit } from './find-triggers.js';

/** A capitalised word right after the trigger: the event's own name ('Frances'). */
const NAME_AFTER = /^\s+\p{Lu}[\p{Ll}'’-]+/u;

/**
 * Whether the trigger is the title of a named event: a noun that counts capitalised ('capitalised'
 * in the data), written capitalised, with a name right after it ('Hurricane Frances', 'Typhoon
 * Haiyan'). Storm names are given by the World Meteorological Organization's regional lists, so
 * the name itself singles out one real event and the trigger needs no participant.
 */
export function isNamedEvent(text: string, hit: TriggerHit): boolean {
  if (!hit.nominal || hit.entry.capitalised !== true) return false;
  if (!/^\p{Lu}/u.test(hit.text)) return false;
  return NAME_AFTER.test(text.slice(hit.end, hit.end + 30));
}
