import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnWatched, stopWatched } from './watchdog.js';

const exitOf = (child: ReturnType<typeof spawnWatched>) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** The first child of a watchdog shell: the watched command (Linux /proc). */
function commandPid(watchdogPid: number): number | undefined {
  const children = readFileSync(`/proc/${watchdogPid}/task/${watchdogPid}/children`, 'utf8');
  return children.split(/\s+/).filter(Boolean).map(Number)[0];
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

async function started(watchdogPid: number): Promise<number> {
  for (;;) {
    const pid = commandPid(watchdogPid);
    if (pid !== undefined) return pid;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('spawnWatched', () => {
  it('stops the command when its owner’s end of the pipe closes, as when the owner is killed', async () => {
    const out = openSync('/dev/null', 'w');
    const child = spawnWatched('sleep', ['600'], { out, name: 'test-watchdog' });
    closeSync(out);
    const sleeper = await started(child.pid ?? 0);
    const exited = exitOf(child);
    child.stdin?.end();
    await exited;
    expect(alive(sleeper)).toBe(false);
  });

  it('passes the command’s exit status on', async () => {
    const out = openSync('/dev/null', 'w');
    const child = spawnWatched('sh', ['-c', 'exit 4'], { out, name: 'test-watchdog' });
    closeSync(out);
    expect(await exitOf(child)).toBe(4);
  });
});

describe('stopWatched', () => {
  it('stops the command and resolves once it has exited', async () => {
    const out = openSync('/dev/null', 'w');
    const child = spawnWatched('sleep', ['600'], { out, name: 'test-watchdog' });
    closeSync(out);
    const sleeper = await started(child.pid ?? 0);
    await stopWatched(child);
    expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
    expect(alive(sleeper)).toBe(false);
  });

  it('stops the command even when the stop comes before the wrapper has started it', async () => {
    const marker = `600.${process.pid}${Date.now() % 1000}`;
    const sleepers = () =>
      readdirSync('/proc')
        .filter((name) => /^\d+$/.test(name))
        .filter((pid) => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, 'utf8') === `sleep\0${marker}\0`;
          } catch {
            return false;
          }
        })
        .map(Number)
        .filter(alive);
    for (let i = 0; i < 20; i += 1) {
      const out = openSync('/dev/null', 'w');
      const child = spawnWatched('sleep', [marker], { out, name: 'test-watchdog' });
      closeSync(out);
      await stopWatched(child);
    }
    expect(sleepers()).toEqual([]);
  });

  it('resolves at once for a command that has already exited', async () => {
    const out = openSync('/dev/null', 'w');
    const child = spawnWatched('true', [], { out, name: 'test-watchdog' });
    closeSync(out);
    await exitOf(child);
    await expect(stopWatched(child)).resolves.toBeUndefined();
  });
});
