import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.js';
import { capitalisedSpans } from './candidates.js';
import { viewSentence } from './sentence-view.js';

function spans(sentence: string): string[] {
  const knowledge = loadKnowledge();
  const view = viewSentence({ index: 0, text: sentence, start: 0, end: sentence.length }, knowledge);
  return capitalisedSpans(view, knowledge).map((s) =>
    sentence.slice(view.tokens[s.from]!.start, view.tokens[s.to - 1]!.end),
  );
}

describe('capitalisedSpans and possessives', () => {
  it.each([
    [
      'a body named after its owner',
      "It was a review by the Lord Chancellor's Department.",
      "Lord Chancellor's Department",
    ],
    [
      'a plural possessive before the head',
      "Many members of the Transport and General Workers' Union voted.",
      "Transport and General Workers' Union",
    ],
  ])('keeps %s in one span', (_, sentence, span) => {
    expect(spans(sentence)).toContain(span);
  });

  it('ends the span at a country’s possessive: "Syria\'s Ministry of Defence" is Syria’s ministry', () => {
    expect(spans("Officials at Syria's Ministry of Defence said so.")).toEqual(
      expect.arrayContaining(['Syria', 'Ministry of Defence']),
    );
  });
});

describe('capitalisedSpans and known names', () => {
  it('keeps a known name that spans "in" and "and" in one span: its places are not names of their own', () => {
    expect(spans('The temple was destroyed by Islamic State in Iraq and Syria militants.')).toEqual([
      'The',
      'Islamic State in Iraq and Syria',
    ]);
  });

  it('splits names the tables do not know at "in" and "and"', () => {
    expect(spans('Islamic State fighters in Iraq and Syria lost ground.')).toEqual([
      'Islamic State',
      'Iraq',
      'Syria',
    ]);
  });
});

describe('capitalisedSpans and "I"', () => {
  it.each([
    ['alone', '"I\'m happy," he said.', []],
    ['after a sentence adverb', "Honestly I've no idea, said Ada Kelvane.", ['Honestly', 'Ada Kelvane']],
    ['with a curly apostrophe', 'I’d say no.', []],
  ])('never takes "I" fused with an auxiliary for a name: %s', (_, sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });
});

describe('capitalisedSpans and "for"', () => {
  it.each([
    [
      'after a body head noun',
      'Figures from the Office for Kelvane Statistics fell.',
      ['Figures', 'Office for Kelvane Statistics'],
    ],
    [
      'after a head earlier in the name',
      'The Court of Arbitration for Sport ruled.',
      ['The Court of Arbitration for Sport'],
    ],
    ['after a title', 'The Secretary of State for Health spoke.', ['The Secretary of State for Health']],
    [
      'not between a person and a work',
      'It went to Ada Kelvane for The Morvex Story.',
      ['It', 'Ada Kelvane', 'The Morvex Story'],
    ],
    ['not between two bodies', 'A poll by ICM for BBC News found it.', ['A', 'ICM', 'BBC News']],
  ])('joins across "for" only %s', (_, sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });
});
