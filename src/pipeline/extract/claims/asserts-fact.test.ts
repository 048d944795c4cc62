import { describe, expect, it } from 'vitest';
import { assertsFact } from './asserts-fact.js';
import { SPEECH_LEXICON } from './speech-lexicon.js';

describe('assertsFact', () => {
  it.each([
    ['the council has approved the new bridge', true],
    ['the files had been copied to a laptop', true],
    ['sales were falling across the region', true],
    ['profits rose to $12m last year', true],
    ['unemployment reached 7.5% in March', true],
    ['the council had to wait for the vote', false],
    ['the plan would cost $3m', false],
    ['prices should have fallen by now', false],
    ['the bridge is a waste of money', false],
    ['we must act now', false],
  ])('«%s» asserts a fact: %s', (text, expected) => {
    expect(assertsFact(SPEECH_LEXICON, text)).toBe(expected);
  });
});
