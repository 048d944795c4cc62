import { describe, expect, it } from 'vitest';
import { checkProse } from './check-prose.js';

const limits = { maxWordChars: 1000, maxSentenceChars: 20_000 };

describe('checkProse', () => {
  it('accepts ordinary prose', () => {
    expect(
      checkProse('Syrian forces retook the city. Russia helped.\n\nMore text follows.', limits),
    ).toBeUndefined();
  });

  it('accepts a long URL under the limit', () => {
    expect(checkProse(`See https://example.com/${'a'.repeat(500)} for more.`, limits)).toBeUndefined();
  });

  it.each([
    ['a one-megabyte "word"', 'x'.repeat(1_000_000), /1000000-character run with no space/],
    ['a megabyte of words with no sentence break', 'word '.repeat(200_000), /no sentence break/],
    [
      'a long token after some prose',
      `Fine start. ${'y'.repeat(1001)}`,
      /1001-character run with no space at character 12/,
    ],
  ])('rejects %s', (_name, text, reason) => {
    expect(checkProse(text, limits)).toMatch(reason);
  });
});
