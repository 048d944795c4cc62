import { describe, expect, it } from 'vitest';
import { cpuSection } from './cpu-section.js';
import type { LoadStats, QueryRun } from './result-types.js';

const stats: LoadStats = {
  requests: 10,
  errors: 0,
  seconds: 1,
  rps: 10,
  mean: 1,
  p50: 1,
  p95: 1,
  p99: 1,
  max: 1,
};
const run = (cpu?: QueryRun['cpuMsPerRequest']): QueryRun => ({
  scale: 'seeds',
  question: 'search',
  concurrency: 16,
  graphql: stats,
  cypher: stats,
  overhead: { p50: 1, p95: 1, rps: 1 },
  ...(cpu === undefined ? {} : { cpuMsPerRequest: cpu }),
});

describe('cpuSection', () => {
  it('gives each cell its CPU per request and what HTTP and GraphQL add to the driver', () => {
    const lines = cpuSection([run({ server: 1.5, loadClient: 0.25, driver: 0.5 })]);
    expect(lines).toContain('| seeds | search | 16 | 1.50 | 0.25 | 0.50 | 1.00 |');
  });

  it('leaves a figure it could not read as a dash', () => {
    expect(cpuSection([run({ loadClient: 0.25, driver: 0.5 })])).toContain(
      '| seeds | search | 16 | – | 0.25 | 0.50 | – |',
    );
  });

  it('is empty for results recorded without CPU times', () => {
    expect(cpuSection([run()])).toEqual([]);
  });
});
