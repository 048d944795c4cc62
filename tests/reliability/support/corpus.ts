/**
 * Test inputs from the real corpus (read-only, outside the repo) and a seeded random number generator,
 * so every "random" choice of a test can be replayed from the seed it prints.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CORPUS_DIR } from '../../../src/paths.js';

/** The BBC News 2004-05 corpus: 2,225 plain-text articles in five topic folders. */
export const BBC_DIR = process.env.BBC_CORPUS_DIR ?? path.join(CORPUS_DIR, 'bbc-news');

/** All BBC article files, in a fixed order. */
export function bbcFiles(): string[] {
  const out: string[] = [];
  for (const topic of readdirSync(BBC_DIR, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const name of readdirSync(path.join(BBC_DIR, topic.name))) {
      if (name.endsWith('.txt')) out.push(path.join(BBC_DIR, topic.name, name));
    }
  }
  return out.sort();
}

/** `count` BBC files spread evenly over the corpus (every topic), copied into a new temporary folder. */
export function copyBbcSample(count: number, prefix: string): { dir: string; files: string[] } {
  const all = bbcFiles();
  const step = all.length / count;
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count && i < all.length; i++) {
    const source = all[Math.floor(i * step)]!;
    const target = path.join(dir, `${path.basename(path.dirname(source))}-${path.basename(source)}`);
    copyFileSync(source, target);
    files.push(target);
  }
  return { dir, files };
}

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from the environment, or `fallback`. */
export function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
