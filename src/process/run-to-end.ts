import { spawn } from 'node:child_process';

/** How much of a tool's output is kept for the error (the end of it, where the failure is). */
const KEEP_CHARS = 4000;

/** What `runToEnd` says when the tool fails: the errors are the caller's, with its own codes and advice. */
export interface RunToEndOptions {
  /** Receives the kept output when the tool exits with an error. */
  log: (line: string) => void;
  /** The error when the tool cannot be started at all (not installed, not on PATH). */
  cannotRun: (cause: Error) => Error;
  /** The error when the tool exits with a code other than 0; `output` is the end of its stdout and stderr. */
  failed: (code: number | null, output: string) => Error;
}

/** Runs a build tool (`mvn`, `javac`) to its end, keeping the last few kilobytes of its output. */
export function runToEnd(command: string, args: string[], options: RunToEndOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-KEEP_CHARS);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (cause) => reject(options.cannotRun(cause)));
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      options.log(output);
      reject(options.failed(code, output));
    });
  });
}
