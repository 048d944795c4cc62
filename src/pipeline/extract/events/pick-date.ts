import type { TriggerHit } from './find-triggers.js';
import type { DateMention } from './normalise-date.js';

/**
 * The date expression nearest to a trigger: for a verb, either side within 120 characters; for a
 * nominal, only right after its noun phrase, with no comma between.
 */
export function pickDate(
  hit: TriggerHit,
  dates: readonly DateMention[],
  text: string,
): DateMention | undefined {
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    const after = d.start >= hit.phraseEnd;
    const distance = after ? d.start - hit.phraseEnd : hit.start - d.end;
    if (distance < 0) continue;
    if (hit.nominal) {
      // A nominal takes a date only from the words right after its noun phrase.
      if (!after || distance > 60 || /[,;]/.test(text.slice(hit.phraseEnd, d.start))) continue;
    } else if (distance > 120) {
      continue;
    }
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}
