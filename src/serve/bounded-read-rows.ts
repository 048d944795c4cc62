import neo4j, { isRetriableError, type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { runNamed } from '../db/run-named.js';
import { plainValue } from './question/plain-values.js';
import type { ReadRows, Row } from './question/read-rows.js';
import { skipStackCapture } from './skip-stack-capture.js';

/** Runs a named query from `cypher/` and hands back the driver's records as they come. */
export type ReadRecords = (name: string, params: Record<string, unknown>) => Promise<Neo4jRecord[]>;

const BACKOFF_MS = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How the API reads a named query: one auto-commit transaction in a READ session (Neo4j refuses any write in
 * it with Neo.ClientError.Statement.AccessMode), with a deadline: Neo4j stops the transaction after
 * `timeoutMs` and the request fails with QUERY_TIMEOUT instead of holding a worker until the database's own
 * 60 s limit. A transient failure (the per-transaction memory cap, a leader switch) is tried again after a
 * short pause while the deadline leaves time for it. One query is one message to Neo4j and one answer: no
 * BEGIN and COMMIT round trips around it, as a managed transaction would send. The driver's per-query stack
 * trace is not captured (src/serve/skip-stack-capture.ts).
 */
export function createRecordReader(driver: Driver, timeoutMs: number): ReadRecords {
  return async (name, params) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      const timeout = Math.max(1, deadline - Date.now());
      try {
        const result = await runNamed(
          { run: (text, values) => skipStackCapture(() => session.run(text, values, { timeout })) },
          name,
          params,
        );
        return result.records;
      } catch (error) {
        if (!isRetriableError(error) || deadline - Date.now() < 2 * BACKOFF_MS) throw error;
      } finally {
        await session.close();
      }
      await sleep(BACKOFF_MS);
    }
  };
}

/** The question resolvers' reader: {@link createRecordReader}, each row converted to plain values. */
export function createBoundedReadRows(driver: Driver, timeoutMs: number): ReadRows {
  const read = createRecordReader(driver, timeoutMs);
  return async (name, params) =>
    (await read(name, params)).map((record) => plainValue(record.toObject()) as Row);
}
