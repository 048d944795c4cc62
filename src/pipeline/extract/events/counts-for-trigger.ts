import type { EventCount, EventType } from '../../../domain.js';
import { COUNT_LEXICON } from './count-lexicon.js';
import type { CountLexicon } from './count-lexicon.js';
import { sameClause } from './words.js';

/**
 * The counts of `candidates` that measure an event of kind `type` whose trigger sits at
 * `triggerStart..triggerEnd`: a measure the kind takes (data `measuresByKind`), in the trigger's
 * clause, nearest first.
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
  return candidates
    .filter((c) => measures.includes(c.what))
    .filter((c) => distance(c) <= 120)
    .filter((c) =>
      c.start >= triggerEnd
        ? sameClause(text, triggerEnd, c.start)
        : c.end <= triggerStart
          ? sameClause(text, c.end, triggerStart)
          : true,
    )
    .sort((a, b) => distance(a) - distance(b));
}
