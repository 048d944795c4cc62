import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

/**
 * A shell wrapper that runs a command and stops it when its parent goes away: the parent holds the
 * wrapper's stdin open, so if the parent dies, even by SIGKILL, `cat` returns and the command is told
 * to stop (SIGTERM). A stop that arrives while the wrapper is still starting the command is kept and
 * passed on once the command exists. The embedded Neo4j and the CoreNLP server both run under it.
 */
export const WATCHDOG_SCRIPT = `
exec 3<&0
child=
stopping=
trap 'stopping=1; [ -n "$child" ] && kill -TERM "$child" 2>/dev/null' TERM INT HUP
"$@" </dev/null &
child=$!
[ -n "$stopping" ] && kill -TERM "$child" 2>/dev/null
( cat <&3 >/dev/null; kill -TERM "$child" 2>/dev/null ) &
watcher=$!
wait "$child"; status=$?
while kill -0 "$child" 2>/dev/null; do wait "$child"; status=$?; done
kill "$watcher" 2>/dev/null
exit "$status"
`;

/**
 * Spawns `command args…` under the watchdog, tied to this process: it stops when this process exits or
 * is killed. `out` is a file descriptor for the command's stdout and stderr.
 */
export function spawnWatched(
  command: string,
  args: string[],
  options: { out: number; env?: NodeJS.ProcessEnv; name: string },
): ChildProcess {
  const stdio: StdioOptions = ['pipe', options.out, options.out];
  return spawn('bash', ['-c', WATCHDOG_SCRIPT, options.name, command, ...args], {
    env: options.env ?? process.env,
    stdio,
  });
}

/** Stops a watched child: SIGTERM, then SIGKILL after `graceMs`. Resolves once it has exited. */
export function stopWatched(child: ChildProcess, graceMs = 20_000): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const hard = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
