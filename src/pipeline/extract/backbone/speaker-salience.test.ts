import { describe, expect, it } from 'vitest';
import type { ParsedSentence } from '../../../nlp/index.js';
import type { ResolvedMention } from '../context.js';
import { loadBackboneKnowledge } from './backbone-knowledge.js';
import { resolveSpeaker } from './speaker-salience.js';

/** One hand-parsed sentence: words with their head and relation (head -1 for the root). */
type Word = [text: string, lemma: string, pos: string, head: number, rel: string];

function sentence(index: number, start: number, words: Word[]): { parsed: ParsedSentence; text: string } {
  let at = start;
  const tokens = words.map(([text, lemma, pos], i) => {
    const token = { i, text, lemma, pos, ner: 'O', start: at, end: at + text.length };
    at += text.length + 1;
    return token;
  });
  const dependencies = words.map(([, , , head, rel], i) => ({ rel, head, dependent: i }));
  return {
    parsed: { sentenceIndex: index, tokens, dependencies, entities: [] },
    text: words.map((w) => w[0]).join(' '),
  };
}

function mention(id: string, sentenceIndex: number, start: number, text: string): ResolvedMention {
  return {
    surface: text,
    name: text,
    kind: 'ACTOR',
    type: 'PERSON',
    titles: [],
    entityId: id,
    rule: 'exact',
    evidence: {
      articleId: 'art',
      sentenceIndex,
      sentence: '',
      sentenceStart: 0,
      sentenceEnd: 0,
      start,
      end: start + text.length,
      confidence: 1,
      extractor: 'test',
      extractorVersion: 'test',
    },
  };
}

const SAID: Word = ['said', 'say', 'VBD', -1, 'root'];

/** Resolves 'she' at the start of a last sentence after the given ones. */
function resolveShe(sentences: { parsed: ParsedSentence; text: string }[], mentions: ResolvedMention[]) {
  const parsed = new Map(sentences.map((s) => [s.parsed.sentenceIndex, s.parsed]));
  const last = sentences.at(-1)!.parsed.tokens.at(-1)!;
  return resolveSpeaker({ pronoun: 'PERSON_FEMALE' }, last.end + 2, sentences.length, {
    mentions,
    parsed,
    knowledge: loadBackboneKnowledge(),
    quoted: () => false,
    speechVerb: (word) => word === 'said' || word === 'say',
  })?.entityId;
}

describe('resolveSpeaker', () => {
  it.each([
    [
      'the current speaker keeps the floor over a newer name that is no subject',
      () => {
        const s0 = sentence(0, 0, [
          ['Vance', 'Vance', 'NNP', 1, 'nsubj'],
          SAID,
          ['no', 'no', 'UH', 1, 'obj'],
        ]);
        const s1 = sentence(1, 20, [
          ['Boats', 'boat', 'NNS', 1, 'nsubj'],
          ['went', 'go', 'VBD', -1, 'root'],
          ['to', 'to', 'TO', 3, 'case'],
          ['Reyes', 'Reyes', 'NNP', 1, 'obl'],
        ]);
        return {
          sentences: [s0, s1],
          mentions: [mention('vance', 0, 0, 'Vance'), mention('reyes', 1, 34, 'Reyes')],
        };
      },
      'vance',
    ],
    [
      'a newer subject in the previous sentence takes the floor',
      () => {
        const s0 = sentence(0, 0, [
          ['Vance', 'Vance', 'NNP', 1, 'nsubj'],
          SAID,
          ['no', 'no', 'UH', 1, 'obj'],
        ]);
        const s1 = sentence(1, 20, [
          ['Reyes', 'Reyes', 'NNP', 2, 'nsubj'],
          ['is', 'be', 'VBZ', 2, 'cop'],
          ['manager', 'manager', 'NN', -1, 'root'],
        ]);
        return {
          sentences: [s0, s1],
          mentions: [mention('vance', 0, 0, 'Vance'), mention('reyes', 1, 20, 'Reyes')],
        };
      },
      'reyes',
    ],
    [
      'a name in apposition to the subject of a speech verb is the current speaker',
      () => {
        const s0 = sentence(0, 0, [
          ['Vance', 'Vance', 'NNP', 1, 'nsubj'],
          SAID,
          ['no', 'no', 'UH', 1, 'obj'],
        ]);
        const s1 = sentence(1, 20, [
          ['lawyer', 'lawyer', 'NN', 2, 'nsubj'],
          ['Troiani', 'Troiani', 'NNP', 0, 'appos'],
          SAID.slice(0, 3).concat([-1, 'root']) as Word,
          ['yes', 'yes', 'UH', 2, 'obj'],
        ]);
        const s2 = sentence(2, 50, [
          ['Boats', 'boat', 'NNS', 1, 'nsubj'],
          ['went', 'go', 'VBD', -1, 'root'],
        ]);
        return {
          sentences: [s0, s1, s2],
          mentions: [mention('vance', 0, 0, 'Vance'), mention('troiani', 1, 27, 'Troiani')],
        };
      },
      'troiani',
    ],
  ])('%s', (_name, build, expected) => {
    const { sentences, mentions } = build();
    expect(resolveShe(sentences, mentions)).toBe(expected);
  });
});
