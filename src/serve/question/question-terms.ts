import vocabulary from './data/question-words.json' with { type: 'json' };
import { searchWords, type SearchWords } from './search-words.js';

/** The longest name, in words, that a question's phrase can match ("Islamic State of Iraq and the Levant"). */
export const MAX_PHRASE_WORDS = 7;

/** How a question's words are read before they are matched to events. */
export interface QuestionVocabulary {
  /** word → the event types it names ("liberation" → RECAPTURE). */
  eventWords: Readonly<Record<string, readonly string[]>>;
  /** Groups of event types that make one campaign at one place. */
  campaigns: readonly (readonly string[])[];
  /** Words that say what is asked, not which event ("who", "claimed", "responsibility"). */
  askWords: readonly string[];
}

/** The vocabulary from data/question-words.json. */
export const QUESTION_VOCABULARY: QuestionVocabulary = vocabulary;

/** An event-type word of the question and the types it names. */
export interface TypeWord {
  word: string;
  types: string[];
}

/** A question about events, split into what each word can match (parameters of the event questions). */
export interface QuestionTerms extends SearchWords {
  /**
   * Every run of 1..MAX_PHRASE_WORDS words of the question (function words inside, never at either end):
   * an actor or place is named by the question when its name or an alias, in words, is one of these.
   */
  phrases: string[];
  /** The event-type words and the types they name. */
  typeWords: TypeWord[];
  /** Every type the type words name (empty: any type). */
  types: string[];
  /** The campaign groups that hold one of `types`. */
  campaigns: string[][];
  /**
   * Words that must be found in each matched event (its label, search text or date) unless they are part of a
   * named actor or place: every content word that is neither an ask word nor an event-type word.
   */
  keyWords: string[];
  /** The full-text query for events: the words, and the names of the types the type words name. */
  eventQuery: string;
}

const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  's',
]);

/**
 * Reads a question about events ("who claimed responsibility for the bombing in Ankara"). Returns
 * `undefined` when it holds no letter or digit, or only ask words.
 */
export function questionTerms(
  input: string,
  vocab: QuestionVocabulary = QUESTION_VOCABULARY,
): QuestionTerms | undefined {
  const search = searchWords(input);
  if (search === undefined) return undefined;
  const ask = new Set(vocab.askWords);
  const tokens = search.name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const words = search.words.filter((word) => !ask.has(word));
  if (words.length === 0) return undefined;
  const typeWords = words.flatMap((word) => {
    const types = vocab.eventWords[word];
    return types === undefined ? [] : [{ word, types: [...types] }];
  });
  const types = [...new Set(typeWords.flatMap((typeWord) => typeWord.types))];
  const typed = new Set(typeWords.map((typeWord) => typeWord.word));
  const keyWords = words.filter((word) => !typed.has(word) && !FUNCTION_WORDS.has(word));
  const campaigns = vocab.campaigns
    .filter((campaign) => campaign.some((type) => types.includes(type)))
    .map((campaign) => [...campaign]);
  const query = words.map((word) => (word.length >= 4 ? `${word} ${word}*` : word)).join(' ');
  const typeQuery = types.map((type) => type.toLowerCase().replace(/_/g, ' ')).join(' ');
  return {
    ...search,
    words,
    query,
    phrases: phrasesOf(tokens, ask),
    typeWords,
    types,
    campaigns,
    keyWords,
    eventQuery: [query, typeQuery].filter((part) => part !== '').join(' '),
  };
}

function phrasesOf(tokens: readonly string[], ask: ReadonlySet<string>): string[] {
  const phrases = new Set<string>();
  for (let start = 0; start < tokens.length; start += 1) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_PHRASE_WORDS); end += 1) {
      const run = tokens.slice(start, end);
      const first = run[0]!;
      const last = run[run.length - 1]!;
      if (FUNCTION_WORDS.has(first) || FUNCTION_WORDS.has(last) || ask.has(first) || ask.has(last)) continue;
      phrases.add(run.join(' '));
    }
  }
  return [...phrases];
}
