import type { TriggerLexicon } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

/** Whether a sentence (or, failing that, the article) talks about armed conflict. */
export function conflictWords(text: string, lexicon: TriggerLexicon): Set<string> {
  const found = new Set<string>();
  for (const w of wordsOf(text)) if (lexicon.conflictContext.has(w.lower)) found.add(w.lower);
  return found;
}
