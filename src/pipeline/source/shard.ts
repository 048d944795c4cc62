import { createHash } from 'node:crypto';
import { AppError } from '../../errors.js';

/** One machine's part of a corpus shared by `count` machines: `--shard index/count`, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** The whole corpus: what a run without `--shard` reads. */
export const WHOLE_CORPUS: Shard = { index: 1, count: 1 };

/**
 * `"2/4"` → `{ index: 2, count: 4 }`. Throws `AppError('CONFIG_INVALID')` when the text is not two whole numbers
 * with 1 ≤ index ≤ count.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !(count >= 1) || !(index >= 1) || index > count || !Number.isSafeInteger(count)) {
    throw new AppError(
      'CONFIG_INVALID',
      `--shard takes K/N with 1 ≤ K ≤ N (e.g. --shard 2/4 on the second of four machines), not "${text}".`,
    );
  }
  return { index, count };
}

/**
 * The shard (1…count) an article belongs to, from a stable hash of `key` alone: the same key lands in
 * the same shard on every machine and in every run, and adding or removing other articles moves no
 * article to another shard. `ingest` passes the article's normalised-text hash, so exact duplicates
 * under two names always fall in one shard, where the first of them is found as in a single run.
 */
export function shardOf(key: string, count: number): number {
  if (count <= 1) return 1;
  const digest = createHash('sha256').update(key, 'utf8').digest();
  // 48 bits of the digest: uniform enough for any machine count, and exact in a JS number.
  return (digest.readUIntBE(0, 6) % count) + 1;
}

/** True when the article with `key` is this shard's to write. */
export function inShard(key: string, shard: Shard): boolean {
  return shardOf(key, shard.count) === shard.index;
}
