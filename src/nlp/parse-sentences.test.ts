import { describe, expect, it } from 'vitest';
import type { NlpClient } from './corenlp-client.js';
import type { CoreNlpDocument } from './corenlp-json.js';
import { createParseCache } from './parse-cache.js';
import { parseSentences } from './parse-sentences.js';

/** A stand-in for CoreNLP that reads each line as one token and keeps the texts it was sent. */
function lineReader(sent: string[]): NlpClient {
  return {
    urls: ['http://fake'],
    annotators: 'tokenize,ssplit,pos,lemma,ner,depparse',
    close: () => undefined,
    annotate: (text) => {
      sent.push(text);
      let at = 0;
      const doc: CoreNlpDocument = { sentences: [] };
      for (const line of text.split('\n').slice(0, -1)) {
        doc.sentences.push({
          index: doc.sentences.length,
          tokens: [
            {
              index: 1,
              word: line,
              originalText: line,
              characterOffsetBegin: at,
              characterOffsetEnd: at + line.length,
            },
          ],
        });
        at += line.length + 1;
      }
      return Promise.resolve(doc);
    },
  };
}

describe('parseSentences with a cache', () => {
  it('does not send again a sentence read before in the run, and places its reading right', async () => {
    const sent: string[] = [];
    const nlp = lineReader(sent);
    const cache = createParseCache();
    await parseSentences(nlp, [{ index: 0, start: 0, text: 'He said no.' }], { cache });
    const second = await parseSentences(
      nlp,
      [
        { index: 0, start: 0, text: 'Shares fell.' },
        { index: 1, start: 13, text: 'He said no.' },
      ],
      { cache },
    );
    expect(sent).toEqual(['He said no.\n', 'Shares fell.\n']);
    expect(second.parsed.get(1)?.tokens[0]).toMatchObject({ text: 'He said no.', start: 13, end: 24 });
    expect(second.parsed.get(1)?.sentenceIndex).toBe(1);
  });
});
