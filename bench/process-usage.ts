import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** User + system CPU seconds of these processes so far, read from /proc (a process gone counts 0). */
export function procCpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone, or no /proc
    }
  }
  return ticks / TICKS;
}

/** The largest peak resident set (VmHWM) among these processes, in bytes. */
export function procPeakRssBytes(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb = Math.max(kb, Number(hwm?.[1] ?? 0));
    } catch {
      // gone, or no /proc
    }
  }
  return kb * 1024;
}

/** This process's user + system CPU seconds so far. */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
