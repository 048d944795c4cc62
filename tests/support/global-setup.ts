/**
 * Starts one real Neo4j and one Stanford CoreNLP server for the whole test run and hands their addresses
 * to the test files (CoreNLP: CORENLP_URL if set, else provisioned into .corenlp/ and started on loopback).
 * Order: NEO4J_URI if set; else a testcontainers Neo4j when a Docker engine answers; else the embedded
 * server (instance `test-<pid>`, started empty on free ports and deleted afterwards, so a developer's own database is never touched).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectDatabase, freePort, readDbConfig } from '../../src/db/index.js';
import { ensureSchema } from '../../src/pipeline/load/index.js';
import { connectNlp, readNlpConfig } from '../../src/nlp/index.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  origin: string;
}

/** The linguistic backbone the integration tests use: CORENLP_URL if set, else one started for the run. */
export interface TestCoreNlp {
  urls: string[];
  origin: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    corenlp: TestCoreNlp;
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
  // Loading CoreNLP's models (20-60 s) overlaps the database start.
  const nlpStarting = connectNlp({
    config: readNlpConfig(path.resolve(import.meta.dirname, '..', '..'), {
      ...process.env,
      CORENLP_HEAP: process.env.CORENLP_TEST_HEAP ?? '2g',
    }),
    log: (line) => console.log(`[test nlp] ${line}`),
  });
  // Never left unhandled while the database starts; awaited below.
  nlpStarting.catch(() => undefined);
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
  let nlp: Awaited<typeof nlpStarting>;
  try {
    nlp = await nlpStarting;
  } catch (error) {
    await db.close();
    throw error;
  }
  console.log(`[test nlp] ${nlp.origin} CoreNLP at ${nlp.urls.join(', ')}`);
  project.provide('corenlp', { urls: nlp.urls, origin: nlp.origin });
  // Commands the tests spawn (npm start, ingest) use this server instead of starting one each.
  process.env.CORENLP_URL = nlp.urls.join(',');
  return async () => {
    await nlp.close();
    await db.close();
    if (db.origin === 'embedded')
      await rm(path.join(config.embeddedDir, 'instances', instance), { recursive: true, force: true });
  };
}
