import { describe, expect, it } from 'vitest';
import { isIrrealis } from './is-irrealis.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

describe('isIrrealis', () => {
  it.each([
    ['The army will capture the town.', 'capture', true],
    ['The army did not capture the town.', 'capture', true],
    ["The army won't capture the town.", 'capture', true],
    ['If the army captures the town, talks end.', 'captures', true],
    ['The army captured the town.', 'captured', false],
    ['The town, they will say, was captured.', 'captured', false],
  ])('%s → %s', (text, trigger, expected) => {
    const words = wordsOf(text);
    expect(
      isIrrealis(
        text,
        words,
        words.findIndex((w) => w.lower === trigger),
        TRIGGER_LEXICON,
      ),
    ).toBe(expected);
  });
});
