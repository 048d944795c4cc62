import { describe, expect, it } from 'vitest';
import { addCounts, prf } from './counts.js';

describe('prf', () => {
  it.each([
    [{ tp: 3, fp: 1, fn: 1 }, 0.75, 0.75, 0.75],
    [{ tp: 2, fp: 0, fn: 2 }, 1, 0.5, 2 / 3],
    [{ tp: 0, fp: 2, fn: 3 }, 0, 0, 0],
    [{ tp: 0, fp: 0, fn: 3 }, null, 0, 0],
    [{ tp: 0, fp: 2, fn: 0 }, 0, null, 0],
    [{ tp: 0, fp: 0, fn: 0 }, null, null, null],
  ])('%o → P %s, R %s, F1 %s', (counts, precision, recall, f1) => {
    const result = prf(counts);
    expect(result.precision).toBe(precision);
    expect(result.recall).toBe(recall);
    if (f1 === null) expect(result.f1).toBeNull();
    else expect(result.f1).toBeCloseTo(f1, 10);
  });
});

describe('addCounts', () => {
  it('micro-averages by adding counts before dividing', () => {
    const total = addCounts({ tp: 1, fp: 0, fn: 0 }, { tp: 0, fp: 1, fn: 3 });
    expect(total).toEqual({ tp: 1, fp: 1, fn: 3 });
    // The macro mean of the two F1s would be 0.5; the micro F1 is 2·0.5·0.25/0.75.
    expect(prf(total).f1).toBeCloseTo(1 / 3, 10);
  });
});
