/**
 * Runs a CLI of src/cli as a child process the way a user does, but as ONE process (`node --import tsx`,
 * not the `tsx` wrapper that forks a second one), so that a SIGKILL reaches the process that holds the
 * database connection.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/db/index.js';

/** How a CLI run ended, with everything it printed. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A CLI run in progress. */
export interface CliRun {
  child: ChildProcess;
  /** Settles when the process has exited. */
  done: Promise<CliResult>;
}

/** Starts `src/cli/<script>` with `args`; `env` is added to the test's environment. */
export function startCli(script: string, args: string[], env: Record<string, string>): CliRun {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli', script), ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_ENV: 'test', DEBUG: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs `npm run ingest -- <args>` against the database named in `env` and waits for it to end. */
export function runIngest(args: string[], env: Record<string, string>): Promise<CliResult> {
  return startCli('ingest.ts', args, env).done;
}

/** The `Rejected` lines of an ingest summary: file → `[CODE] reason`. */
export function rejections(stdout: string): Map<string, string> {
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => /^Rejected \(\d+\):$/.test(line));
  const out = new Map<string, string>();
  if (start === -1) return out;
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(.+?): (\[[A-Z_]+\] .*)$/.exec(line);
    if (m === null) break;
    out.set(m[1]!, m[2]!);
  }
  return out;
}
