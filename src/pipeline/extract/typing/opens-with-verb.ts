import nlp from 'compromise';

interface TaggedTerm {
  tags: string[];
}

/** The terms compromise tags in `text`, in order. */
function termsOf(text: string): TaggedTerm[] {
  const sentences = nlp(text).json() as { terms: TaggedTerm[] }[];
  return sentences[0]?.terms ?? [];
}

/**
 * True when compromise's tagger reads the word after a name as a finite verb ("the U.S. left Iraq",
 * "Russia also said"), not as a noun or gerund that the name modifies ("the UK housing market",
 * "the US economy grew"). `name` is the name as written; `words` the words after it. An adverb
 * before the verb is skipped.
 */
export function opensWithVerb(name: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const terms = termsOf(`${name} ${words.join(' ')}`);
  let k = Math.max(1, termsOf(name).length);
  while (terms[k]?.tags.includes('Adverb') && k < terms.length - 1) k += 1;
  const tags = terms[k]?.tags ?? [];
  return tags.includes('Verb') && !tags.includes('Gerund');
}
