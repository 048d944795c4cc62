/**
 * The test files' way to the real database started by global-setup.ts. Each file gets its own driver
 * (closed after the file by setup-file.ts). No mocks: every query reaches Neo4j.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { makeDriver, PROJECT_ROOT } from '../../src/db/index.js';
import type { IngestSummary } from '../../src/pipeline/ingest.js';

let driver: Driver | undefined;

/** A driver connected to the test database. */
export function testDriver(): Driver {
  if (!driver) {
    const { uri, username, password } = inject('neo4j');
    driver = makeDriver(uri, username, password);
  }
  return driver;
}

/** Closes this file's driver; called after each file. */
export async function closeTestDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}

/** The five seed articles. */
export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

/** Runs the real pipeline over seeds/ (idempotent: a second call writes nothing). */
export async function ingestSeeds(db: Driver = testDriver()): Promise<IngestSummary> {
  // Imported here so that tests of the database and load stage don't load the extractor.
  const { ingest } = await import('../../src/pipeline/ingest.js');
  return ingest([SEEDS_DIR], { driver: db });
}

/** Runs a read query and returns plain objects. */
export async function readRows<T = Record<string, unknown>>(
  db: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const result = await db.executeQuery(query, params, { routing: 'READ' });
  return result.records.map((record) => record.toObject() as T);
}
