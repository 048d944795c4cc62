import { describe, expect, it } from 'vitest';
import type { DraftMention } from './span-types.js';
import { surnamesOverTowns } from './surnames-over-towns.js';

function mention(text: string, name: string, kind: 'ACTOR' | 'PLACE', from = 0): DraftMention {
  const start = text.indexOf(name, from);
  const type = kind === 'ACTOR' ? 'PERSON' : 'CITY';
  const cue = kind === 'ACTOR' ? 'name-shape' : 'gazetteer-locative';
  return { start, end: start + name.length, name, kind, type, titles: [], confidence: 0.8, cue };
}

describe('surnamesOverTowns', () => {
  it.each([
    [
      'the surname of one person named in full',
      'Craig Bellamy signed. According to Bellamy it is done.',
      'PERSON',
    ],
    ['a town after "in"', 'Craig Bellamy signed. He was born in Bellamy.', 'CITY'],
    [
      'the surname of two people',
      'Ann Bellamy and Tom Bellamy met. According to Bellamy it is done.',
      'CITY',
    ],
  ])('reads a gazetteer town that is %s', (_, text, type) => {
    const people = text.startsWith('Ann')
      ? [mention(text, 'Ann Bellamy', 'ACTOR'), mention(text, 'Tom Bellamy', 'ACTOR')]
      : [mention(text, 'Craig Bellamy', 'ACTOR')];
    const place = mention(text, 'Bellamy', 'PLACE', text.indexOf('.'));
    expect(surnamesOverTowns([...people, place], text).at(-1)?.type).toBe(type);
  });
});
