import neo4j, { type Driver } from 'neo4j-driver';
import { runNamed } from '../db/run-named.js';
import { plainValue } from './question/plain-values.js';
import type { ReadRows, Row } from './question/read-rows.js';

/**
 * Like the question resolvers' own reader (one read-only transaction per named query), with a deadline: Neo4j
 * stops the transaction after `timeoutMs` and the request fails with QUERY_TIMEOUT instead of holding a worker
 * until the database's own 60 s limit.
 */
export function createBoundedReadRows(driver: Driver, timeoutMs: number): ReadRows {
  return async (name, params) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => runNamed(tx, name, params), { timeout: timeoutMs });
      return result.records.map((record) => plainValue(record.toObject()) as Row);
    } finally {
      await session.close();
    }
  };
}
