import { describe, expect, it } from 'vitest';
import type { ParsedSentence } from '../../../nlp/index.js';
import { dependencyEdges } from './dependency-edges.js';

const token = (i: number, text: string, start: number) => ({
  i,
  text,
  lemma: text.toLowerCase(),
  pos: 'NN',
  ner: 'O',
  start,
  end: start + text.length,
});

// 'Acme bought Globex' at article offset 100.
const sentence: ParsedSentence = {
  sentenceIndex: 3,
  tokens: [token(0, 'Acme', 100), token(1, 'bought', 105), token(2, 'Globex', 112)],
  dependencies: [
    { rel: 'root', head: -1, dependent: 1 },
    { rel: 'nsubj', head: 1, dependent: 0 },
    { rel: 'obj', head: 1, dependent: 2 },
  ],
  entities: [],
};

describe('dependencyEdges', () => {
  it('gives each edge with the article offsets, tags and lemmas of its head and dependent, without the root', () => {
    expect(dependencyEdges(new Map([[3, sentence]]))).toEqual([
      {
        relation: 'nsubj',
        head: { start: 105, end: 111, pos: 'NN', lemma: 'bought' },
        dependent: { start: 100, end: 104, pos: 'NN', lemma: 'acme' },
      },
      {
        relation: 'obj',
        head: { start: 105, end: 111, pos: 'NN', lemma: 'bought' },
        dependent: { start: 112, end: 118, pos: 'NN', lemma: 'globex' },
      },
    ]);
  });
});
