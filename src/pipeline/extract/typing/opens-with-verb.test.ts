import { describe, expect, it } from 'vitest';
import { opensWithVerb } from './opens-with-verb.js';

describe('opensWithVerb', () => {
  it.each([
    ['U.S.', 'left Iraq in 2011', true],
    ['US', 'pulled out of the deal', true],
    ['Russia', 'also said it would', true],
    ['Russia', 'opposed the plan', true],
    ['UK', 'housing market may be heading', false],
    ['US', 'economy grew by 3%', false],
    ['UK', 'cash machines together', false],
  ])('%s %s → %s', (name, phrase, expected) => {
    expect(opensWithVerb(name, phrase.split(' '))).toBe(expected);
  });
});
