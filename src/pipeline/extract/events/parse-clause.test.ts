import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../../../tests/fixtures/dependency-parse.js';
import { clauseHeadOf, locativeGovernor } from './parse-clause.js';
import { parseGraph } from './parse-graph.js';

// 'Rebels, who met in the city of Marrow, attacked the town near Kestrel.'
const text = 'Rebels, who met in the city of Marrow, attacked the town near Kestrel.';
const graph = parseGraph(
  edgesOf(text, [
    ['nsubj', 'attacked', 'Rebels'],
    ['acl:relcl', 'Rebels', 'met'],
    ['obl', 'met', 'city'],
    ['case', 'city', 'in'],
    ['nmod', 'city', 'Marrow'],
    ['case', 'Marrow', 'of'],
    ['obj', 'attacked', 'town'],
    ['nmod', 'town', 'Kestrel'],
    ['case', 'Kestrel', 'near'],
  ]),
  0,
  text.length,
);
const token = (word: string) => graph.at(text.indexOf(word))!;
const word = (t: { start: number; end: number } | undefined) => t && text.slice(t.start, t.end);

describe('clauseHeadOf', () => {
  it.each([
    ['town', 'attacked'],
    ['Kestrel', 'attacked'],
    ['city', 'met'],
    ['met', 'met'],
  ])('puts %s in the clause of %s', (w, head) => {
    expect(word(clauseHeadOf(token(w)))).toBe(head);
  });
});

describe('locativeGovernor', () => {
  it.each([
    ['Marrow', 'met'],
    ['Kestrel', 'town'],
    ['Rebels', undefined],
  ])('attaches the place %s to %s', (w, governor) => {
    expect(word(locativeGovernor(token(w), text))).toBe(governor);
  });
});
