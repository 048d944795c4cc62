import { describe, expect, it } from 'vitest';
import { lineParser } from '../../tests/fixtures/line-parser.js';
import type { NlpClient } from './corenlp-client.js';
import { createParseCache } from './parse-cache.js';
import { parseSentences } from './parse-sentences.js';

/** A stand-in for CoreNLP that reads each line as one token and keeps the texts it was sent. */
function lineReader(sent: string[]): NlpClient {
  return lineParser({ onText: (text) => sent.push(text) });
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
