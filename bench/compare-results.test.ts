import { describe, expect, it } from 'vitest';
import { compareResults, flattenMetrics } from './compare-results.js';
import { RESULT_FORMAT, type BenchResult, type LoadStats } from './result-types.js';

function stats(p95: number, rps: number): LoadStats {
  return { requests: 100, errors: 0, seconds: 1, rps, mean: p95 / 2, p50: p95 / 2, p95, p99: p95, max: p95 };
}

function result(articlesPerSecond: number, graphqlP95: number): BenchResult {
  return {
    format: RESULT_FORMAT,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:10:00.000Z',
    seconds: 600,
    command: 'npm run bench',
    settings: {
      parts: ['ingest', 'queries'],
      corpus: '/corpus',
      batchSize: 50,
      queryDurationSeconds: 4,
      maxRequests: 20000,
      concurrency: [16],
      soakSeconds: 60,
      soakWarmupSeconds: 10,
      soakConcurrency: 64,
      tcpNoDelay: false,
    },
    environment: {
      machine: {
        cpus: 2,
        cpuModel: 'cpu',
        memoryBytes: 1,
        os: 'Linux',
        arch: 'x64',
        hostname: 'h',
        loadAverageAtStart: [0, 0, 0],
      },
      versions: { node: 'v20', neo4j: '5.26.0', neo4jEdition: 'community', packages: {} },
      git: { commit: 'abcdef', dirty: false },
      database: { origin: 'embedded', heap: '1g', pageCache: '512m' },
    },
    ingest: {
      inputs: ['/corpus'],
      batchSize: 50,
      articles: 100,
      written: 100,
      rejected: 0,
      rejectedByCode: {},
      wallMs: 1000,
      instrumentationMs: 0,
      articlesPerSecond,
      stages: { sourceMs: 1, extractMs: 1, resolveMs: 1, loadMs: 1 },
      stageRates: { source: 1, extract: 1, resolve: 1, load: 1 },
      memory: {
        peakRssBytes: 2 ** 20,
        peakHeapUsedBytes: 2 ** 20,
        samples: 1,
        retainedHeap: [],
        retainedHeapGrowth: 1,
      },
      graph: { nodes: 1, relationships: 1, byLabel: {} },
    },
    queries: {
      inputs: { whoClaimedCredit: {}, search: {}, neighbourhood: {}, timeline: {} },
      answers: {},
      graphs: { seeds: undefined, corpus: undefined },
      runs: [
        {
          scale: 'corpus',
          question: 'search',
          concurrency: 16,
          graphql: stats(graphqlP95, 100),
          cypher: stats(10, 200),
          overhead: { p50: graphqlP95 / 10, p95: graphqlP95 / 10, rps: 2 },
        },
      ],
    },
    targets: [],
  };
}

describe('flattenMetrics', () => {
  it('names each query metric by graph, question, concurrency and side', () => {
    const metrics = flattenMetrics(result(200, 20));
    expect(metrics.get('corpus search c=16 GraphQL p95')).toEqual({ value: 20, better: 'lower', unit: 'ms' });
    expect(metrics.get('corpus search c=16 Cypher req/s')).toEqual({
      value: 200,
      better: 'higher',
      unit: '/s',
    });
    expect(metrics.get('ingest articles/s')).toEqual({ value: 200, better: 'higher', unit: '/s' });
  });

  it('leaves out the parts a run did not measure', () => {
    const { ingest: _ingest, ...withoutIngest } = result(200, 20);
    expect([...flattenMetrics(withoutIngest).keys()].some((name) => name.startsWith('ingest'))).toBe(false);
  });
});

describe('compareResults', () => {
  const rowOf = (table: string, metric: string) =>
    table.split('\n').find((line) => line.startsWith(`| ${metric} |`)) ?? '';

  it('gives B / A and calls a faster ingest and a lower latency better', () => {
    const table = compareResults(result(100, 40), result(200, 20));
    expect(rowOf(table, 'ingest articles/s')).toBe(
      '| ingest articles/s | 100.00 /s | 200.00 /s | 2.00× | better |',
    );
    expect(rowOf(table, 'corpus search c=16 GraphQL p95')).toBe(
      '| corpus search c=16 GraphQL p95 | 40.00 ms | 20.00 ms | 0.50× | better |',
    );
  });

  it('calls a slower run worse, and a change within 5% neither', () => {
    const table = compareResults(result(200, 20), result(100, 20.5));
    expect(rowOf(table, 'ingest articles/s')).toMatch(/0\.50× \| worse \|$/);
    expect(rowOf(table, 'corpus search c=16 GraphQL p95')).toMatch(/1\.02× \| {2}\|$/);
  });

  it('warns when the runs were on different machines', () => {
    const other = result(200, 20);
    other.environment.machine.cpus = 8;
    expect(compareResults(result(200, 20), other)).toContain('different machines');
  });
});
