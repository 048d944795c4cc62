import type { EventCount, EventType } from '../../../domain.js';
import { COUNT_LEXICON } from './count-lexicon.js';
import type { CountLexicon } from './count-lexicon.js';
import { sameClause } from './words.js';

/** A coordinating conjunction that opens a clause with a named subject ('… and Haas overcame'). */
const COORDINATED_SUBJECT = /\b(?:and|but|while|whereas)\s+(?:\p{Lu}|the\s)/u;

const compiled = new WeakMap<CountLexicon, { opener: RegExp; reference: RegExp }>();
/** The clause openers and reference cues of `lexicon` as patterns, compiled once per lexicon. */
function patternsOf(lexicon: CountLexicon): { opener: RegExp; reference: RegExp } {
  let patterns = compiled.get(lexicon);
  if (!patterns) {
    patterns = {
      opener: new RegExp(`\\b(?:${lexicon.clauseOpeners.join('|')})\\b`, 'iu'),
      reference: new RegExp(
        `\\b(?:${lexicon.referenceCues.join('|').replace(/ /g, '\\s+')})\\s+(?:the\\s+)?$`,
        'iu',
      ),
    };
    compiled.set(lexicon, patterns);
  }
  return patterns;
}

/**
 * The counts of `candidates` that measure an event of kind `type` whose trigger sits at
 * `triggerStart..triggerEnd`: a measure the kind takes (data `measuresByKind`), in the trigger's
 * clause and, but for casualties, with no clause opener ('after', 'when' …) between them, nearest first;
 * of a measure an event has one of (`singleMeasures`: a score), the nearest only; a number after 'from' or 'compared with' (`referenceCues`) is a level compared against, not a measure.
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
  const { opener, reference } = patternsOf(lexicon);
  const casualties = new Set(lexicon.casualtyWords.values());
  // Casualties are what the clause opened by 'when' or 'after' caused ('two were killed when a mine
  // exploded'): they measure that event too, across the opener.
  const apart = (c: EventCount, from: number, to: number) =>
    !sameClause(text, from, to) || (!casualties.has(c.what) && opener.test(text.slice(from, to)));
  // 'Saulnier beat Spadea 6-2 6-4 and Haas overcame Mirnyi': a number before a clause coordinated
  // with a new subject is the earlier clause's.
  const coordinated = (from: number, to: number) => COORDINATED_SUBJECT.test(text.slice(from, to));
  return (
    candidates
      .filter((c) => measures.includes(c.what))
      // 'rose 2% to $11.1bn from $10.9bn': the level compared against is not the event's measure.
      .filter((c) => !reference.test(text.slice(Math.max(0, c.start - 20), c.start)))
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
      )
  );
}
