import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../knowledge/index.js';
import { usedAsThing } from './acronym-uses.js';

describe('usedAsThing', () => {
  const knowledge = loadKnowledge();
  it.each([
    ['a modifier before a common noun', 'New QXT tags cost less.', 'QXT', true],
    ['a thing after "a"', 'Code was hidden in a QXT file.', 'QXT', true],
    ['a lower-case gloss', 'Uses of QXT, or quick transfer, grew.', 'QXT', true],
    ['an actor before a speech verb', 'QXT said profits rose. QXT tags sold well.', 'QXT', false],
    ['an acronym with no use as a thing', 'Talks with QXT went on.', 'QXT', false],
  ])('%s', (_label, text, acronym, expected) => {
    expect(usedAsThing(text, acronym, knowledge)).toBe(expected);
  });
});
