/**
 * The shape of one benchmark run, as written to `bench-results/<stamp>.json` and read back by `--compare`.
 * Times are milliseconds, memory is bytes, rates are per second, unless a name says otherwise.
 */

/** Bump when a field changes meaning, so old files are not compared as if they meant the same. */
export const RESULT_FORMAT = 'palmyra-bench/1';

/**
 * Summed wall time per stage, as `ingest()` reports it. Extraction is names (`mentionsMs`) plus facts, and
 * facts are events (`eventsMs`) then claims (`claimsMs`).
 */
export interface StageTimes {
  sourceMs: number;
  extractMs: number;
  resolveMs: number;
  loadMs: number;
  mentionsMs?: number;
  eventsMs?: number;
  claimsMs?: number;
}

export type BenchPart = 'ingest' | 'queries' | 'soak' | 'backbone';

export type QuestionName = 'whoClaimedCredit' | 'search' | 'neighbourhood' | 'timeline';

export type GraphScale = 'seeds' | 'corpus';

export interface BenchSettings {
  /** The parts that ran. */
  parts: BenchPart[];
  corpus: string;
  /** At most this many corpus articles (all when absent). */
  limit?: number;
  batchSize: number;
  /** Length of each measured query run, seconds. */
  queryDurationSeconds: number;
  /** Most requests in one measured query run. */
  maxRequests: number;
  concurrency: number[];
  soakSeconds: number;
  soakWarmupSeconds: number;
  soakConcurrency: number;
  /** TCP_NODELAY on the driver's sockets (on unless NEO4J_TCP_NODELAY=0; see src/db/tcp-nodelay.ts). */
  tcpNoDelay: boolean;
  /** The backbone part: every n-th article of each BBC category (1: all). */
  bbcEvery?: number;
}

export interface Environment {
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    os: string;
    arch: string;
    hostname: string;
    /**
     * 1, 5 and 15-minute load averages when the run started and ended. Above the number of CPUs, other
     * work competed with the benchmark and its numbers are pessimistic.
     */
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
  };
  versions: {
    node: string;
    neo4j: string;
    neo4jEdition: string;
    packages: Record<string, string>;
  };
  git: { commit: string; dirty: boolean };
  database: { origin: string; heap: string; pageCache: string };
}

/** Node and relationship counts of the graph a measurement ran on. */
export interface GraphSize {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
}

/** What many timed calls of one operation came to. Latencies in milliseconds. */
export interface LoadStats {
  requests: number;
  /** Failed requests: transport errors, timeouts, non-2xx answers, GraphQL `errors`, thrown queries. */
  errors: number;
  /** The first failure, for finding the cause. */
  errorSample?: string;
  seconds: number;
  rps: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface MemoryPoint {
  /** Articles done when the sample was taken. */
  articles: number;
  rssBytes: number;
  heapUsedBytes: number;
}

export interface IngestBench {
  inputs: string[];
  batchSize: number;
  /** Articles read and extracted. */
  articles: number;
  /** Words in the articles read (bench/article-words.ts); absent in results written before it was counted. */
  words?: number;
  written: number;
  rejected: number;
  rejectedByCode: Record<string, number>;
  /** Wall time of `ingest()`, minus the benchmark's own instrumentation (see `instrumentationMs`). */
  wallMs: number;
  /** Time the benchmark itself took inside the run: recording each graph for the raw write, forced GCs. */
  instrumentationMs: number;
  articlesPerSecond: number;
  /** The extractor mode the corpus went through (`rules` unless the run chose the backbone). */
  extractorMode?: string;
  /**
   * Summed wall time per stage, as `ingest()` reports it. Extraction is names (`mentionsMs`) plus facts, and
   * facts are events (`eventsMs`) then claims (`claimsMs`).
   */
  stages: StageTimes;
  /** Articles per second each stage alone would allow. */
  stageRates: { source: number; extract: number; resolve: number; load: number };
  memory: {
    peakRssBytes: number;
    peakHeapUsedBytes: number;
    samples: number;
    /** Heap still in use after a forced GC at each quarter of the run: what the run retains. */
    retainedHeap: MemoryPoint[];
    /** Last quarter's retained heap over the first quarter's. 1.0 is flat. */
    retainedHeapGrowth: number;
  };
  graph: GraphSize;
}

export interface RawWriteBench {
  articles: number;
  batches: number;
  batchSize: number;
  /** Time of the minimal UNWIND writes alone (rows prepared beforehand, untimed). */
  writeMs: number;
  /** Untimed above: flattening the captured graphs to rows with `toLoadRows`. */
  prepareMs: number;
  articlesPerSecond: number;
  rows: Record<string, number>;
  /** The real write path's time in the ingest run (`timings.load`). */
  realLoadMs: number;
  /** realLoadMs / writeMs: how much the real write path costs over the bare writes. */
  overhead: number;
  graph: GraphSize;
}

export interface QueryRun {
  scale: GraphScale;
  question: QuestionName;
  concurrency: number;
  /** Through HTTP + GraphQL, load from another process than the server. */
  graphql: LoadStats;
  /** The same named queries through the driver, no GraphQL. */
  cypher: LoadStats;
  /** graphql / cypher, for p50 and p95 latency; cypher / graphql for requests per second. */
  overhead: { p50: number; p95: number; rps: number };
  /**
   * CPU time per request (user + system, ms) of the processes outside Neo4j: the GraphQL server's (from
   * /proc/<pid>/stat) and the benchmark's own while autocannon sent the GraphQL requests, and the benchmark's
   * own while it ran the raw side through the driver. Neo4j's work is the same both ways; `server − driver`
   * is what HTTP and GraphQL add to each request.
   */
  cpuMsPerRequest?: { server?: number; loadClient?: number; driver?: number };
}

/** One question asked for the same page size on both graphs, under PROFILE. */
export interface SamePageProfile {
  pageSize: number;
  seeds?: { dbHits: number; items: number };
  corpus?: { dbHits: number; items: number };
}

export interface QueryBench {
  inputs: Record<QuestionName, Record<string, unknown>>;
  /** How many items each answer held on each graph (through GraphQL, and rows of the last raw query). */
  answers: Partial<Record<GraphScale, Record<QuestionName, { graphql: number; cypher: number }>>>;
  /** Each question once under PROFILE on each graph: named queries run and database hits. */
  profiles?: Partial<Record<GraphScale, Record<QuestionName, { queries: number; dbHits: number }>>>;
  /**
   * Each question once more under PROFILE on each graph, asking on both for a page of the size the seeds
   * graph answered with its default page (`pageSize` items; a neighbourhood of that many nodes): what a page
   * of equal size costs on each graph.
   */
  samePage?: Partial<Record<QuestionName, SamePageProfile>>;
  graphs: Record<GraphScale, GraphSize | undefined>;
  runs: QueryRun[];
}

export interface SoakBench {
  graph: GraphSize;
  concurrency: number;
  seconds: number;
  warmupSeconds: number;
  stats: LoadStats;
  /** Server process RSS (from /proc/<pid>/status) right after warm-up and at the end. */
  rssAfterWarmupBytes: number;
  rssEndBytes: number;
  /** rssEnd / rssAfterWarmup − 1. */
  rssGrowth: number;
  /** Server heap in use after a forced GC, after warm-up and at the end. */
  heapAfterWarmupBytes: number;
  heapEndBytes: number;
  rssSamples: { second: number; rssBytes: number }[];
}

/** One extractor mode end to end through `ingest()` (bench/backbone-bench.ts). */
export interface BackboneModeRun {
  articles: number;
  /** Words in the articles read (bench/article-words.ts); absent in results written before it was counted. */
  words?: number;
  written: number;
  rejected: number;
  wallMs: number;
  articlesPerSecond: number;
  /** This process's CPU and the CoreNLP JVM's, per article. */
  cpuSecondsPerArticle: number;
  jvmCpuSecondsPerArticle: number;
  /** As `IngestBench.stages`: extraction is names (`mentionsMs`, waiting for the parses included) plus events and claims. */
  stages: StageTimes;
  /** Peaks: this process (sampled every 100 ms) and the CoreNLP JVM (VmHWM; 0 in the rules mode). */
  peakRssBytes: { process: number; corenlp: number; total: number };
}

export interface BackboneBench {
  /** BBC articles ingested in each mode. */
  files: number;
  /** Every n-th article of each BBC category (1: all 2,225). */
  every: number;
  /** The CoreNLP server's threads, and the requests kept in flight. */
  threads: number;
  concurrency: number;
  annotators: string;
  /** Starting the CoreNLP server (models loaded); not in any rate. */
  jvmStartMs: number;
  rules: BackboneModeRun;
  /** The rules mode run again after the backbone (absent in older results); `ratio` takes the faster. */
  rulesAgain?: BackboneModeRun;
  /** The backbone mode's first run, on a JVM that has not yet compiled CoreNLP's hot code (absent in older results). */
  backboneCold?: BackboneModeRun;
  /** The backbone mode on the warm JVM: the run every backbone ratio is taken from. */
  backbone: BackboneModeRun;
  /** The backbone mode's requests replayed straight to CoreNLP: its own speed on the same sentences. */
  raw: {
    requests: number;
    /** Requests with the dependency parser (the others: tagging and NER only). */
    parseRequests: number;
    wallMs: number;
    articlesPerSecond: number;
    cpuSecondsPerArticle: number;
  };
  sentences: { total: number; selected: number; parsed: number; fallbacks: Record<string, number> };
  /** backbone articles/s ÷ rules articles/s (the faster of the two rules runs). */
  ratio: number;
  /** backbone wall ÷ raw wall: the backbone mode's cost over CoreNLP's own. */
  overhead: number;
  /** (backbone wall − its database writes) ÷ raw wall: the same without the writes, which the rules mode pays too. */
  overheadWithoutWrites: number;
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  /** null when the run did not measure it. */
  met: boolean | null;
}

export interface BenchResult {
  format: typeof RESULT_FORMAT;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  /** The command line that produced it. */
  command: string;
  settings: BenchSettings;
  environment: Environment;
  ingest?: IngestBench;
  rawWrite?: RawWriteBench;
  queries?: QueryBench;
  soak?: SoakBench;
  /** The backbone against the rules on the BBC corpus (bench/backbone-bench.ts). */
  backbone?: BackboneBench;
  targets: TargetCheck[];
}
