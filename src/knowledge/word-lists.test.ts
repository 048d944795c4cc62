import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadWordLists } from './word-lists.js';

const DATA = new URL('./data/', import.meta.url);
const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));

describe('knowledge data files', () => {
  it.each(files)('%s says where its words came from', (file) => {
    const data = JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as { _source?: unknown };
    expect(typeof data._source === 'string' && data._source.length > 20).toBe(true);
  });
});

describe('loadWordLists', () => {
  const lists = loadWordLists();
  it.each([
    ['an abbreviation that never ends a sentence', lists.sentence.neverFinalAbbreviations, 'dr'],
    ['a sentence opener', lists.sentence.sentenceOpeners, 'however'],
    ['a typographic closing quote', lists.sentence.closingMarks, '\u201D'],
    ['a name particle', lists.name.nameConnectors, 'von'],
    ['a word acronyms skip', lists.name.initialsSkipWords, 'for'],
    ['a given-name tag', lists.wordClassTags.givenName, 'FemaleName'],
  ])('knows %s', (_label, set, word) => {
    expect(set.has(word)).toBe(true);
  });

  it('keeps words out of the lists they do not belong to', () => {
    expect(lists.sentence.sentenceOpeners.has('officially')).toBe(false);
    expect(lists.name.nameConnectors.has('and')).toBe(false);
  });
});
