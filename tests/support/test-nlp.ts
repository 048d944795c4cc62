/**
 * The CoreNLP pool the integration tests share: one client per server the global setup started (or found at
 * `CORENLP_URL`), asking for the default annotators, two requests in flight. Each test file closes its own.
 */
import { inject } from 'vitest';
import {
  coreNlpProperties,
  createCoreNlpClient,
  createNlpPool,
  DEFAULT_ANNOTATORS,
} from '../../src/nlp/index.js';

/** A pool over the test servers; close it in the file's `afterAll`. */
export function testNlpPool(timeoutMs = 20_000): ReturnType<typeof createNlpPool> {
  const { urls } = inject('corenlp');
  return createNlpPool(
    urls.map((url) =>
      createCoreNlpClient(url, coreNlpProperties(DEFAULT_ANNOTATORS, timeoutMs), { timeoutMs }),
    ),
    { concurrency: 2 },
  );
}
