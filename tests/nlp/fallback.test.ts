/** Sentences the backbone cannot handle go to the rules, counted by reason; a dead server is reported clearly. */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, PROJECT_ROOT } from '../../src/db/index.js';
import {
  connectNlp,
  coreNlpProperties,
  createCoreNlpClient,
  createNlpPool,
  DEFAULT_ANNOTATORS,
  parseSentences,
  readNlpConfig,
} from '../../src/nlp/index.js';

const { urls } = inject('corenlp');
const props = coreNlpProperties(DEFAULT_ANNOTATORS, 20_000);
const live = urls.map((url) => createCoreNlpClient(url, props, { timeoutMs: 20_000 }));
afterAll(() => {
  for (const c of live) c.close();
});

describe('fallback to the rules', () => {
  it('sends too long and non-prose sentences to the rules, and parses the rest', async () => {
    const sentences = [
      { index: 0, start: 0, text: 'The minister said the plan would work.' },
      { index: 1, start: 40, text: `He listed ${'many, '.repeat(150)}things.` },
      { index: 2, start: 1000, text: '|| ## 12 || ## 13 || ## 14 || ## ## ##' },
    ];
    const { parsed, fallbacks } = await parseSentences(createNlpPool(live, { concurrency: 2 }), sentences);
    expect([...parsed.keys()]).toEqual([0]);
    expect(fallbacks).toEqual([
      { sentenceIndex: 1, reason: 'too-long' },
      { sentenceIndex: 2, reason: 'odd-characters' },
    ]);
  });

  it('counts a request that times out as a timeout for each of its sentences', async () => {
    const impatient = urls.map((url) => createCoreNlpClient(url, props, { timeoutMs: 1 }));
    const sentences = [
      { index: 0, start: 0, text: 'The firm said that its profits, which had fallen for three years, rose.' },
      { index: 1, start: 80, text: 'Analysts said the rise was larger than expected by most of them.' },
    ];
    const { parsed, fallbacks } = await parseSentences(
      createNlpPool(impatient, { concurrency: 1 }),
      sentences,
    );
    for (const c of impatient) c.close();
    expect(parsed.size).toBe(0);
    expect(fallbacks).toEqual([
      { sentenceIndex: 0, reason: 'timeout' },
      { sentenceIndex: 1, reason: 'timeout' },
    ]);
  });

  it('uses the servers of a pool that answer, past one that does not', async () => {
    const dead = createCoreNlpClient(`http://127.0.0.1:${await freePort()}`, props, { timeoutMs: 5000 });
    const pool = createNlpPool([dead, ...live], { concurrency: 1 });
    const { parsed, fallbacks } = await parseSentences(pool, [
      { index: 0, start: 0, text: 'Rain fell.' },
      { index: 1, start: 11, text: 'The match went on.' },
    ]);
    expect(fallbacks).toEqual([]);
    expect(parsed.size).toBe(2);
  });

  it('falls back for every sentence, without throwing, when no server answers', async () => {
    const dead = createCoreNlpClient(`http://127.0.0.1:${await freePort()}`, props, { timeoutMs: 5000 });
    const { fallbacks } = await parseSentences(createNlpPool([dead], { concurrency: 1 }), [
      { index: 0, start: 0, text: 'Rain fell.' },
    ]);
    expect(fallbacks).toEqual([{ sentenceIndex: 0, reason: 'unavailable' }]);
  });

  it('says what to do when CORENLP_URL names no running server', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const config = readNlpConfig(PROJECT_ROOT, { CORENLP_URL: url });
    await expect(connectNlp({ config })).rejects.toThrow(
      /No CoreNLP server answers at CORENLP_URL=.*--extractor rules/,
    );
  });

  it('says why when the server cannot start', async () => {
    const config = readNlpConfig(PROJECT_ROOT, { ...process.env, CORENLP_URL: '', CORENLP_HEAP: '1k' });
    await expect(connectNlp({ config })).rejects.toMatchObject({
      code: 'NLP_START_FAILED',
      message: expect.stringMatching(/exited with code .*--extractor rules/s) as unknown,
    });
  });
});
