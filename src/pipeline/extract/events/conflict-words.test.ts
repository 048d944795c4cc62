import { describe, expect, it } from 'vitest';
import { conflictWords } from './conflict-words.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

describe('conflictWords', () => {
  it('finds the armed-conflict words of a text, in lower case', () => {
    expect([...conflictWords('Troops and the Army moved in.', TRIGGER_LEXICON)].sort()).toEqual([
      'army',
      'troops',
    ]);
  });

  it('finds none in a text about business', () => {
    expect(conflictWords('The bank raised its profit forecast.', TRIGGER_LEXICON).size).toBe(0);
  });
});
