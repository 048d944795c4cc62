import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnanchoredStrings, parseGold } from './gold.js';
import path from 'node:path';
import { CORPUS_DIR } from '../paths.js';

/**
 * The hand-written gold files in tests/gold/ stay well-formed and anchored: every surface, event
 * sentence and claim text is copied verbatim from the body of the seed article it annotates.
 */
const goldDir = new URL('../../tests/gold/', import.meta.url);
const seedsDir = new URL('../../seeds/', import.meta.url);
const files = readdirSync(goldDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('tests/gold', () => {
  it('holds at least three annotated articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s is valid, names its own seed, and quotes the seed body verbatim', (name) => {
    const gold = parseGold(JSON.parse(readFileSync(new URL(name, goldDir), 'utf8')), name);
    expect(gold.article).toBe(name.replace(/\.json$/, '.txt'));
    const raw = readFileSync(new URL(gold.article, seedsDir), 'utf8');
    const body = raw.slice(raw.indexOf('\n') + 1);
    expect(findUnanchoredStrings(gold, body)).toEqual([]);
  });
});

/**
 * The held-out gold (tests/gold/heldout/) annotates articles of the shared BBC corpus, which is never
 * copied into the repository; the check runs where the corpus is (GOLD_HELDOUT_SEEDS overrides its path).
 */
const heldoutDir = new URL('../../tests/gold/heldout/', import.meta.url);
const corpusDir = process.env.GOLD_HELDOUT_SEEDS ?? path.join(CORPUS_DIR, 'bbc-news');
const heldoutFiles = readdirSync(heldoutDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe.skipIf(!existsSync(corpusDir))('tests/gold/heldout', () => {
  it.each(heldoutFiles)('%s is valid and quotes its corpus article verbatim', (name) => {
    const gold = parseGold(JSON.parse(readFileSync(new URL(name, heldoutDir), 'utf8')), name);
    const raw = readFileSync(`${corpusDir}/${gold.article}`, 'utf8');
    const body = raw.slice(raw.indexOf('\n') + 1);
    expect(findUnanchoredStrings(gold, body)).toEqual([]);
  });
});
