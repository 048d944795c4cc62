import type { EventCount, EventType } from '../../../domain.js';
import { COUNT_LEXICON } from './count-lexicon.js';
import type { CountLexicon } from './count-lexicon.js';
import { sameClause } from './words.js';

/** A coordinating conjunction that opens a clause with a named subject ('… and Haas overcame'). */
const COORDINATED_SUBJECT = /\b(?:and|but|while|whereas)\s+(?:\p{Lu}|the\s)/u;

const openers = new WeakMap<CountLexicon, RegExp>();
/** The clause openers of `lexicon` as one whole-word pattern, compiled once per lexicon. */
function openerPattern(lexicon: CountLexicon): RegExp {
  let pattern = openers.get(lexicon);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:${lexicon.clauseOpeners.join('|')})\\b`, 'iu');
    openers.set(lexicon, pattern);
  }
  return pattern;
}

/**
 * The counts of `candidates` that measure an event of kind `type` whose trigger sits at
 * `triggerStart..triggerEnd`: a measure the kind takes (data `measuresByKind`), in the trigger's
 * clause and, but for casualties, with no clause opener ('after', 'when' …) between them, nearest first;
 * of a measure an event has one of (`singleMeasures`: a score), the nearest only.
 */
export function countsForTrigger(
  text: string,
  type: EventType,
  triggerStart: number,
  triggerEnd: number,
  candidates: readonly EventCount[],
  lexicon: CountLexicon = COUNT_LEXICON,
): EventCount[] {
  const measures = lexicon.measuresByKind.get(type);
  if (!measures) return [];
  const distance = (c: EventCount) =>
    c.start >= triggerEnd ? c.start - triggerEnd : c.end <= triggerStart ? triggerStart - c.end : 0;
  const opener = openerPattern(lexicon);
  const casualties = new Set(lexicon.casualtyWords.values());
  // Casualties are what the clause opened by 'when' or 'after' caused ('two were killed when a mine
  // exploded'): they measure that event too, across the opener.
  const apart = (c: EventCount, from: number, to: number) =>
    !sameClause(text, from, to) || (!casualties.has(c.what) && opener.test(text.slice(from, to)));
  // 'Saulnier beat Spadea 6-2 6-4 and Haas overcame Mirnyi': a number before a clause coordinated
  // with a new subject is the earlier clause's.
  const coordinated = (from: number, to: number) => COORDINATED_SUBJECT.test(text.slice(from, to));
  return candidates
    .filter((c) => measures.includes(c.what))
    .filter((c) => distance(c) <= 120)
    .filter((c) =>
      c.start >= triggerEnd
        ? !apart(c, triggerEnd, c.start)
        : c.end <= triggerStart
          ? !apart(c, c.end, triggerStart) && !coordinated(c.end, triggerStart)
          : true,
    )
    .sort((a, b) => distance(a) - distance(b))
    .filter(
      (c, i, all) => !lexicon.singleMeasures.has(c.what) || all.findIndex((x) => x.what === c.what) === i,
    );
}
