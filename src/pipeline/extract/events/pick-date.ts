import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import type { DateMention } from './normalise-date.js';

/** 'since 1912', 'until May': a date that bounds a period (data `periodBounds`). */
const PERIOD_BOUND = new RegExp(`(?:^|\\s)(?:${cueData.periodBounds.join('|')})\\s*$`, 'iu');
/** ', the 200m champion in 2000,': an apposition or relative clause that opened before the date. */
const APPOSITION_OPENER = /,\s+(?:the|a|an|who|which|whose)\s[^,;]*$/iu;

/**
 * Whether a date belongs to the trigger's event at all: not when it bounds a period ('the first medal
 * since 1912') nor, before the trigger, when it sits inside an apposition closed before it
 * ('Kenteris, the 200m champion in 2000, has been charged').
 */
function datesEvent(d: DateMention, hit: TriggerHit, text: string): boolean {
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  if (PERIOD_BOUND.test(before) || PERIOD_BOUND.test(` ${d.text.split(/\s+/)[0] ?? ''}`)) return false;
  if (d.end > hit.start) return true;
  const opened = APPOSITION_OPENER.test(text.slice(Math.max(0, d.start - 60), d.start));
  return !(opened && text.slice(d.end, hit.start).includes(','));
}

/**
 * The date expression nearest to a trigger: for a verb, either side within 120 characters; for a
 * nominal, only right after its noun phrase, with no comma between. A date that bounds a period or
 * stands in an apposition before the trigger is passed over.
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
    if (distance < 0 || !datesEvent(d, hit, text)) continue;
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
