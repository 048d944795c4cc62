import { describe, expect, it } from 'vitest';
import { MAX_WORDS, searchWords } from './search-words.js';

/** Only lower-case letters, digits, spaces and the prefix star: nothing Lucene could read as syntax. */
const SAFE_QUERY = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}* ]+$/u;

describe('searchWords', () => {
  it('makes words and prefixes from a phrase, dropping function words', () => {
    expect(searchWords('the recapture of Palmyra')).toEqual({
      query: 'recapture recapture* palmyra palmyra*',
      words: ['recapture', 'palmyra'],
      name: 'the recapture of palmyra',
    });
  });

  it('keeps the whole input, trimmed and lower-cased, for exact name matches', () => {
    expect(searchWords('  Syrian   Army ')?.name).toBe('syrian army');
  });

  it('keeps function words when they are all there is', () => {
    expect(searchWords('AND OR NOT')).toEqual({
      query: 'and or not',
      words: ['and', 'or', 'not'],
      name: 'and or not',
    });
  });

  it.each([[''], ['   '], ['"'], ['~*?'], ['\u0000\u0007\u001b'], ['()[]{}^:\\/!&&||+-']])(
    'finds no words in %j',
    (input) => {
      expect(searchWords(input)).toBeUndefined();
    },
  );

  it.each([
    ['quotes', '"Palmyra'],
    ['fuzzy and wildcards', 'Palm~2 *yra?'],
    ['boolean operators', 'Assad AND NOT Russia OR ISIS'],
    ['a Cypher injection', "') MATCH (n) DETACH DELETE n //"],
    ['field syntax', 'name:Assad title:[a TO z]'],
    ['backslashes', 'al\\-Assad\\'],
    ['control characters', 'Pal\u0000myra\u202e\u0007'],
    ['a long string', 'x'.repeat(10_000)],
    ['many words', Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ')],
    ['non-Latin scripts', 'تدمر Пальмира 帕尔米拉'],
  ])('turns %s into a query of plain words', (_name, input) => {
    const search = searchWords(input);
    expect(search).toBeDefined();
    expect(search!.query).toMatch(SAFE_QUERY);
    expect(search!.words.length).toBeLessThanOrEqual(MAX_WORDS);
    expect(search!.name.length).toBeLessThanOrEqual(500);
  });

  it('splits hyphenated and possessive names into their words', () => {
    expect(searchWords("al-Assad's forces")?.words).toEqual(['al', 'assad', 's', 'forces']);
  });
});
