import { backboneMarkdown } from './backbone-report.js';
import { cpuSection } from './cpu-section.js';
import { extractionSplit } from './extraction-split.js';
import type {
  BenchResult,
  GraphScale,
  GraphSize,
  LoadStats,
  QuestionName,
  SamePageProfile,
} from './result-types.js';

/** "1.2" with a fixed number of decimals; "–" for a missing or non-finite number. */
export function num(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

const oneLine = (text: string): string => text.replace(/[`\r\n]+/g, ' ');
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const graph = (size: GraphSize | undefined): string =>
  size === undefined
    ? '–'
    : `${size.nodes.toLocaleString('en')} nodes, ${size.relationships.toLocaleString('en')} relationships ` +
      `(${Object.entries(size.byLabel)
        .map(([label, count]) => `${count.toLocaleString('en')} ${label}`)
        .join(', ')})`;

/** A Markdown table: a header row and rows of cells (pipes in cells are escaped). */
export function table(header: string[], rows: string[][]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const latencyCells = (stats: LoadStats): string[] => [
  num(stats.p50),
  num(stats.p95),
  num(stats.p99),
  num(stats.rps, 0),
  String(stats.errors),
];

/** The whole result as a Markdown report: environment, targets, then one section per benchmark. */
export function formatMarkdown(result: BenchResult): string {
  const { machine, versions, git, database } = result.environment;
  const out: string[] = [];
  out.push(`# Benchmark ${result.startedAt}`, '');
  out.push(`Command: \`${result.command}\` (${num(result.seconds / 60)} min)`, '');
  out.push(
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB, ` +
      `${machine.os} ${machine.arch}. Node ${versions.node}, Neo4j ${versions.neo4j} ${versions.neo4jEdition} ` +
      `(${database.origin}, heap ${database.heap}, page cache ${database.pageCache}). ` +
      `Commit ${git.commit.slice(0, 12)}${git.dirty ? ' with uncommitted changes' : ''}. ` +
      `Load average (1/5/15 min) ${machine.loadAverageAtStart.join(' / ')} at start` +
      `${machine.loadAverageAtEnd ? `, ${machine.loadAverageAtEnd.join(' / ')} at end` : ''}` +
      `${Math.max(...machine.loadAverageAtStart, ...(machine.loadAverageAtEnd ?? [])) > machine.cpus ? ' — other work competed with this run' : ''}.`,
    '',
    `TCP_NODELAY on the driver's sockets: ${result.settings.tcpNoDelay ? 'on (src/db/tcp-nodelay.ts)' : 'off (NEO4J_TCP_NODELAY=0, driver default)'}.`,
    '',
    `Packages: ${Object.entries(versions.packages)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
    '',
  );

  out.push('## Targets', '');
  out.push(
    table(
      ['Target', 'Goal', 'Measured', 'Met'],
      result.targets.map((t) => [t.name, t.target, t.measured, t.met === null ? '–' : t.met ? 'yes' : 'NO']),
    ),
    '',
  );

  if (result.ingest) {
    const i = result.ingest;
    out.push('## Ingestion', '');
    out.push(
      `Inputs: ${i.inputs.join(', ')}; batch size ${i.batchSize}. Graph after: ${graph(i.graph)}.`,
      '',
    );
    out.push(
      table(
        [
          'Articles',
          'Rejected',
          'Wall',
          'Articles/s',
          'Source',
          'Extraction',
          'Resolution',
          'DB writes',
          'Peak RSS',
          'Peak heap',
        ],
        [
          [
            String(i.articles),
            String(i.rejected),
            seconds(i.wallMs),
            num(i.articlesPerSecond),
            `${seconds(i.stages.sourceMs)} (${num(i.stageRates.source, 0)}/s)`,
            `${seconds(i.stages.extractMs)} (${num(i.stageRates.extract, 0)}/s)`,
            `${seconds(i.stages.resolveMs ?? 0)} (${num(i.stageRates.resolve ?? 0, 0)}/s)`,
            `${seconds(i.stages.loadMs)} (${num(i.stageRates.load, 0)}/s)`,
            mb(i.memory.peakRssBytes),
            mb(i.memory.peakHeapUsedBytes),
          ],
        ],
      ),
      '',
    );
    out.push(
      `Heap retained after a forced GC, by articles done: ${i.memory.retainedHeap
        .map((point) => `${point.articles} → ${mb(point.heapUsedBytes)}`)
        .join(', ')} (last quarter / first: ${num(i.memory.retainedHeapGrowth, 2)}×). ` +
        `Benchmark instrumentation (graph recording, forced GCs) took ${seconds(i.instrumentationMs)}, not counted.`,
      '',
    );
    const split = extractionSplit(i);
    if (split !== undefined) out.push(split, '');
    if (Object.keys(i.rejectedByCode).length > 0) {
      out.push(
        `Rejected by code: ${Object.entries(i.rejectedByCode)
          .map(([code, n]) => `${code} ${n}`)
          .join(', ')}.`,
        '',
      );
    }
  }

  if (result.rawWrite) {
    const r = result.rawWrite;
    out.push('## Write path vs raw UNWIND', '');
    out.push(
      `The same ${r.articles} articles' rows, ${r.batches} transactions of ${r.batchSize} articles, written by one minimal ` +
        `UNWIND per kind (cypher/bench/raw-*.cypher) into an empty graph. Rows: ${Object.entries(r.rows)
          .map(([kind, n]) => `${n} ${kind}`)
          .join(', ')}.`,
      '',
    );
    out.push(
      table(
        ['Write', 'Time', 'Articles/s'],
        [
          [
            'Real write path (load stage, during ingestion)',
            seconds(r.realLoadMs),
            num(r.realLoadMs > 0 ? r.articles / (r.realLoadMs / 1000) : Number.NaN),
          ],
          ['Raw UNWIND (rows prepared beforehand)', seconds(r.writeMs), num(r.articlesPerSecond)],
          ['Overhead (real / raw)', `${num(r.overhead, 2)}×`, ''],
        ],
      ),
      '',
    );
    out.push(`Preparing the rows (toLoadRows, untimed above) took ${seconds(r.prepareMs)}.`, '');
  }

  if (result.backbone) out.push(...backboneMarkdown(result.backbone, result.ingest));

  if (result.queries) {
    const q = result.queries;
    out.push('## Queries', '');
    out.push(
      `GraphQL: HTTP POSTs from the benchmark process (autocannon) to the server in its own process on 127.0.0.1. ` +
        `Cypher: the same named queries from cypher/query/ through the driver. Latency in ms; ` +
        `${result.settings.queryDurationSeconds} s (at most ${result.settings.maxRequests} requests) per cell after a 1 s warm-up, ` +
        `and 3 s per question and side at concurrency 16 before the first cell of each graph.`,
      '',
    );
    for (const [scale, size] of Object.entries(q.graphs)) out.push(`- ${scale} graph: ${graph(size)}`);
    out.push(
      '',
      `Inputs: ${Object.entries(q.inputs)
        .map(([name, input]) => `${name} ${JSON.stringify(input)}`)
        .join('; ')}.`,
      '',
    );
    out.push(
      `Answer sizes (items through GraphQL / through raw Cypher): ${Object.entries(q.answers)
        .map(
          ([scale, answers]) =>
            `${scale}: ${Object.entries(answers ?? {})
              .map(([name, a]) => `${name} ${a.graphql}/${a.cypher}`)
              .join(', ')}`,
        )
        .join('; ')}.`,
      '',
    );
    const profiles = q.profiles ?? {};
    const profiled = Object.keys(profiles.seeds ?? profiles.corpus ?? {}) as QuestionName[];
    if (profiled.length > 0) {
      out.push(
        'Database hits per question (each question asked once with PROFILE in front of its named queries), and ' +
          'per item of the answer (its items; a neighbourhood’s nodes): a page the seeds graph cannot fill costs ' +
          'less there for that reason alone.',
        '',
        table(
          [
            'Question',
            'Cypher queries',
            'db hits, seeds',
            'db hits, corpus',
            'corpus / seeds',
            'per item, seeds',
            'per item, corpus',
            'per item, corpus / seeds',
          ],
          profiled.map((name) => {
            const seeds = profiles.seeds?.[name];
            const corpus = profiles.corpus?.[name];
            const perItem = (hits: number | undefined, scale: GraphScale): number | undefined => {
              const items = q.answers[scale]?.[name]?.cypher;
              return hits === undefined || items === undefined || items === 0 ? undefined : hits / items;
            };
            const seedsPerItem = perItem(seeds?.dbHits, 'seeds');
            const corpusPerItem = perItem(corpus?.dbHits, 'corpus');
            return [
              name,
              String(corpus?.queries ?? seeds?.queries ?? '–'),
              String(seeds?.dbHits ?? '–'),
              String(corpus?.dbHits ?? '–'),
              seeds && corpus && seeds.dbHits > 0 ? `${(corpus.dbHits / seeds.dbHits).toFixed(2)}×` : '–',
              seedsPerItem === undefined ? '–' : seedsPerItem.toFixed(1),
              corpusPerItem === undefined ? '–' : corpusPerItem.toFixed(1),
              seedsPerItem && corpusPerItem ? `${(corpusPerItem / seedsPerItem).toFixed(2)}×` : '–',
            ];
          }),
        ),
        '',
      );
    }
    const samePage = Object.entries(q.samePage ?? {}) as [QuestionName, SamePageProfile][];
    if (samePage.length > 0) {
      out.push(
        'The same questions asking both graphs for a page of equal size: the number of items the seeds graph ' +
          'answers with the default page (a neighbourhood: that many nodes). This is the flat-cost target: a ' +
          'page of the same size should cost the same on both graphs.',
        '',
        table(
          [
            'Question',
            'Page size',
            'db hits, seeds',
            'items, seeds',
            'db hits, corpus',
            'items, corpus',
            'corpus / seeds',
          ],
          samePage.map(([name, page]) => [
            name,
            String(page.pageSize),
            String(page.seeds?.dbHits ?? '–'),
            String(page.seeds?.items ?? '–'),
            String(page.corpus?.dbHits ?? '–'),
            String(page.corpus?.items ?? '–'),
            page.seeds && page.corpus && page.seeds.dbHits > 0
              ? `${(page.corpus.dbHits / page.seeds.dbHits).toFixed(2)}×`
              : '–',
          ]),
        ),
        '',
      );
    }
    out.push(
      table(
        [
          'Graph',
          'Question',
          'c',
          'GQL p50',
          'GQL p95',
          'GQL p99',
          'GQL req/s',
          'GQL err',
          'Cypher p50',
          'Cypher p95',
          'Cypher p99',
          'Cypher req/s',
          'Cypher err',
          'GQL/Cypher p95',
        ],
        q.runs.map((run) => [
          run.scale,
          run.question,
          String(run.concurrency),
          ...latencyCells(run.graphql),
          ...latencyCells(run.cypher),
          `${num(run.overhead.p95, 2)}×`,
        ]),
      ),
      '',
    );
    out.push(...cpuSection(q.runs));
    const seeds = q.runs.filter((run) => run.scale === 'seeds');
    const scaleRows = seeds.flatMap((small) => {
      const big = q.runs.find(
        (run) =>
          run.scale === 'corpus' && run.question === small.question && run.concurrency === small.concurrency,
      );
      return big === undefined
        ? []
        : [
            [
              small.question,
              String(small.concurrency),
              num(small.graphql.p95),
              num(big.graphql.p95),
              `${num(big.graphql.p95 / small.graphql.p95, 2)}×`,
              num(small.cypher.p95),
              num(big.cypher.p95),
              `${num(big.cypher.p95 / small.cypher.p95, 2)}×`,
            ],
          ];
    });
    if (scaleRows.length > 0) {
      out.push('### Scale: seeds graph vs whole corpus (p95, ms)', '');
      out.push(
        table(
          [
            'Question',
            'c',
            'GQL seeds',
            'GQL corpus',
            'GQL growth',
            'Cypher seeds',
            'Cypher corpus',
            'Cypher growth',
          ],
          scaleRows,
        ),
        '',
      );
    }
  }

  if (result.soak) {
    const s = result.soak;
    out.push('## Soak', '');
    out.push(
      `All four questions in turn over GraphQL, concurrency ${s.concurrency}, ${s.seconds} s after a ${s.warmupSeconds} s ` +
        `warm-up, on ${graph(s.graph)}. Server RSS from /proc/<pid>/status.`,
      '',
    );
    out.push(
      table(
        [
          'Requests',
          'Errors',
          'p50',
          'p95',
          'p99',
          'req/s',
          'RSS after warm-up',
          'RSS at end',
          'Growth',
          'Heap after GC',
        ],
        [
          [
            String(s.stats.requests),
            String(s.stats.errors),
            num(s.stats.p50),
            num(s.stats.p95),
            num(s.stats.p99),
            num(s.stats.rps, 0),
            mb(s.rssAfterWarmupBytes),
            mb(s.rssEndBytes),
            `${num(s.rssGrowth * 100)}%`,
            `${mb(s.heapAfterWarmupBytes)} → ${mb(s.heapEndBytes)}`,
          ],
        ],
      ),
      '',
    );
    if (s.stats.errorSample) out.push(`First error: \`${oneLine(s.stats.errorSample)}\``, '');
  }

  const errorSamples: string[] = [];
  for (const run of result.queries?.runs ?? []) {
    for (const [side, stats] of [
      ['GraphQL', run.graphql],
      ['Cypher', run.cypher],
    ] as const) {
      if (stats.errorSample !== undefined) {
        errorSamples.push(
          `- ${run.scale} ${run.question} c=${run.concurrency} ${side}: \`${oneLine(stats.errorSample)}\``,
        );
      }
    }
  }
  if (errorSamples.length > 0) out.push('## First error of each failing cell', '', ...errorSamples, '');
  return out.join('\n');
}
