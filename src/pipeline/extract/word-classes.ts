import nlp from 'compromise';
import { loadWordLists } from '../../knowledge/index.js';

/** What the English lexicon says a capitalised word usually is. */
export type WordClass = 'given-name' | 'surname' | 'adjective' | 'common-noun' | 'other';

let lexicon: Record<string, string | string[]> | undefined;
const cache = new Map<string, WordClass>();
const CACHE_LIMIT = 50_000;
/** The lexicon tags behind each word class (`src/knowledge/data/word-class-tags.json`). */
const TAGS = loadWordLists().wordClassTags;

function classify(lower: string): WordClass {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const entry = lexicon[lower];
  const tags = Array.isArray(entry) ? entry : entry === undefined ? [] : [entry];
  if (tags.some((t) => TAGS.givenName.has(t))) return 'given-name';
  if (tags.some((t) => TAGS.surname.has(t))) return 'surname';
  if (tags.some((t) => TAGS.adjective.has(t))) return 'adjective';
  // Nouns and verbs of everyday English ("line", "borders", "care", "respect"), not person nouns ("carter").
  if (tags.some((t) => TAGS.common.has(t))) return 'common-noun';
  if (tags.length > 0) return 'other';
  // Not in the lexicon: ask compromise's suffix rules ("creative", "teenage" are adjectives).
  return nlp(lower).has('#Adjective') ? 'adjective' : 'other';
}

/**
 * Classifies a word with compromise's English lexicon (about 25,000 words with their usual tag,
 * common given names included) and, for words it lacks, its suffix rules: "Wayne" → given-name,
 * "Murray" → surname, "Original" / "Creative" → adjective, "Line" / "Borders" → common-noun. Tells "Wayne Rooney" (a person) from "Original Pirate
 * Material" (not one).
 */
export function wordClass(word: string): WordClass {
  const lower = word.toLowerCase();
  let result = cache.get(lower);
  if (result === undefined) {
    result = classify(lower);
    if (cache.size < CACHE_LIMIT) cache.set(lower, result);
  }
  return result;
}
