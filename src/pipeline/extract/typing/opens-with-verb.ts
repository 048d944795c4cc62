import nlp from 'compromise';

/**
 * True when compromise's tagger reads the word after a name as a finite verb ("the U.S. left Iraq",
 * "Russia also said"), not as a noun or gerund that the name modifies ("the UK housing market",
 * "the US economy grew"). `name` is the name as written; `words` the words after it. An adverb
 * before the verb is skipped.
 */
export function opensWithVerb(name: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const terms = nlp(`${name} ${words.join(' ')}`).json()[0]?.terms as
    { text: string; tags: string[] }[] | undefined;
  if (terms === undefined) return false;
  const nameWords = nlp(name).json()[0]?.terms as unknown[] | undefined;
  let k = nameWords?.length ?? 1;
  while (terms[k]?.tags.includes('Adverb') && k < terms.length - 1) k += 1;
  const tags = terms[k]?.tags ?? [];
  return tags.includes('Verb') && !tags.includes('Gerund');
}
