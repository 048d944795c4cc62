import autocannon from 'autocannon';
import { summarise } from './latency-stats.js';
import type { LoadStats } from './result-types.js';

/** One GraphQL operation as sent over HTTP. */
export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface LoadLimits {
  concurrency: number;
  /** Stop after this long… */
  seconds: number;
  /** …or after this many responses, whichever comes first. */
  maxRequests: number;
}

const MAX_ERROR_SAMPLE = 300;

/**
 * Sends GraphQL requests to `url` from this process with autocannon, `concurrency` connections each with one
 * request in flight, cycling through `requests`. Every response time is kept, so p95 is exact. A response
 * counts as failed when the connection fails or times out (10 s), when its status is not 2xx, or when its
 * body carries GraphQL `errors`.
 */
export function loadGraphql(url: string, requests: GraphqlRequest[], limits: LoadLimits): Promise<LoadStats> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errorSample: string | undefined;
    // autocannon emits 'response' and then calls verifyBody for the same response, synchronously.
    let statusOk = true;
    let failed = 0;
    const started = performance.now();
    let lastResponse = started;
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: requests.map((request) => ({ body: JSON.stringify(request) })),
        connections: limits.concurrency,
        pipelining: 1,
        duration: limits.seconds,
        maxOverallRequests: Math.max(limits.maxRequests, limits.concurrency),
        timeout: 10,
        sampleInt: 100,
        verifyBody: (body) => {
          if (!statusOk || body.includes('"errors"')) {
            failed += 1;
            errorSample ??= body.slice(0, MAX_ERROR_SAMPLE);
          }
          return true;
        },
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        // Transport errors and timeouts, plus answers with a non-2xx status or GraphQL errors.
        const errors = result.errors + failed;
        resolve(summarise(latencies, (lastResponse - started) / 1000, errors, errorSample));
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      lastResponse = performance.now();
      latencies.push(responseTime);
      statusOk = statusCode >= 200 && statusCode < 300;
    });
    instance.on('reqError', (error) => {
      errorSample ??= error.message;
    });
  });
}
