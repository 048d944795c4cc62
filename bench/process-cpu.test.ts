import { describe, expect, it } from 'vitest';
import { ownCpuMs, perRequest, processCpuMs } from './process-cpu.js';

describe('process CPU time', () => {
  it("reads this process's CPU time from /proc, close to Node's own figure", async () => {
    let spin = 0;
    const until = Date.now() + 50;
    while (Date.now() < until) spin += 1;
    expect(spin).toBeGreaterThan(0);
    const fromProc = await processCpuMs(process.pid);
    // /proc counts in 10 ms ticks.
    expect(fromProc).toBeGreaterThan(0);
    expect(Math.abs((fromProc ?? 0) - ownCpuMs())).toBeLessThan(100);
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
