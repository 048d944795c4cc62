import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/db/index.js';
import { compareResults, DEFAULT_CORPUS, readResultFile, runBench, type BenchPart } from './index.js';
import { reportError } from '../src/cli/report-error.js';
import { onShutdown } from '../src/cli/shutdown.js';

const HELP = `Usage: npm run bench -- [options]
       npm run bench -- --compare <a.json> <b.json>

Measures the project on a Neo4j of its own (NEO4J_URI if set, else the embedded instance "bench",
started empty on free ports; the "main" instance is never touched) and writes the results as JSON
and Markdown into bench-results/ (git-ignored):

  ingest   the corpus through the real pipeline: articles/s end to end; source, extraction and
           database-write time; peak RSS and heap; retained heap by quarter. Then the raw write
           limit: the same rows written again by minimal batched UNWINDs (cypher/bench/raw-*.cypher).
  queries  whoClaimedCredit, search, neighbourhood, timeline over GraphQL (autocannon, from this
           process, to the server in a child process on 127.0.0.1) and the same named Cypher queries
           through the driver, at each concurrency, on the seeds alone and on seeds + corpus.
  backbone the BBC corpus end to end with --extractor rules, then --extractor backbone (a CoreNLP of its
           own), then the backbone's requests replayed straight to CoreNLP (its raw speed on the same
           sentences): articles/s of each, backbone/rules, backbone/raw, CPU s per article, peak RSS
           of this process and of the CoreNLP JVM (bench/backbone-bench.ts).
  soak     the four questions over GraphQL at concurrency 64 for 60 s: errors, and server RSS
           (/proc/<pid>/status) at the end against after warm-up.

Options:
  --only <part>          ingest, queries, backbone or soak (default: ingest, queries and backbone)
  --soak                 also run the soak, after the other parts (on the whole graph)
  --corpus <dir>         the corpus, read in place (default ${DEFAULT_CORPUS})
  --limit <n>            at most n corpus articles (default: all), spread over its files and tables
  --out <dir>            where results go (default bench-results/)
  --duration <s>         seconds per measured query cell (default 4; 1 s warm-up before each)
  --max-requests <n>     most requests per query cell (default 20000)
  --concurrency <list>   concurrencies of the query cells (default 1,16,64)
  --batch-size <n>       articles per write transaction (default 50, as npm run ingest)
  --bbc-every <n>        backbone part: every n-th article of each BBC category (default 4: 559 of
                         2,225; 1: all)
  --soak-seconds <s>     soak length (default 60; 10 s warm-up before)
  --wipe                 with NEO4J_URI: empty that database even though it holds data
  --compare <a> <b>      print a table of every metric of two results files, with B / A ratios
  --help                 show this help

Environment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD; NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m);
NEO4J_TCP_NODELAY=0 measures without TCP_NODELAY on the Bolt sockets (the driver default).

Examples:
  npm run bench
  npm run bench -- --limit 1000 --duration 2
  npm run bench -- --only soak
  npm run bench -- --compare bench-results/bench-A.json bench-results/bench-B.json`;

const PARTS: BenchPart[] = ['ingest', 'queries', 'backbone', 'soak'];

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} takes a positive whole number.`);
  return value;
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      only: { type: 'string' },
      soak: { type: 'boolean' },
      corpus: { type: 'string' },
      limit: { type: 'string' },
      out: { type: 'string' },
      duration: { type: 'string' },
      'max-requests': { type: 'string' },
      concurrency: { type: 'string' },
      'batch-size': { type: 'string' },
      'soak-seconds': { type: 'string' },
      'bbc-every': { type: 'string' },
      wipe: { type: 'boolean' },
      compare: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.compare) {
    if (positionals.length !== 2)
      throw new UsageError('--compare takes two results files: --compare a.json b.json');
    const [a, b] = positionals as [string, string];
    const table = compareResults(await readResultFile(a), await readResultFile(b));
    console.log(`A = ${a}\nB = ${b}\n\n${table}`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);

  let parts: BenchPart[] = ['ingest', 'queries', 'backbone'];
  if (values.only !== undefined) {
    if (!PARTS.includes(values.only as BenchPart))
      throw new UsageError('--only takes ingest, queries, backbone or soak.');
    parts = [values.only as BenchPart];
  } else if (values.soak) {
    parts.push('soak');
  }
  const concurrency = (values.concurrency ?? '1,16,64')
    .split(',')
    .map((c) => positiveInt('concurrency', c, 1));
  const limit = values.limit === undefined ? undefined : positiveInt('limit', values.limit, 0);

  const { result, jsonFile, markdownFile } = await runBench(
    {
      parts,
      corpus: path.resolve(values.corpus ?? DEFAULT_CORPUS),
      ...(limit === undefined ? {} : { limit }),
      batchSize: positiveInt('batch-size', values['batch-size'], 50),
      queryDurationSeconds: positiveInt('duration', values.duration, 4),
      maxRequests: positiveInt('max-requests', values['max-requests'], 20_000),
      concurrency,
      soakSeconds: positiveInt('soak-seconds', values['soak-seconds'], 60),
      soakWarmupSeconds: 10,
      bbcEvery: positiveInt('bbc-every', values['bbc-every'], 4),
      soakConcurrency: 64,
      out: path.resolve(values.out ?? path.join(PROJECT_ROOT, 'bench-results')),
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
        ' ',
      ),
      wipe: values.wipe ?? false,
      // src/db/tcp-nodelay.ts: on unless NEO4J_TCP_NODELAY=0 (to measure the driver's default).
      tcpNoDelay: process.env.NEO4J_TCP_NODELAY !== '0',
    },
    { log: (line) => console.error(line), onCleanup: (cleanup) => onShutdown(cleanup) },
  );
  console.log('\nTargets:');
  for (const target of result.targets) {
    const mark = target.met === null ? '  -  ' : target.met ? ' met ' : ' MISS';
    console.log(`  [${mark}] ${target.name}: ${target.measured} (goal ${target.target})`);
  }
  console.log(`\nResults: ${jsonFile}\n         ${markdownFile}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      console.error(`error: ${(error as Error).message}\n\n${HELP}`);
      process.exit(2);
    }
    process.exit(reportError(error));
  },
);
