/** The backbone on a real Stanford CoreNLP server: what the claims and actor rules read from its parse. */
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  coreNlpProperties,
  createCoreNlpClient,
  DEFAULT_ANNOTATORS,
  parseSentences,
  withBasicParser,
} from '../../src/nlp/index.js';
import { testNlpPool } from '../support/test-nlp.js';
import type { ParsedSentence } from '../../src/nlp/index.js';

const { urls, origin } = inject('corenlp');
const client = testNlpPool();
afterAll(() => client.close());

/** An article of sentences separated by one space, as the sentence splitter gives them. */
function article(...texts: string[]) {
  let start = 0;
  const sentences = texts.map((text, index) => {
    const s = { index, start, text };
    start += text.length + 1;
    return s;
  });
  return { text: texts.join(' '), sentences };
}

function subjectOf(parsed: ParsedSentence, verb: string): string | undefined {
  const v = parsed.tokens.find((t) => t.text === verb);
  const dep = parsed.dependencies.find((d) => d.head === v?.i && d.rel.startsWith('nsubj'));
  return dep === undefined ? undefined : parsed.tokens[dep.dependent]?.text;
}

describe('the CoreNLP backbone', () => {
  it('gives tokens whose offsets point into the article text', async () => {
    const doc = article('Shares rose 5%.', 'The Australian firm said it would cut 200 jobs.');
    const { parsed, fallbacks } = await parseSentences(client, doc.sentences);
    expect(fallbacks).toEqual([]);
    const second = parsed.get(1);
    expect(second?.tokens.map((t) => doc.text.slice(t.start, t.end))).toEqual(
      second?.tokens.map((t) => t.text),
    );
    expect(second?.tokens.find((t) => t.text === 'said')?.lemma).toBe('say');
  });

  it.each([
    ['The Australian firm said it would cut 200 jobs.', 'said', 'firm'],
    ['"We are sorry," it added.', 'added', 'it'],
    ['The ministry said the talks had failed.', 'said', 'ministry'],
  ])('finds the subject of the speech verb in %j', async (text, verb, subject) => {
    const { parsed } = await parseSentences(client, [{ index: 0, start: 0, text }]);
    expect(subjectOf(parsed.get(0) as ParsedSentence, verb)).toBe(subject);
  });

  it.each([
    ['Aston Villa beat Chelsea at home.', 'Aston Villa', 'ORGANIZATION'],
    ['Goldman Sachs advised the buyer.', 'Goldman Sachs', 'ORGANIZATION'],
    ['Bill Gates gave the money.', 'Bill Gates', 'PERSON'],
  ])('types the names in %j', async (text, name, ner) => {
    const { parsed } = await parseSentences(client, [{ index: 0, start: 0, text }]);
    expect(parsed.get(0)?.entities.find((e) => e.text === name)?.ner).toBe(ner);
  });

  it('keeps the sentences of one request apart, even with a line break inside one', async () => {
    const doc = article('He left.\nShe stayed.', 'They argued.');
    const { parsed } = await parseSentences(client, doc.sentences);
    expect(parsed.get(0)?.tokens.map((t) => t.text)).toEqual(['He', 'left', '.', 'She', 'stayed', '.']);
    expect(parsed.get(1)?.tokens.map((t) => t.text)).toEqual(['They', 'argued', '.']);
  });

  // Only a server started here has the class (src/nlp/java/BasicDependencyParseAnnotator.java).
  it.skipIf(origin !== 'started')(
    'gives the same basic tree with the basic-tree parser of a server started here as with depparse',
    async () => {
      const basic = createCoreNlpClient(
        urls[0] as string,
        coreNlpProperties(withBasicParser(DEFAULT_ANNOTATORS), 20_000),
        { timeoutMs: 20_000 },
      );
      try {
        const doc = article(
          'The Australian firm said it would cut 200 jobs, while Mr Brown says he will not resign.',
          '"We are sorry," the club added in a statement on Tuesday.',
        );
        const stock = await parseSentences(client, doc.sentences);
        const lean = await parseSentences(basic, doc.sentences);
        expect(lean.fallbacks).toEqual([]);
        for (const index of [0, 1]) {
          expect(lean.parsed.get(index)?.dependencies.length).toBeGreaterThan(5);
          expect(lean.parsed.get(index)).toEqual(stock.parsed.get(index));
        }
      } finally {
        basic.close();
      }
    },
  );
});
