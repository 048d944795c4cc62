import givenNameData from '../../../knowledge/data/given-names.json' with { type: 'json' };
import { wordClass } from '../word-classes.js';

const GIVEN_NAMES = new Set(givenNameData.names);

/**
 * True when the word is a given name in the CoreNLP first-name list ("Ivo", "Dwain", "Meghann") and
 * not an everyday English word as well ("Hope", "Crystal", "Will"), so that a name it begins is
 * read as a person's. Case-insensitive.
 */
export function isListedGivenName(word: string): boolean {
  if (!GIVEN_NAMES.has(word.toLowerCase())) return false;
  const cls = wordClass(word);
  return cls !== 'common-noun' && cls !== 'adjective';
}
