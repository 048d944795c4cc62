import { describe, expect, it } from 'vitest';
import { findTriggers } from './find-triggers.js';
import { namedNeighbour } from './trigger-named-neighbour.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

/** Whether the trigger `trigger` of `text` has a proper name in its subject or object slot. */
function named(text: string, trigger: string): boolean {
  const words = wordsOf(text);
  const hit = findTriggers(text, words, TRIGGER_LEXICON).find((h) => h.text === trigger);
  if (hit === undefined) throw new Error(`no trigger ${trigger} in ${text}`);
  return namedNeighbour(text, words, hit);
}

describe('namedNeighbour', () => {
  it.each([
    ['a name as the passive subject', 'Bellamy was fined two weeks wages.', 'fined', true],
    ['a two-word name as the subject', 'It is the state where Al Gore won by 366 votes.', 'won', true],
    [
      'a name after the preposition of an event noun',
      'The run ended in a 5-0 defeat at Shrewsbury.',
      'defeat',
      true,
    ],
    ['a name as the object', 'Last year the club beat Shrewsbury 2-1.', 'beat', true],
    ['a lone capital opening the sentence', 'Dismal reports came in.', 'reports', false],
    ['a name inside a prepositional phrase', 'A station in the US has refused the show.', 'refused', false],
    ['a function word opening the sentence', 'No arrests have been made.', 'arrests', false],
    ['a capitalised trigger inside a name', 'Sales fell at Best Buy on Monday.', 'Buy', false],
    ['no name at all', 'The club was fined heavily.', 'fined', false],
    ['an uncued active verb', 'Bill Gates visited the show.', 'visited', false],
  ])('%s', (_what, text, trigger, expected) => {
    expect(named(text, trigger)).toBe(expected);
  });
});
