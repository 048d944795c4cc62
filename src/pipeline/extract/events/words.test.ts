import { describe, expect, it } from 'vitest';
import { lowerWords, sameClause, wordBefore, wordsOf } from './words.js';

describe('wordsOf', () => {
  it('gives words with article offsets, lower case and the possessive taken off', () => {
    expect(wordsOf('Syria’s army, U.S. jets', 10)).toEqual([
      { text: 'Syria’s', lower: 'syria', start: 10, end: 17, possessive: true },
      { text: 'army', lower: 'army', start: 18, end: 22, possessive: false },
      { text: 'U.S', lower: 'u.s', start: 24, end: 27, possessive: false },
      { text: 'jets', lower: 'jets', start: 29, end: 33, possessive: false },
    ]);
  });
});

describe('lowerWords', () => {
  it.each(["Syria’s army and Russia's jets, the well-known 3.5 U.S. officials", 'It’s'])(
    'gives the lower forms wordsOf gives: %s',
    (text) => expect(lowerWords(text)).toEqual(wordsOf(text).map((w) => w.lower)),
  );
});

describe('wordBefore', () => {
  it.each([
    ['backed by the Army', 'the Army', 'by'],
    ['backed by the Army', 'Army', 'by'],
    ['Russia’s forces', 'forces', 'russia'],
    ['the forces', 'forces', ''],
    ['jets (Russian)', 'Russian', ''],
    ['first-round loss', 'loss', 'first-round'],
  ])('%s: the word before "%s" is "%s"', (text, at, expected) => {
    expect(wordBefore(text, text.indexOf(at))).toBe(expected);
  });

  it('keeps determiners when asked', () => {
    const text = 'backed by the Army';
    expect(wordBefore(text, text.indexOf('Army'), false)).toBe('the');
  });
});

describe('sameClause', () => {
  it.each([
    ['the army took the town', true],
    ['the army took the town. Then', false],
    ['the army, backed by jets', true],
    ['the U.S. army took it', true],
    ['it rose 3.5 points', true],
    ['it fell (again) today', false],
    ['they said: no', false],
  ])('%s → %s', (text, expected) => {
    expect(sameClause(text, 0, text.length)).toBe(expected);
    expect(sameClause(text, text.length, 0)).toBe(expected);
  });
});
