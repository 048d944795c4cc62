/**
 * Spellings one slip away from a name: one pair of neighbouring letters swapped ("Palymra" →
 * "Palmyra"), one letter dropped, doubled or added, or one letter changed. The commonest typing
 * errors are single edits of these kinds (Damerau 1964, "A technique for computer detection and
 * correction of spelling errors", CACM 7(3)), so a place name that matches nothing may be looked up
 * again under these spellings.
 */

/** Names shorter than this many letters get no near spellings: a slip in a short name is another name. */
export const NEAR_SPELLING_MIN_LETTERS = 6;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every spelling one edit (swap, deletion, insertion, substitution of a letter) away from `name`,
 * keeping its first letter and its case pattern where a letter is kept; none for names with fewer
 * than `NEAR_SPELLING_MIN_LETTERS` letters. The name itself is not among them.
 */
export function nearSpellings(name: string): string[] {
  const letterCount = [...name].filter((c) => /\p{L}/u.test(c)).length;
  if (letterCount < NEAR_SPELLING_MIN_LETTERS) return [];
  const out = new Set<string>();
  const chars = [...name];
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const caseOf = (c: string, like: string | undefined) =>
    like !== undefined && like === like.toUpperCase() && like !== like.toLowerCase() ? c.toUpperCase() : c;
  // The first letter stays: readers and writers keep it (the slips sit inside the word).
  for (let i = 1; i < chars.length; i += 1) {
    const c = chars[i]!;
    const next = chars[i + 1];
    if (isLetter(c) && isLetter(next) && next !== c)
      out.add([...chars.slice(0, i), next!, c, ...chars.slice(i + 2)].join(''));
    if (isLetter(c)) {
      out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
      for (const l of LETTERS)
        if (l !== c.toLowerCase())
          out.add([...chars.slice(0, i), caseOf(l, c), ...chars.slice(i + 1)].join(''));
    }
  }
  for (let i = 1; i <= chars.length; i += 1) {
    if (!isLetter(chars[i - 1]) && !isLetter(chars[i])) continue;
    for (const l of LETTERS) out.add([...chars.slice(0, i), l, ...chars.slice(i)].join(''));
  }
  out.delete(name);
  return [...out];
}
