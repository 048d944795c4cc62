/**
 * Starts one real Neo4j for the whole test run and hands its address to the test files.
 * Order: NEO4J_URI if set; else a testcontainers Neo4j when a Docker engine answers; else the embedded
 * server (instance `test-<pid>`, started empty on free ports and deleted afterwards, so a developer's own database is never touched).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectDatabase, freePort, readDbConfig } from '../../src/db/index.js';
import { ensureSchema } from '../../src/pipeline/load/index.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  origin: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = readDbConfig({
    ...process.env,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_HEAP: process.env.NEO4J_TEST_HEAP ?? '768m',
    NEO4J_PAGECACHE: process.env.NEO4J_TEST_PAGECACHE ?? '256m',
  });
  // One instance per run, so parallel runs (two terminals, CI) never share a data folder.
  const instance = `test-${process.pid}`;
  const db = await connectDatabase({
    config,
    instance,
    fresh: true,
    order: ['docker', 'embedded'],
    log: (line) => console.log(`[test db] ${line}`),
  });
  await ensureSchema(db.driver);
  console.log(`[test db] ${db.origin} Neo4j at ${db.uri}`);
  project.provide('neo4j', { uri: db.uri, username: db.username, password: db.password, origin: db.origin });
  return async () => {
    await db.close();
    if (db.origin === 'embedded')
      await rm(path.join(config.embeddedDir, 'instances', instance), { recursive: true, force: true });
  };
}
