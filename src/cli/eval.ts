import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, PROJECT_ROOT } from '../paths.js';
import { AppError } from '../errors.js';
import {
  buildEvalReport,
  createResourceMeter,
  defaultGoldSets,
  formatCountsTable,
  formatEvalMarkdown,
  formatEvalReport,
  formatIssues,
  formatArticleMatrix,
  loadGoldSet,
  MEAN_HELP,
  ROW_HELP,
  ROWS,
  runEvaluation,
  type GoldSetSpec,
  type LoadedGoldSet,
} from '../eval/index.js';
import { EXTRACTOR_MODES, openExtractorMode, type ExtractorModeName } from '../eval/extractor-modes.js';
import { isModulePath, openModuleMode } from '../eval/open-module-mode.js';
import { readSources } from '../pipeline/source/index.js';
import { reportError } from './report-error.js';

const SET_NAMES = ['seeds', 'dev', 'heldout'] as const;

const HELP = `Usage: npm run eval -- [--extractor rules|backbone|both] [--set seeds,dev,heldout]
                       [--gold <dir> [--seeds <dir>]] [--json <file>] [--markdown <file>] [--verbose]

Scores the extractor against the hand-written gold annotations (guidelines and matching rules:
tests/gold/README.md). With no options it evaluates three sets and reports each on its own:
  seeds     tests/gold/*.json, the articles in seeds/
  dev       tests/gold/dev/*.json, articles of the shared corpus (CORPUS_DIR, default ../shared/corpus)
  heldout   tests/gold/heldout/*.json, the same; held out: only aggregate scores are ever shown
Each article is read through the source stage, extracted on its own (no database) and compared with
its gold. Per set it prints, for each extraction mode side by side, the measures below (micro-
averaged: counts summed over articles, then divided) with the targets of issues 11 and 15, the
same per topic, and per mode articles/s, CPU s per article and peak RSS (process + helper processes).

Measures (rows; --verbose and --json show all of them with tp/fp/fn):
${ROWS.map((row) => `  ${row.padEnd(22)} ${ROW_HELP[row]}`).join('\n')}
  ${'claim-span-overlap'.padEnd(22)} ${MEAN_HELP['claim-span-overlap']}

Options:
  --extractor <m>  rules, backbone or both (default: both when the backbone is available, else rules,
                   with a note saying why the backbone did not run); or a module file exporting
                   extractArticle(article) (and optionally EXTRACTOR_VERSION, processIds(), close())
  --set <list>     which of seeds,dev,heldout to evaluate (default all three)
  --gold <dir>     evaluate this one folder of gold files instead (a set named after the folder)
  --seeds <dir>    with --gold: the folder of the files its "article" fields name (default seeds/ for
                   tests/gold, else the BBC corpus)
  --json <file>    also write everything measured as JSON to <file>
  --markdown <f>   also write the tables as Markdown to <f> (for docs/quality.md)
  --verbose        also print every row with tp/fp/fn per set and mode, and for the seed and dev sets
                   each article's false positives (FP), false negatives (FN) and wrong attributes
                   (WRONG); never for the held-out set
  --help           show this help

A gold file that is invalid, or whose article cannot be read (the corpus is absent), is skipped with
the reason; a set with no gold files is reported as empty.
Exit status: 0 when the report was made, whatever the scores; 2 usage error; 1 nothing could be
evaluated, or --extractor backbone (or a module) was asked for and cannot be opened.

Examples:
  npm run eval
  npm run eval -- --extractor rules --json eval.json --markdown quality-tables.md
  npm run eval -- --set seeds --verbose
  npm run eval -- --gold tests/gold/heldout`;

interface Options {
  extractor?: string;
  set?: string;
  gold?: string;
  seeds?: string;
  json?: string;
  markdown?: string;
  verbose?: boolean;
  help?: boolean;
}

function parseOptions(argv: string[]): Options {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      extractor: { type: 'string' },
      set: { type: 'string' },
      gold: { type: 'string' },
      seeds: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  }).values;
}

function usage(message: string): AppError {
  return new AppError('CONFIG_INVALID', `${message}; see npm run eval -- --help.`, {
    details: { usage: true },
  });
}

/** The modes to run, and whether the backbone was asked for by name. */
function chooseModes(value: string | undefined): { modes: string[]; required: boolean } {
  if (value === undefined) return { modes: ['rules', 'backbone'], required: false };
  if (value === 'both') return { modes: ['rules', 'backbone'], required: false };
  if ((EXTRACTOR_MODES as readonly string[]).includes(value) || isModulePath(value)) {
    return { modes: [value], required: value !== 'rules' };
  }
  throw usage(`--extractor ${value} is not a mode: use rules, backbone, both or a module file`);
}

function chooseSets(options: Options): GoldSetSpec[] {
  if (options.gold !== undefined) {
    const dir = path.resolve(options.gold);
    const isSeeds = dir === path.join(PROJECT_ROOT, 'tests/gold');
    const articleDir =
      options.seeds ?? (isSeeds ? path.join(PROJECT_ROOT, 'seeds') : path.join(CORPUS_DIR, 'bbc-news'));
    return [
      {
        name: path.basename(dir),
        dir,
        articleDir: path.resolve(articleDir),
        heldOut: dir.split(path.sep).includes('heldout'),
      },
    ];
  }
  if (options.seeds !== undefined) throw usage('--seeds goes with --gold');
  const all = defaultGoldSets(PROJECT_ROOT, CORPUS_DIR);
  if (options.set === undefined) return all;
  const names = options.set.split(',').map((s) => s.trim());
  for (const name of names) {
    if (!(SET_NAMES as readonly string[]).includes(name))
      throw usage(`--set ${name} is not a set: use seeds, dev, heldout`);
  }
  return all.filter((set) => names.includes(set.name));
}

function relative(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  return rel.startsWith('..') ? file : rel;
}

function verboseReport(
  sets: readonly LoadedGoldSet[],
  results: Awaited<ReturnType<typeof runEvaluation>>,
): string {
  const parts: string[] = [];
  for (const result of results.results) {
    for (const set of sets) {
      const score = result.scores[set.spec.name];
      if (score === undefined || score.articles.length === 0) continue;
      parts.push('', `== ${set.spec.name}, ${result.name}: every row`, formatCountsTable(score.total));
      if (set.spec.heldOut) continue;
      if (score.articles.length <= 10) parts.push('', formatArticleMatrix(score.articles, score.total));
      parts.push(
        '',
        'Errors (FP = predicted, not in gold; FN = in gold, missed; WRONG = matched, attribute wrong):',
      );
      for (const article of score.articles) parts.push(formatIssues(article));
    }
  }
  return parts.join('\n');
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  let modes: ReturnType<typeof chooseModes>;
  let specs: GoldSetSpec[];
  try {
    options = parseOptions(argv);
    if (options.help === true) {
      console.log(HELP);
      return 0;
    }
    modes = chooseModes(options.extractor);
    specs = chooseSets(options);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    console.error(HELP);
    return 2;
  }

  const warn = (message: string): void => console.error(`warning: ${message}`);
  const sets: LoadedGoldSet[] = [];
  for (const spec of specs) {
    const set = await loadGoldSet(spec, {
      corpusDir: CORPUS_DIR,
      readSources: (paths) => readSources(paths),
      readDir: (dir) => readdir(dir),
      readFile: (file) => readFile(file, 'utf8'),
      display: relative,
    });
    for (const message of set.warnings) warn(message);
    sets.push({ ...set, spec: { ...spec, dir: relative(spec.dir) } });
  }
  if (sets.every((set) => set.pairs.length === 0)) {
    const why = sets.flatMap((set) => [set.empty ?? '', ...set.skipped.map((s) => `${s.file}: ${s.reason}`)]);
    throw new AppError(
      'SOURCE_UNREADABLE',
      `No gold article could be evaluated:\n  ${why.filter(Boolean).join('\n  ')}`,
    );
  }

  const results = await runEvaluation(modes.modes, sets, {
    openMode: (name) =>
      (EXTRACTOR_MODES as readonly string[]).includes(name)
        ? openExtractorMode(name as ExtractorModeName, undefined, (line) => console.error(line))
        : openModuleMode(name),
    createMeter: (deps) => createResourceMeter(deps),
    now: () => performance.now(),
    warn,
    progress: (message) => console.error(`eval: ${message}`),
  });
  const missing = results.unavailable.find((u) => u.name === 'backbone');
  if (modes.required && missing !== undefined) {
    throw new AppError(
      'EXTRACT_FAILED',
      `The backbone mode could not be opened: ${missing.reason}. Run with --extractor rules, or see the backbone's setup in README.md.`,
    );
  }
  if (results.results.length === 0) {
    throw new AppError(
      'EXTRACT_FAILED',
      `No extraction mode could be opened: ${results.unavailable.map((u) => `${u.name}: ${u.reason}`).join('; ')}`,
    );
  }

  const report = buildEvalReport({
    generatedAt: new Date().toISOString(),
    command: `npm run eval${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
    corpusDir: relative(CORPUS_DIR),
    sets,
    results: results.results,
    unavailable: results.unavailable,
  });
  console.log(formatEvalReport(report));
  if (options.verbose === true) console.log(verboseReport(sets, results));
  if (options.json !== undefined) {
    await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWrote ${options.json}`);
  }
  if (options.markdown !== undefined) {
    await writeFile(options.markdown, formatEvalMarkdown(report));
    console.log(`Wrote ${options.markdown}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(reportError(error)),
);
