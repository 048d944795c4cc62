import placeContextData from '../../../knowledge/data/event-place-context.json' with { type: 'json' };
import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';

/** 'in Kestrel', 'at the Kestrel festival': a locative preposition, an optional article, then the place. */
const LOCATIVE = /(?<![\p{L}])(?:in|at)\s+(?:the\s+)?$/iu;
/** A superlative a few words before the preposition: the place is the set compared against, not a scene. */
const SUPERLATIVE = new RegExp(
  `(?<![\\p{L}])(?:${placeContextData.superlatives.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}(?:in|at)\\s+(?:the\\s+)?$`,
  'iu',
);

/**
 * The last place of a sentence that stands after a locative preposition ('in Kestrel', 'at the
 * Kestrel festival'): where the sentence sets its scene, for events told just after it that name no
 * place of their own. Undefined when the sentence sets no scene.
 */
export function locativePlace(
  text: string,
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
): ResolvedMention | undefined {
  let found: ResolvedMention | undefined;
  for (const m of mentions) {
    if (m.kind !== 'PLACE' || m.evidence.sentenceIndex !== sentence.index) continue;
    if (!LOCATIVE.test(text.slice(Math.max(sentence.start, m.evidence.start - 12), m.evidence.start)))
      continue;
    // 'some of the most revered in the Middle East': the set compared against, not where it happened.
    if (SUPERLATIVE.test(text.slice(Math.max(sentence.start, m.evidence.start - 50), m.evidence.start)))
      continue;
    found = m;
  }
  return found;
}
