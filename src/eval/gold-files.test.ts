import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, PROJECT_ROOT } from '../paths.js';
import { readSources } from '../pipeline/source/index.js';
import { findUnanchoredStrings, findUnknownFields, parseGold, type GoldArticle } from './gold.js';
import { defaultGoldSets } from './gold-sets.js';
import { sourceKey, type GoldSource } from './gold-source.js';
import { goldTextFile, readGoldArticles, type GoldText } from './read-gold-articles.js';

/**
 * The hand-written gold files stay well-formed and anchored: every surface, event sentence, count
 * and claim text is copied verbatim from the article it annotates, so the gold cannot drift from the
 * text. The seeds are in the repository; the dev and held-out articles are in the shared corpus
 * (CORPUS_DIR, default ../shared/corpus), and their anchoring is checked where it is present.
 */
const [seedSet, ...corpusSets] = defaultGoldSets(PROJECT_ROOT, CORPUS_DIR);

function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
}

function load(dir: string, name: string): { json: unknown; gold: GoldArticle } {
  const json: unknown = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  return { json, gold: parseGold(json, name) };
}

describe('tests/gold (the seeds)', () => {
  const dir = seedSet?.dir ?? '';
  const files = jsonFiles(dir);

  it('holds at least three annotated articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s is valid, names its own seed, and quotes the seed body verbatim', (name) => {
    const { json, gold } = load(dir, name);
    expect(findUnknownFields(json)).toEqual([]);
    expect(gold.article).toBe(name.replace(/\.json$/, '.txt'));
    const raw = readFileSync(path.join(seedSet?.articleDir ?? '', gold.article), 'utf8');
    const body = raw.slice(raw.indexOf('\n') + 1);
    expect(findUnanchoredStrings(gold, body)).toEqual([]);
  });
});

for (const set of corpusSets) {
  const files = jsonFiles(set.dir);
  const where = path.relative(PROJECT_ROOT, set.dir);

  describe.skipIf(files.length === 0)(`${where} (gold files)`, () => {
    it.each(files)('%s is valid and has no unknown fields', (name) => {
      const { json } = load(set.dir, name);
      expect(findUnknownFields(json)).toEqual([]);
    });
  });

  describe.skipIf(!existsSync(CORPUS_DIR) || files.length === 0)(`${where} (anchored in the corpus)`, () => {
    // One pass over the corpus for the whole set: a CSV holding many gold rows is read once, not per file.
    const texts = new Map<string, GoldText>();
    beforeAll(async () => {
      const golds = files.map((name) => load(set.dir, name).gold);
      const read = await readGoldArticles(golds, {
        articleDir: set.articleDir,
        corpusDir: CORPUS_DIR,
        readSources: (paths) => readSources(paths),
      });
      read.forEach((text, i) => texts.set(files[i] ?? '', text));
    }, 120_000);

    it.each(files)('%s quotes its corpus article verbatim', (name) => {
      const read = texts.get(name);
      if (read?.article === undefined) throw new Error(read && 'problem' in read ? read.problem : 'not read');
      const { gold } = read;
      // Required strings in the text the extractor sees (every offset refers to it) …
      expect(findUnanchoredStrings(gold, read.article.text, true)).toEqual([]);
      // … optional ones (a byline the source stage may cut, the wire tag it moves to the outlet) at
      // least in the file, or for a CSV record in its title, outlet and text.
      const { file, row } = goldTextFile(gold, { articleDir: set.articleDir, corpusDir: CORPUS_DIR });
      const { title, outlet, text } = read.article;
      const raw = row === undefined ? readFileSync(file, 'utf8') : [title, outlet ?? '', text].join('\n');
      expect(findUnanchoredStrings(gold, raw)).toEqual([]);
    });
  });
}

describe('dev and held-out gold together', () => {
  it('never annotate the same article twice (an article in both would leak the held-out set)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const set of corpusSets) {
      for (const name of jsonFiles(set.dir)) {
        // Read loosely, so that one invalid file (reported above) does not hide a duplicate.
        const json = JSON.parse(readFileSync(path.join(set.dir, name), 'utf8')) as {
          article?: string;
          source?: GoldSource;
        };
        const key = json.source === undefined ? `bbc-news/${json.article}` : sourceKey(json.source);
        const first = seen.get(key);
        if (first !== undefined) twice.push(`${key}: ${first} and ${set.name}/${name}`);
        seen.set(key, `${set.name}/${name}`);
      }
    }
    expect(twice).toEqual([]);
  });
});
