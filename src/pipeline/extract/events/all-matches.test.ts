import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

const shape = (matches: RegExpMatchArray[]) => matches.map((m) => [m.index, [...m]]);

describe('allMatches', () => {
  it.each([
    ['words with groups', /(\p{L})(\p{L}*)/gu, 'Palmyra was retaken, 27 March'],
    [
      'a phrase alternation',
      /(?<![\p{L}])(?:carried out|launched)(?![\p{L}])/giu,
      'Jets LAUNCHED and carried out raids',
    ],
    ['empty matches', /x*/g, 'axxb'],
    ['empty matches across astral characters', /x*/gu, 'a😀xb'],
    ['no match', /\d+/g, 'no digits here'],
  ])('gives what matchAll gives: %s', (_name, pattern, text) => {
    expect(shape(allMatches(pattern, text))).toEqual(shape([...text.matchAll(pattern)]));
  });

  it('searches from the start and leaves the pattern ready for the next call', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 5;
    expect(allMatches(pattern, '12 and 34').map((m) => m[0])).toEqual(['12', '34']);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError);
  });
});
