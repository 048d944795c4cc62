import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

describe('splitSentences', () => {
  it.each([
    [
      'splits at full stops before a capital',
      'The town fell. Troops left.',
      ['The town fell.', 'Troops left.'],
    ],
    [
      'keeps "U.S." inside a sentence',
      'The U.S. Defense Secretary spoke. He left.',
      ['The U.S. Defense Secretary spoke.', 'He left.'],
    ],
    [
      'ends a sentence at "U.S." when a sentence opener follows',
      'Aid came from the U.S. The rest came later.',
      ['Aid came from the U.S.', 'The rest came later.'],
    ],
    [
      'keeps titles with their names',
      'Mr. Hale met Dr. Ruiz at St. Mary church.',
      ['Mr. Hale met Dr. Ruiz at St. Mary church.'],
    ],
    [
      'keeps military and political titles with their names',
      'Gen. Hale told Sen. Ruiz and Gov. Pike, e.g. about No. 10.',
      ['Gen. Hale told Sen. Ruiz and Gov. Pike, e.g. about No. 10.'],
    ],
    [
      'keeps "a.m." before a lower-case word',
      'It began at 9 a.m. on Monday.',
      ['It began at 9 a.m. on Monday.'],
    ],
    [
      'keeps a month abbreviation before a day',
      'The talks opened on Jan. 5 in Oslo. They ended.',
      ['The talks opened on Jan. 5 in Oslo.', 'They ended.'],
    ],
    ['keeps initials with the name', 'George W. Bush spoke.', ['George W. Bush spoke.']],
    ['ends inside closing curly quotes', '“We won.” The crowd cheered.', ['“We won.”', 'The crowd cheered.']],
    [
      'ends inside closing straight quotes',
      'He said "we won." Then he left.',
      ['He said "we won."', 'Then he left.'],
    ],
    ['does not end at a comma inside quotes', '“We won,” he said.', ['“We won,” he said.']],
    [
      'makes a heading line its own sentence',
      'The fall of the city\nThe army entered at dawn.',
      ['The fall of the city', 'The army entered at dawn.'],
    ],
    [
      'splits at question and exclamation marks',
      'Is it over? Yes! It is.',
      ['Is it over?', 'Yes!', 'It is.'],
    ],
    [
      'does not split decimals or hyphenated abbreviations',
      'Prices rose 3.5 per cent in U.S.-backed areas.',
      ['Prices rose 3.5 per cent in U.S.-backed areas.'],
    ],
    [
      'does not split before a lower-case word',
      'Over 10,000 sq. kilometres were taken.',
      ['Over 10,000 sq. kilometres were taken.'],
    ],
    [
      'skips blank lines and surrounding spaces',
      '  First line.  \n\n   Second line.  ',
      ['First line.', 'Second line.'],
    ],
    ['returns nothing for empty text', '   \n  ', []],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives offsets that slice the text back exactly, and consecutive indexes', () => {
    const text = 'Heading\n“Quote here.” Said Mr. Lee of the U.S. Army.  Next one?\n\nLast line without stop';
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(3);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });

  it('splits a very long text into the expected number of sentences', () => {
    const unit = 'The convoy reached the town. Mr. Amar said it was safe.\n';
    const text = unit.repeat(20_000);
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(40_000);
    expect(sentences[39_999]?.text).toBe('Mr. Amar said it was safe.');
  });
});
