import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarise } from './latency-stats.js';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [0, 1],
  ])('takes the nearest rank: p%d of 1..100 is %d', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it('gives the only value for every percentile of one value', () => {
    expect([50, 95, 99].map((p) => percentile([7], p))).toEqual([7, 7, 7]);
  });

  it('gives 0 for no values', () => {
    expect(percentile([], 95)).toBe(0);
  });
});

describe('summarise', () => {
  it('sorts the latencies itself and counts requests per second over the given time', () => {
    const stats = summarise([30, 10, 20, 40], 2, 1, 'boom');
    expect(stats).toEqual({
      requests: 4,
      errors: 1,
      errorSample: 'boom',
      seconds: 2,
      rps: 2,
      mean: 25,
      p50: 20,
      p95: 40,
      p99: 40,
      max: 40,
    });
  });

  it('reports zeros, not NaN, when nothing was measured', () => {
    expect(summarise([], 0, 0)).toMatchObject({ requests: 0, rps: 0, mean: 0, p95: 0, max: 0 });
  });
});

describe('ratio', () => {
  it('divides, and is NaN for a zero divisor', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
  });
});
