import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/db/index.js';
import { connectNlp, readNlpConfig, withoutParser, type NlpService } from '../src/nlp/index.js';
import { ingest, type IngestSummary } from '../src/pipeline/ingest.js';
import { readSources } from '../src/pipeline/source/index.js';
import { createExtractor, type Extractor } from '../src/pipeline/stages.js';
import { recordingClient, replayRequests, type SentRequest } from './corenlp-replay.js';
import { countWords } from './article-words.js';
import { wipeGraph } from './graph-size.js';
import { extractionSplit } from './extraction-split.js';
import { round3 } from './latency-stats.js';
import { stageTimes } from './stage-times.js';
import { sampleMemory } from './memory-sampler.js';
import { ownCpuSeconds, procCpuSeconds, procPeakRssBytes } from './process-usage.js';
import type { BackboneBench, BackboneModeRun } from './result-types.js';

export interface BackboneBenchDeps {
  driver: Driver;
  log: (line: string) => void;
}

export interface BackboneBenchOptions {
  /** The corpus folder that holds `bbc-news/<category>/*.txt`. */
  corpus: string;
  /** Every n-th article of each category, by file name (1: the whole BBC corpus). */
  every: number;
  batchSize: number;
  /** Articles analysed ahead (default: as `npm run ingest`). */
  lookahead?: number;
}

/** The BBC categories, each a folder of .txt articles. */
const CATEGORIES = ['business', 'entertainment', 'politics', 'sport', 'tech'];
/** Articles run through both extractors, unmeasured, before the measured runs (JIT, lazy tables). */
const WARM_UP = 5;

/** A stratified sample: every n-th file of each category, in name order, starting with the first. */
export async function bbcSample(corpus: string, every: number): Promise<string[]> {
  const root = path.join(corpus, 'bbc-news');
  const files: string[] = [];
  for (const category of CATEGORIES) {
    const names = (await readdir(path.join(root, category))).filter((f) => f.endsWith('.txt')).sort();
    names.forEach((name, i) => {
      if (i % every === 0) files.push(path.join(root, category, name));
    });
  }
  return files;
}

const describe = (r: BackboneModeRun): string =>
  `${r.articlesPerSecond.toFixed(1)} articles/s (${(r.wallMs / 1000).toFixed(1)} s: source ${(r.stages.sourceMs / 1000).toFixed(1)} s, ` +
  `extraction ${(r.stages.extractMs / 1000).toFixed(1)} s, resolve ${(r.stages.resolveMs / 1000).toFixed(1)} s, ` +
  `writes ${(r.stages.loadMs / 1000).toFixed(1)} s), ${r.cpuSecondsPerArticle.toFixed(3)} CPU s/article`;

async function warmUp(extractor: Extractor, files: string[]): Promise<void> {
  let done = 0;
  for await (const item of readSources(files)) {
    if (!item.ok) continue;
    await extractor.extractArticle(item.article);
    if ((done += 1) >= WARM_UP) return;
  }
}

/** One mode end to end through the real `ingest()` on an empty graph: wall, CPU (ours + the JVM's), peak RSS. */
async function runMode(
  files: string[],
  extractor: Extractor,
  deps: BackboneBenchDeps,
  options: BackboneBenchOptions,
  jvm: NlpService | undefined,
): Promise<{ run: BackboneModeRun; summary: IngestSummary }> {
  await wipeGraph(deps.driver);
  const memory = sampleMemory(100);
  const cpu0 = ownCpuSeconds();
  const jvm0 = jvm ? procCpuSeconds(jvm.pids()) : 0;
  let words = 0;
  const started = performance.now();
  const summary = await ingest(
    files,
    { driver: deps.driver, extractor, onGraph: (graph) => (words += countWords(graph.article.text)) },
    { batchSize: options.batchSize, ...(options.lookahead ? { lookahead: options.lookahead } : {}) },
  );
  const wallMs = performance.now() - started;
  const nodeCpu = ownCpuSeconds() - cpu0;
  const jvmCpu = jvm ? procCpuSeconds(jvm.pids()) - jvm0 : 0;
  const peaks = memory.stop();
  const articles = summary.read;
  const jvmPeak = jvm ? procPeakRssBytes(jvm.pids()) : 0;
  return {
    summary,
    run: {
      articles,
      words,
      written: summary.written,
      rejected: summary.rejected.length,
      wallMs: round3(wallMs),
      articlesPerSecond: round3(articles / (wallMs / 1000)),
      cpuSecondsPerArticle: round3((nodeCpu + jvmCpu) / Math.max(1, articles)),
      jvmCpuSecondsPerArticle: round3(jvmCpu / Math.max(1, articles)),
      stages: stageTimes(summary.timings),
      peakRssBytes: { process: peaks.peakRssBytes, corenlp: jvmPeak, total: peaks.peakRssBytes + jvmPeak },
    },
  };
}

/**
 * The backbone against the rules on the BBC corpus (or a stratified sample of it), end to end through
 * `ingest()` into the bench database, one mode after the other on an emptied graph, in one run, on the
 * same articles (their words counted, since a rate per article compares only articles of one length):
 *  1. `--extractor rules`; 2. `--extractor backbone` with a CoreNLP server of its own (started here,
 *     so its CPU and memory can be read from /proc; CORENLP_URL is not used), twice: on the cold JVM, then
 *     measured on the warm one, every request recorded;
 *  3. `--extractor rules` again, so that the rules' rate does not hang on going first;
 *  4. raw: the recorded requests replayed straight to that server at the same concurrency — CoreNLP's own
 *     speed on the same sentences, the limit of the backbone mode.
 * Reports articles/s of each, backbone / the faster rules run, backbone wall / raw wall (the overhead),
 * CPU per article and peak RSS (this process, and the CoreNLP JVM).
 */
export async function benchBackbone(
  deps: BackboneBenchDeps,
  options: BackboneBenchOptions,
): Promise<BackboneBench> {
  const { log } = deps;
  const files = await bbcSample(options.corpus, options.every);
  log(
    `backbone vs rules: ${files.length} BBC articles (${options.every === 1 ? 'all' : `every ${options.every}th of each category`})`,
  );
  const config = readNlpConfig(PROJECT_ROOT, { ...process.env, CORENLP_URL: '' });
  const startedJvm = performance.now();
  const nlp = await connectNlp({ config, log });
  const jvmStartMs = performance.now() - startedJvm;
  try {
    const rulesExtractor = createExtractor({ mode: 'rules' });
    await warmUp(rulesExtractor, files);
    await warmUp(createExtractor({ mode: 'backbone', nlp: nlp.client }), files);

    log('  rules mode: ingesting');
    const rules = await runMode(files, createExtractor({ mode: 'rules' }), deps, options, undefined);
    log(`  rules mode: ${describe(rules.run)}`);

    // A first backbone run warms the JVM (its JIT compiles the tagger, NER and parser while it runs;
    // CoreNLP's CPU for the same requests falls run after run at first). Measuring
    // that run against a replay on the then warm JVM would charge the JIT to the backbone mode, so it is
    // reported apart and the measured run goes second, each with a fresh extractor (no shared parse cache).
    log('  backbone mode, cold JVM: ingesting');
    const cold = await runMode(
      files,
      createExtractor({ mode: 'backbone', nlp: nlp.client }),
      deps,
      options,
      nlp,
    );
    log(`  backbone mode, cold JVM: ${describe(cold.run)}`);

    const sent: SentRequest[] = [];
    const backboneExtractor = createExtractor({ mode: 'backbone', nlp: recordingClient(nlp.client, sent) });
    log('  backbone mode, warm JVM: ingesting');
    const backbone = await runMode(files, backboneExtractor, deps, options, nlp);
    log(`  backbone mode, warm JVM: ${describe(backbone.run)}`);
    for (const [mode, run] of [
      ['rules', rules.run],
      ['backbone', backbone.run],
    ] as const) {
      const split = extractionSplit({ extractorMode: mode, stages: run.stages });
      if (split) log(`  ${split}`);
    }

    // The rules again, after the backbone: a rate that does not depend on running first (cold caches,
    // a just-emptied graph). The ratio is taken against the faster of the two rules runs.
    log('  rules mode, again: ingesting');
    const rulesAgain = await runMode(files, createExtractor({ mode: 'rules' }), deps, options, undefined);
    log(`  rules mode, again: ${describe(rulesAgain.run)}`);
    const fasterRules = Math.max(rules.run.articlesPerSecond, rulesAgain.run.articlesPerSecond);

    log(`  raw CoreNLP: replaying ${sent.length} requests`);
    const url = nlp.urls[0] as string;
    const jvm0 = procCpuSeconds(nlp.pids());
    const started = performance.now();
    await replayRequests(url, sent, config.concurrency);
    const rawMs = performance.now() - started;
    const rawCpu = procCpuSeconds(nlp.pids()) - jvm0;
    const articles = backbone.run.articles;
    const light = withoutParser(config.annotators);
    const stats = backboneExtractor.stats();
    const result: BackboneBench = {
      files: files.length,
      every: options.every,
      threads: config.threads,
      concurrency: config.concurrency,
      annotators: config.annotators,
      jvmStartMs: round3(jvmStartMs),
      rules: rules.run,
      rulesAgain: rulesAgain.run,
      backboneCold: cold.run,
      backbone: backbone.run,
      raw: {
        requests: sent.length,
        parseRequests: sent.filter((s) => s.annotators !== light).length,
        wallMs: round3(rawMs),
        articlesPerSecond: round3(articles / (rawMs / 1000)),
        cpuSecondsPerArticle: round3(rawCpu / Math.max(1, articles)),
      },
      sentences: {
        total: stats.sentences,
        selected: stats.selected,
        parsed: stats.parsed,
        fallbacks: stats.fallbacks,
      },
      ratio: round3(backbone.run.articlesPerSecond / fasterRules),
      overhead: round3(backbone.run.wallMs / rawMs),
      overheadWithoutWrites: round3((backbone.run.wallMs - backbone.run.stages.loadMs) / rawMs),
    };
    log(
      `  raw CoreNLP: ${result.raw.articlesPerSecond.toFixed(1)} articles/s; backbone / rules ${result.ratio.toFixed(3)}, ` +
        `backbone / raw ${result.overhead.toFixed(2)}× (${result.overheadWithoutWrites.toFixed(2)}× without the writes)`,
    );
    return result;
  } finally {
    await nlp.close();
  }
}
