import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase, freePort, PROJECT_ROOT, readDbConfig, type Database } from '../src/db/index.js';
import { AppError } from '../src/errors.js';
import { ingest } from '../src/pipeline/ingest.js';
import { ensureSchema } from '../src/pipeline/load/index.js';
import { corpusInputs } from './corpus-inputs.js';
import { describeEnvironment, loadAverage } from './environment.js';
import { graphSize, wipeGraph } from './graph-size.js';
import { benchBackbone } from './backbone-bench.js';
import { benchIngest } from './ingest-bench.js';
import { formatMarkdown } from './report-markdown.js';
import { benchQueries, type QueryBenchOptions, type ScaleResult } from './query-bench.js';
import { QUESTION_INPUTS } from './questions.js';
import { benchRawWrite } from './raw-write-bench.js';
import {
  RESULT_FORMAT,
  type BenchResult,
  type BenchSettings,
  type QueryBench,
  type QuestionName,
} from './result-types.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { benchSoak } from './soak-bench.js';
import { checkTargets } from './targets.js';

export interface BenchOptions extends BenchSettings {
  /** Folder for the JSON and Markdown results. */
  out: string;
  /** The command line, recorded in the results. */
  command: string;
  /** With NEO4J_URI: allow emptying a database that is not empty. */
  wipe: boolean;
}

export interface BenchDeps {
  log: (line: string) => void;
  /** Receives the clean-up to run if the process is stopped half way (Ctrl-C). */
  onCleanup?: (cleanup: () => Promise<void>) => void;
}

export interface BenchOutcome {
  result: BenchResult;
  jsonFile: string;
  markdownFile: string;
}

const SEEDS = path.join(PROJECT_ROOT, 'seeds');

type SamePage = ScaleResult['samePage'][QuestionName] & object;

/** The seeds graph's side of the same-page profiles: each question's page size and what it cost there. */
function seedsSamePage(pages: ScaleResult['samePage']): QueryBench['samePage'] {
  return Object.fromEntries(
    (Object.entries(pages) as [QuestionName, SamePage][]).map(([name, page]) => [
      name,
      { pageSize: page.pageSize, seeds: { dbHits: page.dbHits, items: page.items } },
    ]),
  );
}

/**
 * The benchmark database: NEO4J_URI when set (refused when it holds data, unless `wipe`), else the embedded
 * instance `bench`, started empty on free ports — never the `main` instance's data.
 */
async function benchDatabase(wipe: boolean, log: (line: string) => void): Promise<Database> {
  const config = readDbConfig({
    ...process.env,
    NEO4J_INSTANCE: 'bench',
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HTTP_PORT: String(await freePort()),
  });
  const db = await connectDatabase({ config, instance: 'bench', fresh: true, log });
  if (db.origin === 'env') {
    const size = await graphSize(db.driver);
    if (size.nodes > 0 && !wipe) {
      await db.close();
      throw new AppError(
        'CONFIG_INVALID',
        `NEO4J_URI=${db.uri} holds ${size.nodes} nodes and the benchmark empties its database. ` +
          'Point NEO4J_URI at a scratch database, unset it to use the embedded "bench" instance, or pass --wipe.',
      );
    }
    if (size.nodes > 0) await wipeGraph(db.driver);
  }
  return db;
}

/**
 * Runs the benchmark parts asked for against a database of its own and writes the results as JSON and
 * Markdown into `options.out`:
 *  1. the seeds alone are ingested; the question queries are measured on that graph (`queries`);
 *  2. the corpus is ingested through the real pipeline and measured (`ingest`, and needed by `queries`);
 *  3. the question queries are measured again on the whole graph (`queries`); the soak runs (`soak`);
 *  4. the graph is emptied and the ingest run's rows are written again by raw UNWINDs (`ingest`);
 *  5. the BBC corpus is ingested with the rules and with the backbone, on an emptied graph each (`backbone`).
 */
export async function runBench(options: BenchOptions, deps: BenchDeps): Promise<BenchOutcome> {
  const { log } = deps;
  const startedAt = new Date();
  const wants = (part: BenchSettings['parts'][number]) => options.parts.includes(part);
  const recorded = path.join(os.tmpdir(), `palmyra-bench-graphs-${process.pid}.jsonl`);
  const db = await benchDatabase(options.wipe, log);
  let server: ServerProcess | undefined;
  let cleanupInputs = () => Promise.resolve();
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await server?.stop();
      await cleanupInputs();
      await rm(recorded, { force: true });
      await db.close();
    })());
  deps.onCleanup?.(cleanup);

  try {
    await ensureSchema(db.driver);
    const environment = await describeEnvironment(db.driver, {
      origin: db.origin,
      heap: process.env.NEO4J_HEAP || '1g',
      pageCache: process.env.NEO4J_PAGECACHE || '512m',
    });
    const result: Omit<BenchResult, 'targets' | 'finishedAt' | 'seconds'> = {
      format: RESULT_FORMAT,
      startedAt: startedAt.toISOString(),
      command: options.command,
      settings: {
        parts: options.parts,
        corpus: options.corpus,
        ...(options.limit === undefined ? {} : { limit: options.limit }),
        batchSize: options.batchSize,
        queryDurationSeconds: options.queryDurationSeconds,
        maxRequests: options.maxRequests,
        concurrency: options.concurrency,
        soakSeconds: options.soakSeconds,
        soakWarmupSeconds: options.soakWarmupSeconds,
        soakConcurrency: options.soakConcurrency,
        tcpNoDelay: options.tcpNoDelay,
        bbcEvery: options.bbcEvery,
      },
      environment,
    };

    log('ingesting seeds/');
    await ingest([SEEDS], { driver: db.driver }, { batchSize: options.batchSize });

    if (wants('queries') || wants('soak')) {
      server = await startServerProcess({ uri: db.uri, username: db.username, password: db.password });
      log(`GraphQL server: pid ${server.pid} at ${server.url}`);
    }
    const queryOptions: QueryBenchOptions = {
      concurrency: options.concurrency,
      seconds: options.queryDurationSeconds,
      maxRequests: options.maxRequests,
      warmupSeconds: 1,
      initialWarmupSeconds: 3,
    };
    let queries: QueryBench | undefined;
    if (wants('queries')) {
      const seeds = await benchQueries('seeds', { driver: db.driver, server: server!, log }, queryOptions);
      queries = {
        inputs: QUESTION_INPUTS as unknown as QueryBench['inputs'],
        answers: { seeds: seeds.answers },
        profiles: { seeds: seeds.profiles },
        samePage: seedsSamePage(seeds.samePage),
        graphs: { seeds: seeds.graph, corpus: undefined },
        runs: seeds.runs,
      };
      result.queries = queries;
    }

    if (wants('ingest') || wants('queries')) {
      const inputs = await corpusInputs(options.corpus, options.limit);
      cleanupInputs = () => inputs.cleanup();
      log(
        `ingesting the corpus: ${
          inputs.paths.length <= 3
            ? inputs.paths.join(', ')
            : `${inputs.paths.length} files and tables from ${options.corpus}`
        }`,
      );
      const { bench } = await benchIngest(
        inputs.paths,
        { driver: db.driver, log },
        { batchSize: options.batchSize, recordTo: recorded },
      );
      log(
        `ingest: ${bench.articles} articles in ${(bench.wallMs / 1000).toFixed(1)} s = ${bench.articlesPerSecond.toFixed(1)} articles/s ` +
          `(source ${(bench.stages.sourceMs / 1000).toFixed(1)} s, extraction ${(bench.stages.extractMs / 1000).toFixed(1)} s, ` +
          `writes ${(bench.stages.loadMs / 1000).toFixed(1)} s)`,
      );
      result.ingest = bench;
    }

    if (queries) {
      const samePageSizes = Object.fromEntries(
        Object.entries(queries.samePage ?? {}).map(([name, page]) => [name, page.pageSize]),
      );
      const corpus = await benchQueries(
        'corpus',
        { driver: db.driver, server: server!, log },
        { ...queryOptions, samePageSizes },
      );
      for (const [name, page] of Object.entries(corpus.samePage) as [QuestionName, SamePage][]) {
        const entry = queries.samePage?.[name];
        if (entry) entry.corpus = { dbHits: page.dbHits, items: page.items };
      }
      queries.answers.corpus = corpus.answers;
      queries.profiles = { ...queries.profiles, corpus: corpus.profiles };
      queries.graphs.corpus = corpus.graph;
      queries.runs.push(...corpus.runs);
    }

    if (wants('soak')) {
      result.soak = await benchSoak(
        { driver: db.driver, server: server!, log },
        {
          concurrency: options.soakConcurrency,
          seconds: options.soakSeconds,
          warmupSeconds: options.soakWarmupSeconds,
        },
      );
    }
    await server?.stop();

    if (wants('ingest') && result.ingest) {
      log('raw write limit: emptying the graph, then writing the same rows with minimal UNWINDs');
      await wipeGraph(db.driver);
      result.rawWrite = await benchRawWrite(db.driver, {
        recorded,
        batchSize: options.batchSize,
        realLoadMs: result.ingest.stages.loadMs,
      });
      log(
        `raw write: ${result.rawWrite.articles} articles in ${(result.rawWrite.writeMs / 1000).toFixed(1)} s; ` +
          `the write path takes ${result.rawWrite.overhead}× as long`,
      );
    }

    if (wants('backbone')) {
      // Last: it empties the graph before each mode.
      result.backbone = await benchBackbone(
        { driver: db.driver, log },
        { corpus: options.corpus, every: options.bbcEvery ?? 4, batchSize: options.batchSize },
      );
    }

    const finishedAt = new Date();
    result.environment.machine.loadAverageAtEnd = loadAverage();
    const partial = {
      ...result,
      finishedAt: finishedAt.toISOString(),
      seconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    };
    const full: BenchResult = { ...partial, targets: checkTargets(partial) };
    await mkdir(options.out, { recursive: true });
    const stem = path.join(options.out, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}`);
    const jsonFile = `${stem}.json`;
    const markdownFile = `${stem}.md`;
    await writeFile(jsonFile, `${JSON.stringify(full, null, 2)}\n`);
    await writeFile(markdownFile, formatMarkdown(full));
    return { result: full, jsonFile, markdownFile };
  } finally {
    await cleanup();
  }
}
