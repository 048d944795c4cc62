import { readFileSync } from 'node:fs';

/** Linux reports process CPU times in clock ticks of 1/100 s (USER_HZ) on every common platform. */
export const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time and memory of one measured stretch of work. */
export interface ResourceUse {
  /** CPU seconds (user + system) of this process during the measured calls. */
  processCpuSeconds: number;
  /** CPU seconds of the helper processes during the measured calls. */
  childCpuSeconds: number;
  /** Highest resident set size of this process seen while measuring, in bytes. */
  processPeakRssBytes: number;
  /** Sum over the helper processes of their peak resident set size (VmHWM), in bytes. */
  childPeakRssBytes: number;
  /** Wall-clock seconds inside the measured calls. */
  wallSeconds: number;
  /** How many calls were measured. */
  calls: number;
}

/** What the meter reads; tests pass fakes. */
export interface MeterDeps {
  /** The helper processes to count (see `ExtractorMode.processIds`). */
  processIds: () => readonly number[];
  /** Reads a file under /proc; undefined when it is not there (another OS, a process that ended). */
  readProc?: (file: string) => string | undefined;
  cpuUsage?: () => NodeJS.CpuUsage;
  rss?: () => number;
  now?: () => number;
}

function readProcFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds (utime + stime) of a process from the text of `/proc/<pid>/stat`; the fields after the
 * command name, which may itself hold spaces and brackets, start at field 3 (state), so utime and
 * stime (fields 14 and 15) are the 12th and 13th after the last ")". Undefined when unreadable.
 */
export function cpuSecondsFromStat(stat: string | undefined): number | undefined {
  if (stat === undefined) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}

/** Peak resident set size in bytes from the text of `/proc/<pid>/status` (`VmHWM: 123 kB`). */
export function peakRssFromStatus(status: string | undefined): number | undefined {
  const kb = status === undefined ? undefined : /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
  return kb === undefined ? undefined : Number(kb) * 1024;
}

/** Measures calls: their wall time, this process's and the helper processes' CPU, and peak memory. */
export interface ResourceMeter {
  /** Runs `work` and adds its cost to the totals. */
  measure<T>(work: () => Promise<T>): Promise<T>;
  /** Looks at this process's memory now (call it between calls too, for a finer peak). */
  sample(): void;
  /** The totals so far. */
  result(): ResourceUse;
}

/**
 * A meter for one extraction mode. CPU of this process comes from `process.cpuUsage()`; that of the
 * helper processes from `/proc/<pid>/stat`, read before and after each call (a process that appears
 * during a call counts from zero). Peak memory: this process's RSS sampled after each call, and each
 * helper's own peak (VmHWM) at the end — their sum bounds the peak of the two together.
 */
export function createResourceMeter(deps: MeterDeps): ResourceMeter {
  const readProc = deps.readProc ?? readProcFile;
  const cpuUsage = deps.cpuUsage ?? (() => process.cpuUsage());
  const rss = deps.rss ?? (() => process.memoryUsage.rss());
  const now = deps.now ?? (() => performance.now());
  const seen = new Set<number>();
  let processCpu = 0;
  let childCpu = 0;
  let wall = 0;
  let calls = 0;
  let peak = 0;

  const childTimes = (): Map<number, number> => {
    const times = new Map<number, number>();
    for (const pid of deps.processIds()) {
      seen.add(pid);
      const seconds = cpuSecondsFromStat(readProc(`/proc/${pid}/stat`));
      if (seconds !== undefined) times.set(pid, seconds);
    }
    return times;
  };
  const sample = (): void => {
    peak = Math.max(peak, rss());
  };

  return {
    async measure<T>(work: () => Promise<T>): Promise<T> {
      const before = childTimes();
      const cpu = cpuUsage();
      const start = now();
      try {
        return await work();
      } finally {
        wall += now() - start;
        const used = cpuUsage();
        processCpu += (used.user - cpu.user + used.system - cpu.system) / 1e6;
        for (const [pid, seconds] of childTimes()) childCpu += seconds - (before.get(pid) ?? 0);
        calls += 1;
        sample();
      }
    },
    sample,
    result(): ResourceUse {
      let childPeak = 0;
      for (const pid of seen) childPeak += peakRssFromStatus(readProc(`/proc/${pid}/status`)) ?? 0;
      return {
        processCpuSeconds: processCpu,
        childCpuSeconds: childCpu,
        processPeakRssBytes: peak,
        childPeakRssBytes: childPeak,
        wallSeconds: wall / 1000,
        calls,
      };
    },
  };
}
