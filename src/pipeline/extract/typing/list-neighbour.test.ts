import { describe, expect, it } from 'vitest';
import { listNeighbour } from './list-neighbour.js';
import type { DraftMention } from './span-types.js';

function typed(text: string, name: string): DraftMention {
  const start = text.indexOf(name);
  return {
    start,
    end: start + name.length,
    name,
    kind: 'ACTOR',
    type: 'COMPANY',
    titles: [],
    confidence: 0.9,
    cue: 'x',
  };
}

function neighbourOf(text: string, word: string, known: string[]): string | undefined {
  const drafts = known.map((k) => typed(text, k));
  const start = text.indexOf(word);
  return listNeighbour(
    text,
    start,
    start + word.length,
    new Map(drafts.map((d) => [d.end, d])),
    new Map(drafts.map((d) => [d.start, d])),
  )?.name;
}

describe('listNeighbour', () => {
  it.each([
    ['after a comma', 'It is sold by Varnex, Quorvel and others.', 'Quorvel', ['Varnex'], 'Varnex'],
    [
      'before "and"',
      'It is sold by Quorvel and Brightwater Electronics.',
      'Quorvel',
      ['Brightwater Electronics'],
      'Brightwater Electronics',
    ],
    ['after ", and"', 'It is sold by Varnex, and Quorvel.', 'Quorvel', ['Varnex'], 'Varnex'],
  ])('finds the typed item %s', (_label, text, word, known, expected) => {
    expect(neighbourOf(text, word, known)).toBe(expected);
  });

  it('finds nothing outside a list', () => {
    expect(neighbourOf('Varnex met Quorvel on Monday.', 'Quorvel', ['Varnex'])).toBeUndefined();
  });
});
