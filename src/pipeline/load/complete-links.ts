import neo4j, { type Driver } from 'neo4j-driver';
import { runNamed } from '../../db/index.js';

/**
 * Makes the PART_OF and LOCATED_IN links that waited for their state or country to be written
 * (`cypher/load/complete-links.cypher`), and returns how many it made. `ingest` calls it at the end of
 * every run and every shard, so one run over a corpus and N shards written at once end in the same graph.
 * Runs in one write transaction, retried by the driver on a transient error (a deadlock with another
 * shard finishing at the same moment).
 */
export async function completeLinks(driver: Driver): Promise<number> {
  const session = driver.session();
  try {
    const result = await session.executeWrite((tx) => runNamed(tx, 'load/complete-links'));
    const made: unknown = result.records[0]?.get('made');
    return neo4j.isInt(made) ? made.toNumber() : Number(made ?? 0);
  } finally {
    await session.close();
  }
}
