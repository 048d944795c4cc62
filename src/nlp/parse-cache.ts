import type { ParsedSentence } from './parsed-sentence.js';

/** What a parse is looked up by: the sentence's text, and whether it was sent for names only. */
export interface CacheKey {
  text: string;
  start: number;
  namesOnly?: boolean;
}

/**
 * The backbone's readings of sentences already sent in a run, so that a sentence met again (a duplicate
 * article, a recurring line such as a sign-off) is not sent twice. A full parse also serves a request for
 * names only. Offsets are kept relative to the sentence; `get` moves them to where the sentence now is.
 */
export interface ParseCache {
  get(key: CacheKey, sentenceIndex: number): ParsedSentence | undefined;
  set(key: CacheKey, parsed: ParsedSentence): void;
  /** Sentences answered from the cache so far. */
  readonly hits: number;
  readonly size: number;
}

function shifted(parsed: ParsedSentence, by: number, sentenceIndex: number): ParsedSentence {
  return {
    sentenceIndex,
    tokens: parsed.tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by })),
    dependencies: parsed.dependencies,
    entities: parsed.entities.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
  };
}

/**
 * A parse cache holding at most `maxEntries` sentences; past that the least recently used goes. 10,000
 * sentences take about 50 MB; the BBC corpus repeats 8% of the sentences the backbone reads in it.
 */
export function createParseCache(maxEntries = 10_000): ParseCache {
  const entries = new Map<string, ParsedSentence>();
  let hits = 0;
  const keyOf = (text: string, namesOnly: boolean) => `${namesOnly ? 'n' : 'p'}\u0000${text}`;
  const take = (key: string): ParsedSentence | undefined => {
    const found = entries.get(key);
    if (found) {
      entries.delete(key);
      entries.set(key, found);
    }
    return found;
  };
  return {
    get(key, sentenceIndex) {
      const found = take(keyOf(key.text, false)) ?? (key.namesOnly ? take(keyOf(key.text, true)) : undefined);
      if (!found) return undefined;
      hits += 1;
      return shifted(found, key.start, sentenceIndex);
    },
    set(key, parsed) {
      entries.set(keyOf(key.text, key.namesOnly === true), shifted(parsed, -key.start, -1));
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    get hits() {
      return hits;
    },
    get size() {
      return entries.size;
    },
  };
}
