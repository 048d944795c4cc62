import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';

/** 'in Kestrel', 'at the Kestrel festival': a locative preposition, an optional article, then the place. */
const LOCATIVE = /(?<![\p{L}])(?:in|at)\s+(?:the\s+)?$/iu;

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
    if (LOCATIVE.test(text.slice(Math.max(sentence.start, m.evidence.start - 12), m.evidence.start)))
      found = m;
  }
  return found;
}
