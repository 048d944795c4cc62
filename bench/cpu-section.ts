import type { QueryRun } from './result-types.js';

const ms = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(2));

/**
 * The "CPU per request" part of the report: for each measured cell, the GraphQL server's CPU ms per request,
 * the load client's (autocannon, in the benchmark process), the driver's on the raw side, and what HTTP and
 * GraphQL add (server − driver). Empty for results recorded without CPU times.
 */
export function cpuSection(runs: readonly QueryRun[]): string[] {
  const rows = runs.filter((run) => run.cpuMsPerRequest !== undefined);
  if (rows.length === 0) return [];
  const header = [
    'Graph',
    'Question',
    'c',
    'GraphQL server',
    'GraphQL load client',
    'raw: driver',
    'HTTP + GraphQL (server − driver)',
  ];
  const lines = rows.map((run) => {
    const cpu = run.cpuMsPerRequest ?? {};
    const added = cpu.server === undefined || cpu.driver === undefined ? undefined : cpu.server - cpu.driver;
    return `| ${[run.scale, run.question, String(run.concurrency), ms(cpu.server), ms(cpu.loadClient), ms(cpu.driver), ms(added)].join(' | ')} |`;
  });
  return [
    '### CPU per request (ms, user + system, outside Neo4j)',
    '',
    'The server process from /proc/<pid>/stat; the benchmark process (autocannon on the GraphQL side, the ' +
      'driver on the raw side) from process.cpuUsage(). Neo4j does the same work both ways, so on a machine ' +
      'whose cores are all busy the throughput ratio follows these figures.',
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    ...lines,
    '',
  ];
}
