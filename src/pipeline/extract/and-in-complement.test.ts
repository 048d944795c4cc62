import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.js';
import { capitalisedSpans } from './candidates.js';
import { viewSentence } from './sentence-view.js';

const knowledge = loadKnowledge();

function spans(sentence: string): string[] {
  const view = viewSentence({ index: 0, text: sentence, start: 0, end: sentence.length }, knowledge);
  return capitalisedSpans(view, knowledge).map((s) =>
    sentence.slice(view.tokens[s.from]!.start, view.tokens[s.to - 1]!.end),
  );
}

describe('"and" inside the complement of a body’s head noun', () => {
  it.each([
    ['Then a Department for Work and Pensions spokeswoman said so.', 'Department for Work and Pensions'],
    [
      'A spokesman for the Association of Payment and Clearing Services said so.',
      'Association of Payment and Clearing Services',
    ],
    ['He said the Department of Trade and Industry agreed.', 'Department of Trade and Industry'],
  ])('keeps one name in %j', (sentence, name) => {
    expect(spans(sentence)).toContain(name);
  });

  it.each([
    [
      'a title',
      'He said the Ministry of Defence and Mr Blair disagreed.',
      ['Ministry of Defence', 'Mr Blair'],
    ],
    [
      'a given name',
      'He said the Ministry of Defence and Tony Blair disagreed.',
      ['Ministry of Defence', 'Tony Blair'],
    ],
    [
      'a known country',
      'He said the Department of Health and France disagreed.',
      ['Department of Health', 'France'],
    ],
  ])('ends the name before %s', (_, sentence, names) => {
    expect(spans(sentence)).toEqual(expect.arrayContaining(names));
  });
});

describe('"and" before a second name of its own', () => {
  it.each([
    ['a capitalised "The"', 'It was in the Independent and The Times.', ['Independent', 'The Times']],
    ['the first word repeated', 'It was on BBC One and BBC News.', ['BBC One', 'BBC News']],
    ['a person’s full name before it', 'Emily Eavis and BBC Radio agreed.', ['Emily Eavis', 'BBC Radio']],
  ])('splits after %s', (_, sentence, names) => {
    expect(spans(sentence)).toEqual(expect.arrayContaining(names));
  });
});

describe('a station number inside a broadcaster’s name', () => {
  it.each([
    ['He told BBC Radio 4 that it was right.', 'BBC Radio 4'],
    ['He said on Channel 4 that it was right.', 'Channel 4'],
  ])('keeps %j in one span', (sentence, name) => {
    expect(spans(sentence)).toContain(name);
  });
});
