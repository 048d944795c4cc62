import type { TriggerLexicon } from './trigger-lexicon.js';
import { lowerWords } from './words.js';

/** Whether a sentence (or, failing that, the article) talks about armed conflict. */
export function conflictWords(text: string, lexicon: TriggerLexicon): Set<string> {
  const found = new Set<string>();
  for (const lower of lowerWords(text)) if (lexicon.conflictContext.has(lower)) found.add(lower);
  return found;
}
