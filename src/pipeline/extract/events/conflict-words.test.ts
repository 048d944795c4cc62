import { describe, expect, it } from 'vitest';
import { conflictWords } from './conflict-words.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { lowerWords } from './words.js';

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

  it.each([
    ["the army's advance", ['army']],
    ['the ARMY’S advance', ['army']],
    ['the troops’ camp', ['troops']],
    ['an anti-war march', []],
    ['a war-torn city', []],
    ["the war's-end party", []],
    ['a software award', []],
    ['at war.', ['war']],
    ['_war_', ['war']],
    ['\u212Aills by tan\u212As', ['tanks']],
  ])('reads %j word by word, as the event rules read words: %j', (text, expected) => {
    const byWords = lowerWords(text).filter((w) => TRIGGER_LEXICON.conflictContext.has(w));
    expect([...conflictWords(text, TRIGGER_LEXICON)]).toEqual(expected);
    expect([...new Set(byWords)]).toEqual(expected);
  });
});
