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

/** 'agreed to buy': a light verb, or a verb read with its 'to', right before an event verb as its infinitive. */
function yieldsToInfinitive(text: string, verb: TriggerHit, hits: readonly TriggerHit[]): boolean {
  if (verb.nominal || !(verb.entry.support || verb.entry.needsPrep === 'to')) return false;
  const next = hits.find((v) => !v.nominal && v.wordIndex === verb.lastWordIndex + 2);
  return next !== undefined && /^\s+to\s+$/.test(text.slice(verb.end, next.start));
}

/**
 * Drops light-verb readings followed closely by an event noun ('signed a deal', 'held talks': the noun
 * is the event, the verb gives its agent; a noun the verb does not take, as 'reported a rise', leaves it) or shortly after an event noun of their own kind ('a meeting
 * of ministers was held'), and event nouns next to a full verb of their own kind ('won the election':
 * one report, the verb's). A light verb or a verb read with its 'to' ('agreed to') yields to an event verb as its
 * infinitive ('agreed to buy' is the purchase).
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
        yieldsToInfinitive(text, h, verbs) ||
        (h.nominal &&
          h.entry.requires !== 'legacy' &&
          verbs.some(
            (v) =>
              !v.nominal && !v.entry.support && v.entry.type === h.entry.type && close(v, h, SAME_KIND_REACH),
          ))
      ),
  );
}

/**
 * The trigger verb a few words before a nominal hit, whose object the noun is ('signing' of
 * 'by signing this deal'), kept or given way; its mood is the noun's.
 */
export function verbBefore(noun: TriggerHit, found: readonly TriggerHit[]): TriggerHit | undefined {
  if (!noun.nominal) return undefined;
  return found.findLast(
    (v) =>
      !v.nominal && v.lastWordIndex < noun.wordIndex && noun.wordIndex - v.lastWordIndex <= SUPPORT_REACH,
  );
}
