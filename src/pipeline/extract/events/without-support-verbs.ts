import type { TriggerHit } from './find-triggers.js';
import { sameClause } from './words.js';

/** How many words after a light verb an event noun takes it over ('signed a £20m deal'). */
const SUPPORT_REACH = 5;
/** How many words between a verb and a noun of the same kind make them one report ('won the election'). */
const SAME_KIND_REACH = 6;
/** Whether a light verb yields to this noun: one of its cue words, or of its own kind ('reported a rise' does not). */
function takesNoun(verb: TriggerHit, noun: TriggerHit): boolean {
  const cues = verb.entry.cues;
  if (noun.entry.type === verb.entry.type || cues === undefined) return true;
  const words = noun.entry.words;
  return (
    words.some((w) => cues.words.has(w)) ||
    cues.phrases.some(
      (p) => p.length <= words.length && p.every((w, i) => words[words.length - p.length + i] === w),
    )
  );
}

/**
 * Drops light-verb readings followed closely by an event noun ('signed a deal', 'held talks': the noun
 * is the event, the verb gives its agent; a noun the verb does not take, as 'reported a rise', leaves it) or shortly after an event noun of their own kind ('a meeting
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
            ((n.wordIndex > h.lastWordIndex && close(h, n, SUPPORT_REACH) && takesNoun(h, n)) ||
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
