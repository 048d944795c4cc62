import { describe, expect, it } from 'vitest';
import { cuesNear, plainNoun } from './cues-near.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import type { TriggerEntry } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

const entry = {
  words: ['won'],
  cues: {
    words: new Set(['election']),
    phrases: [['general', 'poll']],
    score: false,
    money: false,
    actor: false,
  },
} as unknown as TriggerEntry;

describe('cuesNear', () => {
  it.each([
    ['The party won the election easily.', true],
    ['The party won the general poll.', true],
    ['The party won praise for its stand on roads, rail, schools and hospitals in the election.', false],
    // 'general' starts a cue phrase but is no cue word of its own.
    ['The party won the general vote.', false],
  ])('%s → %s', (text, expected) => {
    const words = wordsOf(text);
    const index = words.findIndex((w) => w.lower === 'won');
    expect(cuesNear(entry, words, index, () => [], [])).toBe(expected);
  });
});

describe('cuesNear with a word that is a cue word and starts a cue phrase', () => {
  const both = {
    words: ['won'],
    cues: { words: new Set(['cup']), phrases: [['cup', 'final']], score: false, money: false, actor: false },
  } as unknown as TriggerEntry;

  it.each([
    ['They won the cup.', true],
    ['They won the cup final.', true],
    ['They won the final.', false],
  ])('%s → %s', (text, expected) => {
    const words = wordsOf(text);
    expect(cuesNear(both, words, 1, () => [], [])).toBe(expected);
  });
});

describe('cuesNear and the numbers of the sentence', () => {
  const scored = { ...entry, cues: { ...entry.cues, score: true } } as unknown as TriggerEntry;
  const score = { what: 'score', value: '3-0', text: '3-0', start: 12, end: 15 };

  it('takes a score near the trigger as a cue', () => {
    const words = wordsOf('The party won 3-0.');
    expect(cuesNear(scored, words, 2, () => [score], [])).toBe(true);
    expect(cuesNear(scored, words, 2, () => [], [])).toBe(false);
  });

  it('reads the numbers only when no cue word is near', () => {
    let reads = 0;
    const counts = () => {
      reads += 1;
      return [];
    };
    cuesNear(scored, wordsOf('The party won the election.'), 2, counts, []);
    expect(reads).toBe(0);
    cuesNear(scored, wordsOf('The party won praise.'), 2, counts, []);
    expect(reads).toBe(1);
  });
});

describe('plainNoun', () => {
  it.each([
    ['Parliament passed the bill.', 'bill', true],
    ['Bill Gates spoke.', 'Bill', true],
    ['He met Bill Gates.', 'Bill', false],
    ['He read the BILL.', 'BILL', true],
  ])('%s: %s → %s', (text, word, expected) => {
    const words = wordsOf(text);
    expect(
      plainNoun(
        words,
        words.findIndex((w) => w.text === word),
      ),
    ).toBe(expected);
  });
  it('uses the lexicon data', () => expect(TRIGGER_LEXICON.byFirstWord.size).toBeGreaterThan(0));
});
