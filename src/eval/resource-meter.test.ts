import { describe, expect, it } from 'vitest';
import { cpuSecondsFromStat, createResourceMeter, peakRssFromStatus } from './resource-meter.js';

/** A /proc/<pid>/stat line with the given utime and stime (clock ticks); the name holds a space and a bracket. */
function stat(utime: number, stime: number): string {
  const after = [
    'S',
    '1',
    '1',
    '1',
    '0',
    '-1',
    '0',
    '0',
    '0',
    '0',
    '0',
    String(utime),
    String(stime),
    '0',
    '0',
  ];
  return `4242 (java (pool) x) ${after.join(' ')}`;
}

describe('cpuSecondsFromStat', () => {
  it.each<[string, string | undefined, number | undefined]>([
    ['utime + stime in 1/100 s', stat(150, 50), 2],
    ['a command name with spaces and brackets', stat(1, 0), 0.01],
    ['an unreadable file', undefined, undefined],
    ['a truncated line', '4242 (java) S 1', undefined],
  ])('reads %s', (_case, text, seconds) => {
    expect(cpuSecondsFromStat(text)).toBe(seconds);
  });
});

describe('peakRssFromStatus', () => {
  it.each<[string | undefined, number | undefined]>([
    ['Name:\tjava\nVmHWM:\t  2048 kB\nVmRSS:\t 1024 kB\n', 2048 * 1024],
    ['Name:\tjava\n', undefined],
    [undefined, undefined],
  ])('reads the peak from %j', (text, bytes) => {
    expect(peakRssFromStatus(text)).toBe(bytes);
  });
});

describe('createResourceMeter', () => {
  it('adds this process’s and the helpers’ CPU inside the measured calls only, and their peaks', async () => {
    let ticks = 100;
    let micros = 0;
    let clock = 0;
    let rss = 100;
    const meter = createResourceMeter({
      processIds: () => [7],
      readProc: (file) => (file.endsWith('/stat') ? stat(ticks, 0) : 'VmHWM:\t 4096 kB\n'),
      cpuUsage: () => ({ user: micros, system: 0 }),
      rss: () => rss,
      now: () => clock,
    });
    const call = (): Promise<string> => {
      ticks += 30; // 0.3 s of helper CPU
      micros += 200_000; // 0.2 s of our CPU
      clock += 500;
      rss += 50;
      return Promise.resolve('graph');
    };
    expect(await meter.measure(call)).toBe('graph');
    ticks += 1000; // helper work outside a call does not count
    micros += 5_000_000;
    rss = 120;
    await meter.measure(call);
    const use = meter.result();
    expect(use.calls).toBe(2);
    expect(use.processCpuSeconds).toBeCloseTo(0.4);
    expect(use.childCpuSeconds).toBeCloseTo(0.6);
    expect(use.wallSeconds).toBeCloseTo(1);
    expect(use.processPeakRssBytes).toBe(170);
    expect(use.childPeakRssBytes).toBe(4096 * 1024);
  });

  it('counts a call that throws, and passes the error on', async () => {
    const meter = createResourceMeter({ processIds: () => [], readProc: () => undefined });
    await expect(meter.measure(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(meter.result().calls).toBe(1);
    expect(meter.result().childCpuSeconds).toBe(0);
  });
});
