/** A CoreNLP server started by a process lives no longer than that process, even after kill -9. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/index.js';

function alive(pid: number): boolean {
  if (!existsSync(`/proc/${pid}/stat`)) return false;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const state = stat.slice(stat.lastIndexOf(')') + 2).charAt(0);
  return state !== 'Z' && state !== 'X';
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

describe('the CoreNLP watchdog', () => {
  it('stops the JVM when the process that started it is killed with SIGKILL', async () => {
    const owner = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'support', 'own-corenlp.ts')],
      {
        cwd: PROJECT_ROOT,
        // A light pipeline: this test is about the process, not the parse.
        env: { ...process.env, CORENLP_URL: '', CORENLP_ANNOTATORS: 'tokenize,ssplit', CORENLP_HEAP: '512m' },
      },
    );
    let output = '';
    const ready = await new Promise<string>((resolve, reject) => {
      owner.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const line = /READY (\S+) ([\d ]+)\n/.exec(output);
        if (line) resolve(line[2] as string);
      });
      owner.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      owner.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
    const pids = ready.trim().split(' ').map(Number);
    const jvm = pids.find((pid) =>
      readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('StanfordCoreNLPServer'),
    );
    expect(jvm, output).toBeDefined();
    expect(readFileSync(`/proc/${jvm}/cmdline`, 'utf8')).toContain(`-Dcorenlp.owner=${owner.pid}`);

    owner.kill('SIGKILL');
    expect(await until(() => !alive(jvm as number), 60_000)).toBe(true);
  }, 300_000);
});
