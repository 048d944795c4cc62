/**
 * The embedded server's life cycle, as a user meets it: start, a second start, a hard kill of the
 * process that started it, and a restart that finds the data still there. Runs only where the
 * embedded server is the way the tests got their database (no NEO4J_URI, no Docker).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, makeDriver, PROJECT_ROOT, readDbConfig } from '../../src/db/index.js';

const INSTANCE = `lifecycle-${process.pid}-${Date.now()}`;
const config = readDbConfig();
const instanceDir = path.join(config.embeddedDir, 'instances', INSTANCE);

/** The java processes running the instance under test (not the shell watchdog around them). */
function neo4jProcesses(): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,comm,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => {
    const words = line.trim().split(/\s+/);
    return words[1] === 'java' && words.includes(`--home-dir=${instanceDir}`);
  });
}

function runCli(script: string, env: Record<string, string>): ChildProcessWithoutNullStreams {
  // One process (no tsx wrapper), so a kill reaches the process that owns the database.
  return spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'cli', script)], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_INSTANCE: INSTANCE,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '128m',
      ...env,
    },
  });
}

/** Resolves with everything printed once `pattern` appears; rejects if the process exits first. */
function waitFor(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve(output);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}:\n${output}`)));
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

const embedded = inject('neo4j').origin === 'embedded';

describe.runIf(embedded)('the embedded Neo4j', () => {
  afterAll(() => {
    for (const line of neo4jProcesses()) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
    rmSync(instanceDir, { recursive: true, force: true });
  });

  it('keeps its data across a hard kill of its owner and leaves no Neo4j process behind', async () => {
    const ports = { NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HTTP_PORT: String(await freePort()) };
    const first = runCli('db.ts', ports);
    const banner = await waitFor(first, /Press Ctrl-C/);
    expect(banner).toContain(`bolt://127.0.0.1:${ports.NEO4J_BOLT_PORT}`);
    expect(neo4jProcesses(), neo4jProcesses().join('\n')).toHaveLength(1);

    const passwordFile = path.join(instanceDir, 'password');
    const password = readFileSync(passwordFile, 'utf8').trim();
    const driver = makeDriver(`bolt://127.0.0.1:${ports.NEO4J_BOLT_PORT}`, 'neo4j', password);
    await driver.executeQuery("CREATE (:LifecycleProbe {note: 'kept'})");
    await driver.close();

    // A second start on the same folder attaches to the running server and harms nothing.
    const second = await exited(runCli('db.ts', ports));
    expect(second.code).toBe(0);
    expect(second.output).toContain('already running');
    expect(neo4jProcesses(), neo4jProcesses().join('\n')).toHaveLength(1);

    first.kill('SIGKILL');
    expect(await until(() => neo4jProcesses().length === 0, 150_000)).toBe(true);

    const again = runCli('db.ts', ports);
    await waitFor(again, /Press Ctrl-C/);
    const reopened = makeDriver(`bolt://127.0.0.1:${ports.NEO4J_BOLT_PORT}`, 'neo4j', password);
    const { records } = await reopened.executeQuery('MATCH (p:LifecycleProbe) RETURN p.note AS note');
    await reopened.close();
    expect(records.map((r) => r.get('note') as string)).toEqual(['kept']);

    again.kill('SIGINT');
    expect(await until(() => neo4jProcesses().length === 0, 150_000)).toBe(true);
  }, 480_000);

  it('keeps the password file readable by its owner only', () => {
    const mode = execFileSync('stat', ['-c', '%a', path.join(instanceDir, 'password')], {
      encoding: 'utf8',
    }).trim();
    expect(mode).toBe('600');
  });

  it('refuses to start on a port another program holds, and says which', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const result = await exited(
        runCli('db.ts', { NEO4J_BOLT_PORT: String(port), NEO4J_HTTP_PORT: String(await freePort()) }),
      );
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`Port ${port} is in use`);
      expect(result.output).toContain('NEO4J_URI');
    } finally {
      blocker.close();
    }
  });
});

describe('npm start', () => {
  it('fails at once with a clear message when its port is taken (a second npm start)', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const result = await exited(runCli('start.ts', { PORT: String(port) }));
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`Port ${port} is in use`);
      expect(result.output).toContain('npm start');
    } finally {
      blocker.close();
    }
  });
});
