/** The identity of a named person across articles that spell the name differently. */
import { spellingKey } from '../../../knowledge/spelling-key.js';

/** An Arabic article written joined to its word ('al-Asaad', 'el-Sisi'): the word is the same without it. */
const JOINED_ARTICLE = /(^|\s)(?:al|el|as|ad|an|ar|at|ash)[-‐‑’'](?=\p{L})/giu;

/**
 * The key that one named person has in every article: the transliteration key of the name with joined
 * Arabic articles dropped first, so 'Khaled al-Asaad', 'Khalid Asaad' and 'Khaled al-Assa’ad' are one
 * person, and 'Riad al-Asaad' another.
 */
export function personKey(name: string): string {
  const words = name.replace(JOINED_ARTICLE, '$1').split(/\s+/).filter(Boolean);
  // Articles are gone already: each word is keyed behind a guard letter, so that the key's own
  // article rule does not take 'As' off 'Asaad'.
  return `person:${words.map((w) => spellingKey(`x${w}`).slice(1)).join(' ')}`;
}
