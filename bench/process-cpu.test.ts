import { describe, expect, it } from 'vitest';
import { ownCpuMs, perRequest, processCpuMs } from './process-cpu.js';

describe('process CPU time', () => {
  it("reads this process's CPU time from /proc, growing with the CPU it spends, close to Node's own figure", async () => {
    const before = await processCpuMs(process.pid);
    const start = ownCpuMs();
    // Spend 80 ms of CPU (not wall time, which a busy machine would stretch).
    while (ownCpuMs() - start < 80) Math.sqrt(Math.random());
    const after = await processCpuMs(process.pid);
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    // /proc counts in 10 ms ticks.
    expect((after ?? 0) - (before ?? 0)).toBeGreaterThanOrEqual(60);
    expect(Math.abs((after ?? 0) - ownCpuMs())).toBeLessThan(100);
  });

  it('gives nothing for a process that does not exist', async () => {
    expect(await processCpuMs(2 ** 30)).toBeUndefined();
  });

  it.each([
    [100, 40, 2.5],
    [undefined, 40, undefined],
    [100, 0, undefined],
  ])('%s ms over %i requests is %s ms per request', (ms, requests, expected) => {
    expect(perRequest(ms, requests)).toBe(expected);
  });
});
