import { readFile } from 'node:fs/promises';
import { AppError } from '../src/errors.js';
import { num, table } from './report-markdown.js';
import { RESULT_FORMAT, type BenchResult, type LoadStats } from './result-types.js';

/** One comparable number of a run, and which way is better. */
export interface Metric {
  value: number;
  better: 'lower' | 'higher';
  unit: string;
}

function addStats(into: Map<string, Metric>, prefix: string, stats: LoadStats): void {
  into.set(`${prefix} p50`, { value: stats.p50, better: 'lower', unit: 'ms' });
  into.set(`${prefix} p95`, { value: stats.p95, better: 'lower', unit: 'ms' });
  into.set(`${prefix} p99`, { value: stats.p99, better: 'lower', unit: 'ms' });
  into.set(`${prefix} req/s`, { value: stats.rps, better: 'higher', unit: '/s' });
  into.set(`${prefix} errors`, { value: stats.errors, better: 'lower', unit: '' });
}

/** Every number of a run that can be set beside the same number of another run, by a stable name. */
export function flattenMetrics(result: BenchResult): Map<string, Metric> {
  const metrics = new Map<string, Metric>();
  const { ingest, rawWrite, queries, soak } = result;
  if (ingest) {
    metrics.set('ingest articles/s', { value: ingest.articlesPerSecond, better: 'higher', unit: '/s' });
    metrics.set('ingest source articles/s', {
      value: ingest.stageRates.source,
      better: 'higher',
      unit: '/s',
    });
    metrics.set('ingest extraction articles/s', {
      value: ingest.stageRates.extract,
      better: 'higher',
      unit: '/s',
    });
    metrics.set('ingest DB writes articles/s', {
      value: ingest.stageRates.load,
      better: 'higher',
      unit: '/s',
    });
    metrics.set('ingest peak RSS', {
      value: ingest.memory.peakRssBytes / 2 ** 20,
      better: 'lower',
      unit: 'MB',
    });
    metrics.set('ingest peak heap', {
      value: ingest.memory.peakHeapUsedBytes / 2 ** 20,
      better: 'lower',
      unit: 'MB',
    });
    metrics.set('ingest retained heap growth', {
      value: ingest.memory.retainedHeapGrowth,
      better: 'lower',
      unit: '×',
    });
  }
  if (rawWrite) {
    metrics.set('raw UNWIND articles/s', { value: rawWrite.articlesPerSecond, better: 'higher', unit: '/s' });
    metrics.set('write path / raw UNWIND', { value: rawWrite.overhead, better: 'lower', unit: '×' });
  }
  for (const run of queries?.runs ?? []) {
    const prefix = `${run.scale} ${run.question} c=${run.concurrency}`;
    addStats(metrics, `${prefix} GraphQL`, run.graphql);
    addStats(metrics, `${prefix} Cypher`, run.cypher);
    metrics.set(`${prefix} GraphQL/Cypher p95`, { value: run.overhead.p95, better: 'lower', unit: '×' });
  }
  if (soak) {
    addStats(metrics, 'soak', soak.stats);
    metrics.set('soak server RSS growth', { value: soak.rssGrowth * 100, better: 'lower', unit: '%' });
  }
  return metrics;
}

/**
 * A Markdown table of every metric two runs share: A, B, and B / A, marked better or worse when they differ
 * by more than 5%.
 */
export function compareResults(a: BenchResult, b: BenchResult, names: [string, string] = ['A', 'B']): string {
  const before = flattenMetrics(a);
  const after = flattenMetrics(b);
  const rows: string[][] = [];
  for (const [name, metric] of before) {
    const other = after.get(name);
    if (other === undefined) continue;
    const change = metric.value === 0 ? (other.value === 0 ? 1 : Number.NaN) : other.value / metric.value;
    const verdict =
      !Number.isFinite(change) || Math.abs(change - 1) <= 0.05
        ? ''
        : change < 1 === (metric.better === 'lower')
          ? 'better'
          : 'worse';
    rows.push([
      name,
      `${num(metric.value, 2)} ${metric.unit}`,
      `${num(other.value, 2)} ${metric.unit}`,
      `${num(change, 2)}×`,
      verdict,
    ]);
  }
  const describe = (result: BenchResult) =>
    `${result.startedAt}, commit ${result.environment.git.commit.slice(0, 12)}${result.environment.git.dirty ? '+' : ''}, ` +
    `${result.environment.machine.cpus} CPUs ${result.environment.machine.cpuModel}` +
    `${result.settings.tcpNoDelay ? ', TCP_NODELAY' : ''}, \`${result.command}\``;
  const lines = [`- ${names[0]}: ${describe(a)}`, `- ${names[1]}: ${describe(b)}`, ''];
  if (
    a.environment.machine.cpuModel !== b.environment.machine.cpuModel ||
    a.environment.machine.cpus !== b.environment.machine.cpus
  ) {
    lines.push('Warning: the two runs were on different machines; ratios mix hardware and code.', '');
  }
  if (rows.length === 0) lines.push('The two runs share no metric (did they run different parts?).');
  else lines.push(table(['Metric', names[0], names[1], `${names[1]} / ${names[0]}`, ''], rows));
  return lines.join('\n');
}

/** Reads a results file written by `npm run bench`. */
export async function readResultFile(file: string): Promise<BenchResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new AppError(
      'CONFIG_INVALID',
      `Cannot read ${file} as a benchmark result (JSON from npm run bench).`,
      {
        cause,
      },
    );
  }
  const format = (parsed as { format?: unknown }).format;
  if (format !== RESULT_FORMAT) {
    throw new AppError(
      'CONFIG_INVALID',
      `${file} is not a benchmark result of format ${RESULT_FORMAT} (found ${JSON.stringify(format)}); compare files written by this version of npm run bench.`,
    );
  }
  return parsed as BenchResult;
}
