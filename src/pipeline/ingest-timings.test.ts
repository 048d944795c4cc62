import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../paths.js';
import { ingest } from './ingest.js';
import { createExtractor } from './stages.js';
import type { Extractor } from './stages.js';

const SEEDS = path.join(PROJECT_ROOT, 'seeds');

/** A rules extractor whose name finding takes `cost` ms of a clock that only it moves. */
function costlyNames(cost: number, clock: { now: number }): Extractor {
  const rules = createExtractor({ mode: 'rules' });
  return {
    ...rules,
    analyse: (article, options) => {
      clock.now += cost;
      return rules.analyse(article, options);
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// Ingests the five seeds without a database; loading the tables takes seconds.
describe('ingest timings with an extractor', { timeout: 120_000 }, () => {
  it('counts the names found ahead in rules mode as name time', async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    const summary = await ingest([SEEDS], { extractor: costlyNames(1000, clock) });
    expect(summary.read).toBe(5);
    expect(summary.timings.mentions).toBe(5000);
  });
});
