import { describe, expect, it } from 'vitest';
import { findTriggers } from './find-triggers.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { isUnrealUse } from './unreal-use.js';
import { wordsOf } from './words.js';

/** Whether the trigger starting at `word` in `text` is read as naming no act. */
function unreal(text: string, word: string): boolean {
  const words = wordsOf(text);
  const hit = findTriggers(text, words, TRIGGER_LEXICON).find((h) => h.start === text.indexOf(word));
  if (hit === undefined) throw new Error(`no trigger at "${word}"`);
  return isUnrealUse({ text, words, lexicon: TRIGGER_LEXICON }, hit);
}

describe('isUnrealUse', () => {
  it.each([
    ['Its latest releases came as the company announced it was to buy Sybra.', 'announced', true],
    ['The company announced a new phone on Monday.', 'announced', false],
    ['Both sides agreed they would meet again.', 'agreed', false],
    ['Tenants get the right to buy their homes.', 'buy', true],
    ['Acme agreed to buy Globex.', 'buy', false],
    ['She has ruled out retiring this year.', 'retiring', true],
    ['She retired this year.', 'retired', false],
    ['It wants to end the crisis by signing this deal.', 'deal', true],
    ['It ended the crisis by signing this deal.', 'deal', false],
  ])('reads %s (at "%s") as unreal: %s', (text, word, expected) => {
    expect(unreal(text, word)).toBe(expected);
  });
});
