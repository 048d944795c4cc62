import { describe, expect, it } from 'vitest';
import { edgesOf, type EdgeSpec } from '../../../../tests/fixtures/dependency-parse.js';
import { findTriggers } from './find-triggers.js';
import { parseVeto, readingFromParse } from './parse-filters.js';
import { parseGraph } from './parse-graph.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

function hitOf(text: string, word: string) {
  return findTriggers(text, wordsOf(text), TRIGGER_LEXICON).find((h) => h.text === word)!;
}

describe('parseVeto', () => {
  it.each<[string, string, string, EdgeSpec[], Record<string, string>, string | undefined]>([
    [
      'a verb under a negation',
      'The Red Brigade did not attack Kestrel.',
      'attack',
      [
        ['aux', 'attack', 'did'],
        ['advmod', 'attack', 'not'],
        ['nsubj', 'attack', 'Brigade'],
      ],
      { attack: 'VB' },
      'negated',
    ],
    [
      'a verb under a modal',
      'The Red Brigade could soon, after talks, attack Kestrel.',
      'attack',
      [
        ['aux', 'attack', 'could'],
        ['nsubj', 'attack', 'Brigade'],
      ],
      { attack: 'VB', could: 'MD/could' },
      'modal',
    ],
    [
      'a to-infinitive under a verb of intention',
      'The Red Brigade plans to attack Kestrel.',
      'attack',
      [
        ['nsubj', 'plans', 'Brigade'],
        ['xcomp', 'plans', 'attack'],
        ['mark', 'attack', 'to'],
      ],
      { attack: 'VB', plans: 'VBZ/plan' },
      'purpose',
    ],
    [
      'a noun that is the object of a negated verb',
      'The Red Brigade did not launch an attack.',
      'attack',
      [
        ['aux', 'launch', 'did'],
        ['advmod', 'launch', 'not'],
        ['obj', 'launch', 'attack'],
      ],
      { attack: 'NN', launch: 'VB' },
      'negated',
    ],
    [
      'a verb reading the parse tags as a noun',
      'The Red Brigade has two wins.',
      'wins',
      [['obj', 'has', 'wins']],
      { wins: 'NNS', has: 'VBZ' },
      'word-class',
    ],
    [
      'nothing in a plain past tense',
      'The Red Brigade attacked Kestrel.',
      'attacked',
      [
        ['nsubj', 'attacked', 'Brigade'],
        ['obj', 'attacked', 'Kestrel'],
      ],
      { attacked: 'VBD' },
      undefined,
    ],
  ])('reads %s', (_, text, word, specs, tags, expected) => {
    const graph = parseGraph(edgesOf(text, specs, tags), 0, text.length);
    expect(parseVeto(hitOf(text, word), graph, text)).toBe(expected);
  });

  it('gives nothing when the parse does not have the sentence', () => {
    const text = 'The Red Brigade did not attack Kestrel.';
    expect(parseVeto(hitOf(text, 'attack'), parseGraph([], 0, text.length), text)).toBeUndefined();
  });
});

describe('readingFromParse', () => {
  it('takes the noun reading of a verb the parse tags as a noun', () => {
    const text = 'The flights stopped, bowing to protests over a crash.';
    const hit = hitOf(text, 'protests');
    const graph = parseGraph(
      edgesOf(
        text,
        [
          ['obl', 'bowing', 'protests'],
          ['case', 'protests', 'to'],
        ],
        { protests: 'NNS' },
      ),
      0,
      text.length,
    );
    const read = readingFromParse(hit, graph, text, TRIGGER_LEXICON, () => true);
    expect([hit.nominal, read?.nominal, read?.entry.type]).toEqual([false, true, 'PROTEST']);
  });
});
