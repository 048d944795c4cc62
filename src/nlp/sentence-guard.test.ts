import { describe, expect, it } from 'vitest';
import { parseServerUrls } from './nlp-config.js';
import { guardSentence } from './sentence-guard.js';

describe('guardSentence', () => {
  it.each([
    ['The minister said the plan would work.', undefined],
    ['“We are sorry,” he added — and left.', undefined],
    [`He listed ${'items, '.repeat(100)}and more.`, 'too-long'],
    ['|| ## 12 || ## 13 || ## 14 || ## ## ##', 'odd-characters'],
    ['Bad\u0007bytes in the text.', 'odd-characters'],
    ['Путин заявил, что переговоры продолжатся.', 'odd-characters'],
  ])('%j → %s', (text, reason) => {
    expect(guardSentence(text)).toBe(reason);
  });
});

describe('parseServerUrls', () => {
  it('reads a comma-separated pool, trimming spaces and trailing slashes', () => {
    expect(parseServerUrls(' http://10.0.0.5:9000/, http://10.0.0.6:9000 ')).toEqual([
      'http://10.0.0.5:9000',
      'http://10.0.0.6:9000',
    ]);
  });

  it('refuses what is not an http(s) URL, saying what to write', () => {
    expect(() => parseServerUrls('10.0.0.5:9000')).toThrow(/CORENLP_URL=http:/);
  });
});
