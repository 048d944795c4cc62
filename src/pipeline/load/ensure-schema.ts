import type { Driver } from 'neo4j-driver';
import { namedStatements, runNamed } from '../../db/index.js';

/** Creates the graph's constraints and indexes (idempotent) and waits until they are online. */
export async function ensureSchema(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of namedStatements('schema/constraints')) await session.run(statement);
    await runNamed(session, 'schema/await-indexes');
  } finally {
    await session.close();
  }
}
