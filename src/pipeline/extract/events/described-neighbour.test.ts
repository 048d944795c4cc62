import { describe, expect, it } from 'vitest';
import { describedNeighbour } from './described-neighbour.js';
import { findTriggers } from './find-triggers.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

/** Whether the trigger `trigger` of `text` has a described party (or a thing of its cue class) in a slot. */
function described(text: string, trigger: string): boolean {
  const words = wordsOf(text);
  const hit = findTriggers(
    text,
    words,
    TRIGGER_LEXICON,
    (e) =>
      e.words.join(' ') === trigger.split(' ')[0] && (e.needsPrep ?? '') === (trigger.split(' ')[1] ?? ''),
  ).find((h) => h.text === trigger.split(' ')[0]);
  if (hit === undefined) throw new Error(`no trigger ${trigger} in ${text}`);
  return describedNeighbour(text, words, hit);
}

describe('describedNeighbour', () => {
  it.each([
    ['an actor noun as the passive subject', 'The club was fined heavily.', 'fined', true],
    ['an actor noun as the object', 'Last week the side beat the champions 2-1.', 'beat', true],
    [
      'an actor noun after the preposition of an event noun',
      'It opened an inquiry into the agency.',
      'inquiry',
      true,
    ],
    [
      'an actor noun governed by a preposition is no subject',
      'Advice to the government has been published.',
      'published',
      false,
    ],
    [
      'an uncued active verb does not count by a described subject',
      'The judge agreed to extend the deadline.',
      'agreed to',
      false,
    ],
    [
      'an uncued active verb does not count by a described object',
      'The singer sued the company.',
      'sued',
      false,
    ],
    ['a preposition ends the object slot', 'Last week he won against the champions 2-1.', 'won', false],
    [
      'a relative word ends the object slot',
      'The sale of land which the firm owned was small.',
      'sale',
      false,
    ],
    ['a partner after with is not told from a party', 'It held talks with the firm.', 'talks', false],
    ['no party in either slot', 'It was fined heavily.', 'fined', false],
    ['a named subject is left to the name rules', 'Acme was fined heavily.', 'fined', false],
    ['an actor noun beyond a clause break', 'For the company, it was broadcast.', 'broadcast', false],
  ])('%s', (_name, text, trigger, expected) => {
    expect(described(text, trigger)).toBe(expected);
  });
});
