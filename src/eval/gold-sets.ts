import path from 'node:path';
import type { ArticleDoc } from '../domain.js';
import { findUnanchoredStrings, findUnknownFields, parseGold, type GoldArticle } from './gold.js';
import { readGoldArticles, type GoldTextDeps } from './read-gold-articles.js';

/** One folder of gold files, scored and reported as a whole. */
export interface GoldSetSpec {
  /** `seeds`, `dev`, `heldout`, or the folder's name for `--gold`. */
  name: string;
  /** The folder of gold `.json` files (not its sub-folders). */
  dir: string;
  /** Where the files named by a gold `article` field are (a `source` names the corpus instead). */
  articleDir: string;
  /** A held-out set: only its aggregate scores are ever shown, never its articles' errors. */
  heldOut: boolean;
}

/**
 * The three sets `npm run eval` reports: the seed gold (`tests/gold/*.json`, articles in `seeds/`),
 * the development gold (`tests/gold/dev/`) and the held-out gold (`tests/gold/heldout/`). Gold files
 * in dev and heldout name their corpus article by `source`; an older one that gives `article` names a
 * file of the BBC corpus.
 */
export function defaultGoldSets(root: string, corpusDir: string): GoldSetSpec[] {
  const bbc = path.join(corpusDir, 'bbc-news');
  return [
    {
      name: 'seeds',
      dir: path.join(root, 'tests/gold'),
      articleDir: path.join(root, 'seeds'),
      heldOut: false,
    },
    { name: 'dev', dir: path.join(root, 'tests/gold/dev'), articleDir: bbc, heldOut: false },
    { name: 'heldout', dir: path.join(root, 'tests/gold/heldout'), articleDir: bbc, heldOut: true },
  ];
}

/** A gold file with the article it annotates. */
export interface GoldPair {
  gold: GoldArticle;
  article: ArticleDoc;
}

/** A set ready to score: the articles that could be read, and what was left out and why. */
export interface LoadedGoldSet {
  spec: GoldSetSpec;
  pairs: GoldPair[];
  /** Gold files that were not scored: invalid, or their article could not be read. */
  skipped: { file: string; reason: string }[];
  /** Problems that do not stop scoring (gold strings no longer in the text, unknown fields). */
  warnings: string[];
  /** Set when the folder holds no gold files (or does not exist). */
  empty?: string;
}

/** File access for {@link loadGoldSet}. */
export interface GoldSetDeps extends Omit<GoldTextDeps, 'articleDir'> {
  /** File names in a folder; throws when the folder cannot be read. */
  readDir: (dir: string) => Promise<string[]>;
  readFile: (file: string) => Promise<string>;
  /** How a file or folder is named in messages (relative to the project); default as given. */
  display?: (file: string) => string;
}

/**
 * Reads and checks every gold file of a set, then its articles through the source stage. An invalid
 * gold file or an unreadable article skips that file with the reason (one bad file never stops the
 * report); a required gold string not found in the text is a warning, as is an unknown field.
 */
export async function loadGoldSet(spec: GoldSetSpec, deps: GoldSetDeps): Promise<LoadedGoldSet> {
  const set: LoadedGoldSet = { spec, pairs: [], skipped: [], warnings: [] };
  const display = deps.display ?? ((file: string) => file);
  let names: string[];
  try {
    names = (await deps.readDir(spec.dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return { ...set, empty: `${display(spec.dir)} does not exist` };
  }
  if (names.length === 0) return { ...set, empty: `no gold files in ${display(spec.dir)}` };
  const golds: { gold: GoldArticle; file: string }[] = [];
  for (const name of names) {
    const file = display(path.join(spec.dir, name));
    try {
      const json: unknown = JSON.parse(await deps.readFile(path.join(spec.dir, name)));
      for (const field of findUnknownFields(json)) set.warnings.push(`${file}: ${field}`);
      golds.push({ gold: parseGold(json, file), file });
    } catch (error) {
      set.skipped.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  const texts = await readGoldArticles(
    golds.map((g) => g.gold),
    { ...deps, articleDir: spec.articleDir },
  );
  texts.forEach((text, i) => {
    const file = golds[i]?.file ?? text.gold.article;
    if (text.article === undefined) {
      set.skipped.push({ file, reason: `its article could not be read: ${text.problem}` });
      return;
    }
    for (const problem of findUnanchoredStrings(text.gold, text.article.text, true)) {
      set.warnings.push(`${file}: ${problem} (after the source stage)`);
    }
    set.pairs.push({ gold: text.gold, article: text.article });
  });
  return set;
}
