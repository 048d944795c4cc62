import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { readNlpConfig } from './nlp-config.js';

describe('readNlpConfig', () => {
  it.each([
    [{}, false],
    [{ CORENLP_KEEPALIVE: '1' }, true],
    [{ CORENLP_KEEPALIVE: '0' }, false],
    [{ CORENLP_KEEPALIVE: '' }, false],
  ])('reuses connections to CORENLP_URL servers only when told (%j → %s)', (env, keepAlive) => {
    expect(readNlpConfig('/p', env).keepAlive).toBe(keepAlive);
  });

  it('keeps as many requests in flight per server as the server has threads, unless told', () => {
    expect(readNlpConfig('/p', { CORENLP_THREADS: '3' })).toMatchObject({ threads: 3, concurrency: 3 });
    expect(readNlpConfig('/p', { CORENLP_THREADS: '3', CORENLP_CONCURRENCY: '5' }).concurrency).toBe(5);
  });

  it('refuses a CORENLP_URL that is not http(s), saying what to write', () => {
    expect(() => readNlpConfig('/p', { CORENLP_URL: 'ftp://x' })).toThrow(AppError);
  });
});
