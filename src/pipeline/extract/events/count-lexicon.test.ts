import { describe, expect, it } from 'vitest';
import { buildCountLexicon, COUNT_LEXICON, countPatterns } from './count-lexicon.js';
import type { CountSearch } from './count-lexicon.js';

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

  it.each([
    ['casualtyAfter', 'At least 30 people were KILLED.'],
    ['casualtyBefore', 'The blast killed seven soldiers.'],
    ['toll', 'The death toll rose to 120.'],
    ['jobs', 'The firm will cut 1,200 jobs.'],
    ['money', 'It paid US$2.5bn.'],
    ['moneyWords', 'It paid 40 million euros.'],
    ['percent', 'Sales rose 12 per cent.'],
    ['score', 'Chelsea won 3 – 0 at home.'],
  ] as [CountSearch, string][])('finds the cue of the %s search wherever it matches: %s', (search, text) => {
    const p = countPatterns(COUNT_LEXICON);
    const pattern = p[search];
    pattern.lastIndex = 0;
    expect(pattern.test(text)).toBe(true);
    pattern.lastIndex = 0;
    expect(p.cues[search].test(text)).toBe(true);
  });
});
