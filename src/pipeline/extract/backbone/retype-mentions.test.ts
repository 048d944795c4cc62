import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../domain.js';
import { loadGazetteer } from '../../../knowledge/index.js';
import type { ParsedSentence } from '../../../nlp/index.js';
import { findArticleMentions } from '../index.js';
import { loadBackboneKnowledge } from './backbone-knowledge.js';
import { retypeMentions } from './retype-mentions.js';

// the GeoNames index is read once, before the tests
beforeAll(() => {
  loadGazetteer();
}, 60_000);

/** The rules' mentions of a one-sentence article, retyped with CoreNLP reading `name` as `ner`. */
function retyped(text: string, name: string, ner: string): string[] {
  const article: ArticleDoc = { id: 'a', title: 't', text, contentHash: 'h', sourceFile: 'f' };
  const { sentences, mentions } = findArticleMentions(article);
  const words = [...text.matchAll(/[\p{L}\d]+|[^\s\p{L}\d]/gu)];
  const start = text.indexOf(name);
  const tokens = words.map((w, i) => {
    const from = w.index;
    const inside = from >= start && from < start + name.length;
    return {
      i,
      text: w[0],
      lemma: w[0],
      pos: 'NNP',
      ner: inside ? ner : 'O',
      start: from,
      end: from + w[0].length,
    };
  });
  const covered = tokens.filter((t) => t.ner !== 'O');
  const parsed: ParsedSentence = {
    sentenceIndex: 0,
    tokens,
    dependencies: [],
    entities: [
      {
        text: name,
        ner,
        start,
        end: start + name.length,
        tokenStart: covered[0]!.i,
        tokenEnd: covered.at(-1)!.i + 1,
      },
    ],
  };
  const out = retypeMentions(
    article,
    sentences,
    mentions,
    new Map([[0, parsed]]),
    loadBackboneKnowledge(),
    'v',
  );
  return out.map((m) => `${m.name}=${m.type}`);
}

describe('retypeMentions and people', () => {
  it.each([
    [
      'a given name leads the person',
      'The film starred Angelina Jolie on Friday.',
      'Angelina Jolie',
      'Angelina Jolie=PERSON',
    ],
    [
      'no listed given name leads it',
      'The film starred Kelvane Morvex on Friday.',
      'Kelvane Morvex',
      'Kelvane Morvex=ORGANISATION',
    ],
  ])("CoreNLP's bare ORGANIZATION over a rules person: %s", (_label, text, name, expected) => {
    expect(retyped(text, name, 'ORGANIZATION')).toContain(expected);
  });
});
