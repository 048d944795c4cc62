import { parseArgs } from 'node:util';
import { connectDatabase, readDbConfig } from '../db/index.js';
import { ensureSchema } from '../pipeline/load/index.js';
import { countSources } from '../pipeline/source/index.js';
import { ingest } from '../pipeline/ingest.js';
import { parseShard, type Shard } from '../pipeline/source/shard.js';
import { formatBackbone, formatSummary } from './format-summary.js';
import { EXTRACTOR_HELP, extractorMode, openExtractor } from './open-extractor.js';
import { createProgress } from './progress-bar.js';
import { reportError } from './report-error.js';

const HELP = `Usage: npm run ingest -- [options] <path…>

Reads news articles from files and folders and writes their actors, places, events and claims to
Neo4j, with the sentence and character offsets of every fact. Uses the running database when
\`npm start\` is up; otherwise starts the embedded one for the run (or uses NEO4J_URI).

Inputs: .txt and .md (first line is the title), .html, .jsonl and .csv (one article per row:
title, text, optional url, outlet, author, date; headerless AG News CSV is detected).
Folders are read recursively. Ingesting the same article again changes nothing; a changed article
replaces its old facts.

Which article is which: an article is named by its URL (only http and https URLs are kept; any
other is dropped with a warning); without one, a file by its path relative to the ingest root (the
working directory, or the folder holding the input you named), and a CSV/JSONL row by its title
together with a fingerprint of its text. Two files that share a title are two articles.

The summary counts every input once; the numbers add up to the inputs:
  written     articles stored or updated in the graph ("replaced" counts those among them that
              were already there with other text or an older extractor: their old facts went)
  unchanged   already in the graph with the same text and extractor version: nothing written
  duplicates  the same text (ignoring case and spacing) as an article already in the graph or
              earlier in the run, under another name: not written again; the file and URL are
              recorded on the first article (duplicateSources, duplicateUrls)
  rejected    files or rows that are not a usable article, or that failed to write (listed with
              the reason)
  other shards
              (with --shard) articles another machine writes: read and analysed here too, since
              names and events join across articles, but not written
  warnings    something was dropped or guessed but the article went in (e.g. a javascript: URL)

Options:
  --dry-run          extract only and print what would be written, as JSON, without a database
  --batch-size <n>   articles per write transaction (default 50)
  --max-bytes <n>    largest single article file or row, in bytes (default 5242880)
  --shard <K/N>      write only part K of N of the inputs, so N machines share one corpus and one
                     Neo4j (NEO4J_URI, e.g. neo4j+s://… for Aura or a cluster). The split is a stable
                     hash of each article's text: the same on every machine, and adding files moves no
                     other article. Give every machine the same inputs, named the same way; each reads
                     and analyses all of them (in the order of one run, so the N shards together write
                     the graph one run writes) and writes its own; in backbone mode only its own go to
                     CoreNLP, the others are read by the rules. See docs/operations.md.
${EXTRACTOR_HELP}
  --help             show this help

Exit status: 0 all inputs went in; 3 partial (some inputs rejected, listed with reasons);
1 nothing could be done (e.g. no database); 2 usage error.

Examples:
  npm run ingest -- seeds/
  npm run ingest -- ../shared/corpus/bbc-news/politics
  npm run ingest -- --shard 2/3 ../shared/corpus/bbc-news   (the second of three machines)
  npm run -s ingest -- --dry-run seeds/002_825eccd27ffa9810.txt > graph.json   (-s: no npm banner in the file)`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      'batch-size': { type: 'string' },
      'max-bytes': { type: 'string' },
      extractor: { type: 'string' },
      shard: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    console.error('error: name at least one file or folder to ingest, e.g. `npm run ingest -- seeds/`.\n');
    console.error(HELP);
    return 2;
  }
  const batchSize = Number(values['batch-size'] ?? 50);
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || (maxBytes !== undefined && !(maxBytes > 0))) {
    console.error('error: --batch-size and --max-bytes take positive whole numbers.');
    return 2;
  }
  let shard: Shard | undefined;
  try {
    shard = values.shard === undefined ? undefined : parseShard(values.shard);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  const source = maxBytes === undefined ? {} : { maxBytes };
  const warn = (file: string, message: string) => console.error(`warning: ${file}: ${message}`);
  const mode = extractorMode(values.extractor);
  const { extractor, close } = await openExtractor(mode, (line) => console.error(line));
  try {
    return await run(values['dry-run'] === true);
  } finally {
    await close();
  }

  async function run(dryRun: boolean): Promise<number> {
    if (dryRun) {
      let first = true;
      process.stdout.write('[\n');
      const summary = await ingest(
        positionals,
        {
          warn,
          extractor,
          onGraph: (graph) => {
            process.stdout.write(`${first ? '' : ',\n'}${JSON.stringify(graph)}`);
            first = false;
          },
        },
        { batchSize, source, ...(shard ? { shard } : {}) },
      );
      process.stdout.write('\n]\n');
      for (const r of summary.rejected) console.error(`rejected: ${r.file}: [${r.code}] ${r.reason}`);
      console.error(
        `dry run: ${summary.read} article${summary.read === 1 ? '' : 's'} extracted, ${summary.rejected.length} rejected, nothing written` +
          (summary.shard.count > 1
            ? ` (shard ${summary.shard.index}/${summary.shard.count}; ${summary.otherShards} left to other shards).`
            : '.'),
      );
      const backbone = formatBackbone(summary);
      if (backbone) console.error(backbone);
      return summary.rejected.length > 0 ? 3 : 0;
    }

    const db = await connectDatabase({ config: readDbConfig(), log: (line) => console.error(line) });
    try {
      await ensureSchema(db.driver);
      const total = await countSources(positionals, source);
      const progress = createProgress(total);
      const started = performance.now();
      const summary = await ingest(
        positionals,
        { driver: db.driver, warn, extractor, onProgress: (p) => progress.update(p.done, p.rejected) },
        { batchSize, source, ...(shard ? { shard } : {}) },
      );
      progress.stop();
      console.log(formatSummary(summary, (performance.now() - started) / 1000));
      if (summary.read === 0 && summary.rejected.length > 0) return 1;
      return summary.rejected.length > 0 ? 3 : 0;
    } finally {
      await db.close();
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(reportError(error)),
);
