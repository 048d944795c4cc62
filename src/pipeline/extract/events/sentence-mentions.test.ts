import { describe, expect, it } from 'vitest';
import type { ResolvedMention, Sentence } from '../../../domain.js';
import { mentionsInSentence, withoutOverlaps } from './sentence-mentions.js';

function mention(name: string, start: number, end: number): ResolvedMention {
  const mention: ResolvedMention = {
    surface: name,
    name,
    kind: 'ACTOR',
    type: 'STATE',
    titles: [],
    entityId: `act_${name}`,
    rule: 'exact',
    evidence: {
      articleId: 'art',
      sentenceIndex: 0,
      start,
      end,
      sentence: '',
      sentenceStart: 0,
      sentenceEnd: 60,
      confidence: 1,
      extractor: 'test',
      extractorVersion: '0',
    },
  };
  return mention;
}

const sentence = (start: number, end: number): Sentence => ({ index: 0, text: '', start, end });

describe('mentionsInSentence', () => {
  // Listed out of text order, as an article's mentions may come: a, b (inside b2), c, d.
  const mentions = [
    mention('c', 30, 35),
    mention('a', 0, 5),
    mention('b2', 10, 25),
    mention('b', 12, 16),
    mention('d', 40, 45),
    mention('across', 28, 42),
  ];

  it.each([
    [sentence(0, 26), ['a', 'b2']],
    [sentence(26, 40), ['c']],
    [sentence(26, 46), ['across']],
    [sentence(12, 16), ['b']],
    [sentence(46, 60), []],
  ])('gives the mentions inside %j in text order, the longer of two overlapping', (s, names) => {
    expect(mentionsInSentence(mentions, s).map((m) => m.name)).toEqual(names);
  });

  it('reads a list again after it grew', () => {
    const grown = [...mentions];
    expect(mentionsInSentence(grown, sentence(46, 60))).toEqual([]);
    grown.push(mention('e', 50, 55));
    expect(mentionsInSentence(grown, sentence(46, 60)).map((m) => m.name)).toEqual(['e']);
  });

  it('reads a mention that ends before it starts as the whole list does', () => {
    const odd = [mention('odd', 50, 20), mention('a', 0, 5)];
    expect(mentionsInSentence(odd, sentence(0, 30)).map((m) => m.name)).toEqual(['a', 'odd']);
    expect(mentionsInSentence(odd, sentence(45, 60)).map((m) => m.name)).toEqual(['odd']);
  });
});

describe('withoutOverlaps', () => {
  const names = (list: readonly ResolvedMention[]) => list.map((m) => m.name);

  it.each([
    ['apart, in text order', [mention('a', 0, 5), mention('b', 10, 15)], ['a', 'b']],
    ['touching', [mention('a', 0, 5), mention('b', 5, 9)], ['a', 'b']],
    ['apart, out of text order', [mention('b', 10, 15), mention('a', 0, 5)], ['a', 'b']],
    ['one inside a longer one', [mention('b2', 10, 25), mention('b', 12, 16)], ['b2']],
    ['the shorter first', [mention('b', 12, 16), mention('b2', 10, 25)], ['b2']],
    ['crossing, of one length', [mention('x', 0, 6), mention('y', 4, 10)], ['x']],
    ['an empty one at a longer one’s start', [mention('e', 10, 10), mention('b2', 10, 25)], ['b2', 'e']],
    ['a longer one at an empty one’s start', [mention('b2', 10, 25), mention('e', 10, 10)], ['b2', 'e']],
    ['one that ends before it starts', [mention('a', 0, 5), mention('odd', 50, 20)], ['a', 'odd']],
  ])('keeps %s as the longer-wins rule does', (_, list, expected) => {
    expect(names(withoutOverlaps(list))).toEqual(expected);
  });

  it('gives a new list, never the one it was given', () => {
    const list = [mention('a', 0, 5), mention('b', 10, 15)];
    const kept = withoutOverlaps(list);
    expect(kept).not.toBe(list);
    expect(kept).toEqual(list);
  });
});
