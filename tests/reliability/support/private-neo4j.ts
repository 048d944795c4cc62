/**
 * An embedded Neo4j of a test file's own (its own instance folder and free ports), for tests that wipe the
 * graph, crash the database or restart it: the shared test database is never touched. It is started in the
 * test process through `connectDatabase`, so the embedded server's watchdog stops it even if the test
 * process dies. `crash()` kills the Java process hard (SIGKILL), as a power cut or the OOM killer would.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connectDatabase, freePort, makeDriver, readDbConfig, type Database } from '../../../src/db/index.js';
import { ensureSchema } from '../../../src/pipeline/load/index.js';

export interface PrivateNeo4j {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly boltPort: number;
  readonly instanceDir: string;
  /** A driver of the test's own, kept across restarts (it reconnects by itself). */
  readonly driver: Driver;
  /** The environment a child CLI needs to use this database (and nothing else). */
  cliEnv(): Record<string, string>;
  /** Kills the Java process with SIGKILL and waits until it is gone. */
  crash(): Promise<void>;
  /** Stops the server cleanly. */
  stop(): Promise<void>;
  /** Starts it again on the same ports, with the data it had. */
  start(): Promise<void>;
  /** Deletes every node and relationship (this instance only). */
  wipe(): Promise<void>;
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>;
}

/** The PIDs of the Java processes serving `instanceDir`. */
export function javaPids(instanceDir: string): number[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes('CommunityEntryPoint') && line.includes(`--home-dir=${instanceDir} `))
    .filter((line) => /^\s*\d+\s+java\s/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

/** Starts an empty embedded Neo4j named `reliability-<name>-<pid>` with the graph's constraints. */
export async function startPrivateNeo4j(name: string): Promise<PrivateNeo4j> {
  const instance = `reliability-${name}-${process.pid}`;
  const config = readDbConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_HEAP: process.env.NEO4J_TEST_HEAP ?? '512m',
    NEO4J_PAGECACHE: process.env.NEO4J_TEST_PAGECACHE ?? '128m',
  });
  const instanceDir = path.join(config.embeddedDir, 'instances', instance);
  // A password that begins with '-', as one in 64 generated ones does: the start must not take it for an option.
  await mkdir(instanceDir, { recursive: true });
  await writeFile(path.join(instanceDir, 'password'), `-${randomBytes(12).toString('base64url')}\n`, {
    mode: 0o600,
  });
  const open = (fresh: boolean): Promise<Database> =>
    connectDatabase({ config, instance, fresh, order: ['embedded'], log: () => undefined });

  let db: Database | undefined = await open(true);
  const first = db;
  await ensureSchema(first.driver);
  const driver = makeDriver(first.uri, first.username, first.password);

  const stop = async (): Promise<void> => {
    const current = db;
    db = undefined;
    await current?.close();
  };
  return {
    uri: first.uri,
    username: first.username,
    password: first.password,
    boltPort: config.boltPort,
    instanceDir,
    driver,
    cliEnv: () => ({
      NEO4J_URI: first.uri,
      NEO4J_USERNAME: first.username,
      NEO4J_PASSWORD: first.password,
    }),
    crash: async () => {
      for (const pid of javaPids(instanceDir)) process.kill(pid, 'SIGKILL');
      if (!(await until(() => javaPids(instanceDir).length === 0, 30_000))) {
        throw new Error(`Neo4j of ${instanceDir} survived SIGKILL`);
      }
      // The server is gone; closing only lets go of its driver and watchdog.
      await stop();
    },
    stop,
    start: async () => {
      if (db !== undefined) return;
      db = await open(false);
    },
    wipe: async () => {
      await driver.executeQuery('MATCH (n) DETACH DELETE n');
    },
    destroy: async () => {
      await driver.close();
      await stop();
      for (const pid of javaPids(instanceDir)) process.kill(pid, 'SIGKILL');
      await rm(instanceDir, { recursive: true, force: true });
    },
  };
}
