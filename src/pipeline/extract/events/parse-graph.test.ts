import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../../../tests/fixtures/dependency-parse.js';
import { headTokenOf, parseGraph, prepositionOf } from './parse-graph.js';

const text = 'Russian air strikes hit near Kestrel. Talks ended.';
const edges = edgesOf(text, [
  ['amod', 'strikes', 'Russian'],
  ['compound', 'strikes', 'air'],
  ['nsubj', 'hit', 'strikes'],
  ['obl', 'hit', 'Kestrel'],
  ['case', 'Kestrel', 'near'],
  ['nsubj', 'ended', 'Talks'],
]);

describe('parseGraph', () => {
  it('keeps only the tokens of the sentence asked for', () => {
    const graph = parseGraph(edges, 0, 37);
    expect(graph.tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Russian',
      'air',
      'strikes',
      'hit',
      'near',
      'Kestrel',
    ]);
  });

  it('finds the head word of a phrase: the word whose head is outside it', () => {
    const graph = parseGraph(edges, 0, 37);
    const head = headTokenOf(graph, text.indexOf('air'), text.indexOf('strikes') + 7);
    expect(head && text.slice(head.start, head.end)).toBe('strikes');
  });

  it('reads the preposition of an oblique from its case child', () => {
    const graph = parseGraph(edges, 0, 37);
    expect(prepositionOf(graph.at(text.indexOf('Kestrel'))!, text)).toBe('near');
  });
});
