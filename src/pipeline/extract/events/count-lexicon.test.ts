import { describe, expect, it } from 'vitest';
import { buildCountLexicon, COUNT_LEXICON, countPatterns } from './count-lexicon.js';

describe('count lexicon', () => {
  it('compiles the patterns once per lexicon', () => {
    expect(countPatterns(COUNT_LEXICON)).toBe(countPatterns(COUNT_LEXICON));
    expect(countPatterns(buildCountLexicon())).not.toBe(countPatterns(COUNT_LEXICON));
  });

  it.each([
    ['2-1', true],
    ['3 – 0', true],
    ['2014', false],
  ])('reads %s as a score: %s', (text, score) => {
    const pattern = countPatterns(COUNT_LEXICON).score;
    pattern.lastIndex = 0;
    expect(pattern.test(text)).toBe(score);
  });

  it('knows multipliers and number words from the data file', () => {
    expect(COUNT_LEXICON.multipliers.size).toBeGreaterThan(0);
    expect(COUNT_LEXICON.numberWords.size).toBeGreaterThan(0);
  });
});
