import { summarise } from './latency-stats.js';
import type { LoadStats } from './result-types.js';
import type { LoadLimits } from './graphql-load.js';

/**
 * Runs `task` from `concurrency` loops at once, each starting its next call when the last one ends (a closed
 * loop, like autocannon's connections), until `seconds` pass or `maxRequests` calls were made. Every call's
 * time is kept; a call that throws counts as an error.
 */
export async function closedLoop(task: () => Promise<unknown>, limits: LoadLimits): Promise<LoadStats> {
  const latencies: number[] = [];
  let errors = 0;
  let errorSample: string | undefined;
  let issued = 0;
  const started = performance.now();
  const deadline = started + limits.seconds * 1000;
  let lastEnd = started;
  const loop = async () => {
    while (issued < limits.maxRequests && performance.now() < deadline) {
      issued += 1;
      const begin = performance.now();
      try {
        await task();
      } catch (error) {
        errors += 1;
        errorSample ??= error instanceof Error ? error.message.slice(0, 300) : String(error);
      }
      lastEnd = performance.now();
      latencies.push(lastEnd - begin);
    }
  };
  await Promise.all(Array.from({ length: limits.concurrency }, loop));
  return summarise(latencies, (lastEnd - started) / 1000, errors, errorSample);
}
