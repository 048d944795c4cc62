import { describe, expect, it } from 'vitest';
import { createBatchLoader } from './batch-loader.js';

describe('createBatchLoader', () => {
  it('answers the keys asked for together with one call of distinct keys', async () => {
    const calls: string[][] = [];
    const load = createBatchLoader((keys: string[]) => {
      calls.push(keys);
      return Promise.resolve(new Map(keys.map((key) => [key, key.toUpperCase()])));
    });
    const values = await Promise.all([load('a'), load('b'), load('a')]);
    expect(values).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([['a', 'b']]);
  });

  it('starts a new batch after the previous one went out', async () => {
    const calls: string[][] = [];
    const load = createBatchLoader((keys: string[]) => {
      calls.push(keys);
      return Promise.resolve(new Map(keys.map((key) => [key, key])));
    });
    await load('a');
    await load('b');
    expect(calls).toEqual([['a'], ['b']]);
  });

  it('gives undefined for a key the batch did not return', async () => {
    const load = createBatchLoader(() => Promise.resolve(new Map<string, string>()));
    await expect(load('missing')).resolves.toBeUndefined();
  });

  it('rejects every caller of a failed batch', async () => {
    const load = createBatchLoader<string, string>(() => Promise.reject(new Error('down')));
    const results = await Promise.allSettled([load('a'), load('b')]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
