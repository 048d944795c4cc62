import { describe, expect, it } from 'vitest';
import { countWords } from './article-words.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['Shares fell 3% on Monday.', 5],
    ['Title\n\nFirst  paragraph,\tsecond word.\r\n', 5],
    ['non\u00a0breaking space', 3],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
