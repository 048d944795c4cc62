import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArticleDoc, ArticleGraph } from '../domain.js';
import { AppError } from '../errors.js';
import {
  evaluate,
  formatReport,
  parseGold,
  reportJson,
  ROW_HELP,
  ROWS,
  type GoldArticle,
} from '../eval/index.js';
import { readSources } from '../pipeline/source/index.js';
import { reportError } from './report-error.js';

const HELP = `Usage: npm run eval -- [--gold <dir>] [--seeds <dir>] [--json <file>] [--extractor <file>] [--verbose]

Scores the extractor against the hand-written gold annotations. For every <name>.json in the gold
folder it reads the seed article <name>.txt (the file named by the gold's "article" field) from the
seeds folder, runs source → extract on it (no database), and compares the result with the gold.
Prints precision, recall and F1 per measure, micro-averaged over the articles (counts are summed,
then divided), and an F1 matrix per article. Annotation guidelines and matching rules:
tests/gold/README.md.

Measures:
${ROWS.map((row) => `  ${row.padEnd(18)} ${ROW_HELP[row]}`).join('\n')}

Options:
  --gold <dir>     folder of gold JSON files (default tests/gold)
  --seeds <dir>    folder of the articles they annotate (default seeds)
  --json <file>    also write the scores and every error as JSON to <file>
  --extractor <f>  module exporting extractArticle(article) to score
                   (default src/pipeline/stages.ts)
  --verbose        list the false positives (FP), false negatives (FN) and wrong attributes
                   (WRONG) of every article, with the nearest miss, for improving the extractor
  --help           show this help

Exit status: 0 when the report was made, whatever the scores; 2 usage error; 1 a gold file or
seed article is missing or unusable, or the extractor cannot be loaded.

Examples:
  npm run eval
  npm run eval -- --verbose
  npm run eval -- --json eval.json
  npm run eval -- --gold tests/gold/heldout --seeds ../shared/corpus/bbc-news   # held-out set`;

interface Extractor {
  extractArticle: (article: ArticleDoc) => ArticleGraph | Promise<ArticleGraph>;
  version: string;
}

const DEFAULT_EXTRACTOR = 'src/pipeline/stages.ts';

/**
 * Loads the extractor module (by default the extract stage); a clear error when it is missing or has
 * no `extractArticle`. Imported by path at run time, so that another extractor (a baseline) can be
 * scored the same way and a broken one is reported rather than stopping the build.
 */
async function loadExtractor(file: string): Promise<Extractor> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path.resolve(file)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new AppError(
      'EXTRACT_FAILED',
      `Could not load the extractor ${file}; check that it exists and compiles (npx tsc --noEmit -p .).`,
      { cause: error },
    );
  }
  const extractArticle = module.extractArticle;
  if (typeof extractArticle !== 'function') {
    throw new AppError(
      'EXTRACT_FAILED',
      `${file} does not export a function extractArticle(article); nothing to evaluate.`,
    );
  }
  const version = typeof module.EXTRACTOR_VERSION === 'string' ? module.EXTRACTOR_VERSION : 'unknown';
  return { extractArticle: extractArticle as Extractor['extractArticle'], version };
}

/** The gold JSON files of a folder, sorted by name. */
async function listGoldFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new AppError(
      'SOURCE_UNREADABLE',
      `Cannot read the gold folder ${dir}; pass an existing one with --gold.`,
      {
        cause: error,
      },
    );
  }
  const files = names.filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) {
    throw new AppError('SOURCE_UNREADABLE', `No gold .json files in ${dir}; see tests/gold/README.md.`);
  }
  return files.map((name) => path.join(dir, name));
}

async function readGold(file: string): Promise<GoldArticle> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new AppError('SOURCE_REJECTED', `Gold file ${file} is not readable JSON; fix it and run again.`, {
      cause: error,
    });
  }
  return parseGold(json, file);
}

/** Reads one seed article through the source stage. */
async function readSeed(file: string): Promise<ArticleDoc> {
  for await (const item of readSources([file])) {
    if (item.ok) return item.article;
    throw new AppError(
      item.code,
      `The seed article ${file} that a gold file names could not be used: ${item.reason}`,
      { details: { file } },
    );
  }
  throw new AppError('SOURCE_UNREADABLE', `The seed article ${file} that a gold file names was not found.`);
}

async function main(): Promise<number> {
  let values: {
    gold?: string;
    seeds?: string;
    json?: string;
    extractor?: string;
    verbose?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      allowPositionals: false,
      options: {
        gold: { type: 'string' },
        seeds: { type: 'string' },
        json: { type: 'string' },
        extractor: { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    console.error(HELP);
    return 2;
  }
  if (values.help === true) {
    console.log(HELP);
    return 0;
  }
  const goldDir = values.gold ?? 'tests/gold';
  const seedsDir = values.seeds ?? 'seeds';

  const goldFiles = await listGoldFiles(goldDir);
  const golds = await Promise.all(goldFiles.map(readGold));
  const extractor = await loadExtractor(values.extractor ?? DEFAULT_EXTRACTOR);

  const corpus = await evaluate(golds, seedsDir, {
    readArticle: readSeed,
    extract: extractor.extractArticle,
    warn: (message) => console.error(`warning: ${message}`),
  });
  console.log(`Extractor ${extractor.version} against ${golds.length} gold article(s) in ${goldDir}\n`);
  console.log(formatReport(corpus, values.verbose === true));
  if (values.json !== undefined) {
    const json = { extractorVersion: extractor.version, gold: goldDir, ...reportJson(corpus) };
    await writeFile(values.json, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nWrote ${values.json}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(reportError(error)),
);
