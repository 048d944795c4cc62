import { describe, expect, it } from 'vitest';
import { createParseCache } from './parse-cache.js';
import type { ParsedSentence } from './parsed-sentence.js';

const TEXT = 'Yukos said it would appeal.';

/** A reading of TEXT where the sentence starts at `start` of its article. */
function parsedAt(start: number, sentenceIndex: number): ParsedSentence {
  return {
    sentenceIndex,
    tokens: [
      { i: 0, text: 'Yukos', lemma: 'Yukos', pos: 'NNP', ner: 'ORGANIZATION', start, end: start + 5 },
      { i: 1, text: 'said', lemma: 'say', pos: 'VBD', ner: 'O', start: start + 6, end: start + 10 },
    ],
    dependencies: [{ rel: 'nsubj', head: 1, dependent: 0 }],
    entities: [{ text: 'Yukos', ner: 'ORGANIZATION', start, end: start + 5, tokenStart: 0, tokenEnd: 1 }],
  };
}

describe('the parse cache', () => {
  it('gives a sentence met again its reading, moved to where the sentence now is', () => {
    const cache = createParseCache();
    cache.set({ text: TEXT, start: 100 }, parsedAt(100, 3));
    expect(cache.get({ text: TEXT, start: 40 }, 1)).toEqual(parsedAt(40, 1));
    expect(cache.hits).toBe(1);
  });

  it('answers a names-only request from a full parse, never a parse request from names only', () => {
    const cache = createParseCache();
    cache.set({ text: TEXT, start: 0, namesOnly: true }, parsedAt(0, 0));
    expect(cache.get({ text: TEXT, start: 0 }, 0)).toBeUndefined();
    expect(cache.get({ text: TEXT, start: 0, namesOnly: true }, 0)).toBeDefined();
    const full = createParseCache();
    full.set({ text: TEXT, start: 0 }, parsedAt(0, 0));
    expect(full.get({ text: TEXT, start: 0, namesOnly: true }, 0)).toBeDefined();
  });

  it('drops the least recently used sentence past its size', () => {
    const cache = createParseCache(2);
    cache.set({ text: 'A.', start: 0 }, parsedAt(0, 0));
    cache.set({ text: 'B.', start: 0 }, parsedAt(0, 0));
    cache.get({ text: 'A.', start: 0 }, 0);
    cache.set({ text: 'C.', start: 0 }, parsedAt(0, 0));
    expect(cache.size).toBe(2);
    expect(cache.get({ text: 'B.', start: 0 }, 0)).toBeUndefined();
    expect(cache.get({ text: 'A.', start: 0 }, 0)).toBeDefined();
  });
});
