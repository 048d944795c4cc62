import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { inShard, parseShard, shardOf } from './shard.js';

const KEYS = Array.from({ length: 600 }, (_, i) => `article-${i}`);

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('reads %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['0/2', '3/2', '1/0', '2', 'a/b', '1/2/3', '-1/2', '1.5/2', ''])(
    'rejects %j as a usage error',
    (text) => {
      expect(() => parseShard(text)).toThrow(AppError);
    },
  );
});

describe('shardOf', () => {
  it.each([1, 2, 3, 5, 16])('puts every article in exactly one of %i shards', (count) => {
    for (const key of KEYS) {
      const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) =>
        inShard(key, { index, count }),
      );
      expect(owners).toEqual([shardOf(key, count)]);
    }
  });

  it.each([2, 3, 7])(
    'gives the same shard for a key every time, whatever else is in the corpus (%i shards)',
    (count) => {
      const before = KEYS.map((key) => shardOf(key, count));
      const withMore = [...KEYS.map((k) => `${k}-added`), ...KEYS]
        .map((key) => shardOf(key, count))
        .slice(KEYS.length);
      expect(withMore).toEqual(before);
    },
  );

  it.each([2, 3, 4])('spreads 600 articles over %i shards with none empty or twice its share', (count) => {
    const sizes = new Map<number, number>();
    for (const key of KEYS) sizes.set(shardOf(key, count), (sizes.get(shardOf(key, count)) ?? 0) + 1);
    expect([...sizes.keys()].sort()).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const size of sizes.values()) expect(size).toBeLessThan((2 * KEYS.length) / count);
  });

  it('keeps the split of published values, so machines on other versions agree', () => {
    expect(KEYS.slice(0, 12).map((key) => shardOf(key, 3))).toMatchInlineSnapshot(`
      [
        1,
        1,
        2,
        2,
        1,
        2,
        1,
        2,
        1,
        1,
        3,
        3,
      ]
    `);
  });
});
