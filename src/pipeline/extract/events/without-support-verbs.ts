import type { TriggerHit } from './find-triggers.js';
import { sameClause } from './words.js';

/** How many words after a light verb an event noun takes it over ('signed a £20m deal'). */
const SUPPORT_REACH = 5;
/** How many words between a verb and a noun of the same kind make them one report ('won the election'). */
const SAME_KIND_REACH = 6;
/**
 * Drops light-verb readings followed closely by an event noun ('signed a deal', 'held talks': the noun
 * is the event, the verb gives its agent) or shortly after an event noun of their own kind ('a meeting
 * of ministers was held'), and event nouns next to a full verb of their own kind ('won the election':
 * one report, the verb's).
 */
export function withoutSupportVerbs(text: string, hits: TriggerHit[]): TriggerHit[] {
  const gap = (a: TriggerHit, b: TriggerHit) =>
    a.lastWordIndex < b.wordIndex ? b.wordIndex - a.lastWordIndex : a.wordIndex - b.lastWordIndex;
  const close = (a: TriggerHit, b: TriggerHit, reach: number) =>
    gap(a, b) > 0 &&
    gap(a, b) <= reach &&
    sameClause(text, Math.min(a.end, b.end), Math.max(a.start, b.start));
  const verbs = hits.filter(
    (h) =>
      !(
        !h.nominal &&
        h.entry.support &&
        hits.some(
          (n) =>
            n.nominal &&
            ((n.wordIndex > h.lastWordIndex && close(h, n, SUPPORT_REACH)) ||
              (n.entry.type === h.entry.type &&
                n.lastWordIndex < h.wordIndex &&
                close(n, h, SAME_KIND_REACH))),
        )
      ),
  );
  return verbs.filter(
    (h) =>
      !(
        h.nominal &&
        h.entry.requires !== 'legacy' &&
        verbs.some(
          (v) =>
            !v.nominal && !v.entry.support && v.entry.type === h.entry.type && close(v, h, SAME_KIND_REACH),
        )
      ),
  );
}
