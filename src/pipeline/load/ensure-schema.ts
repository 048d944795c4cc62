import type { Driver } from 'neo4j-driver';
import { namedStatements, runNamed } from '../../db/index.js';

/**
 * Creates the graph's constraints and indexes (idempotent), migrates whole numbers stored as floats to
 * integers, and waits until the indexes are online.
 */
export async function ensureSchema(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of namedStatements('schema/constraints')) await session.run(statement);
    for (const statement of namedStatements('schema/integer-properties')) await session.run(statement);
    await runNamed(session, 'schema/await-indexes');
  } finally {
    await session.close();
  }
}
