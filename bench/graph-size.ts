import type { Driver } from 'neo4j-driver';
import { runNamed } from '../src/db/index.js';
import type { GraphSize } from './result-types.js';

/** Node and relationship counts, in all and by label (cypher/bench/graph-size.cypher). */
export async function graphSize(driver: Driver): Promise<GraphSize> {
  const session = driver.session();
  try {
    const result = await runNamed(session, 'bench/graph-size');
    const row = result.records[0];
    return {
      nodes: Number(row?.get('nodes') ?? 0),
      relationships: Number(row?.get('relationships') ?? 0),
      byLabel: Object.fromEntries(
        Object.entries((row?.get('byLabel') as Record<string, unknown> | undefined) ?? {}).map(
          ([label, n]) => [label, Number(n)],
        ),
      ),
    };
  } finally {
    await session.close();
  }
}

/** Deletes every node and relationship; constraints and indexes stay (cypher/bench/wipe.cypher). */
export async function wipeGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Auto-commit: CALL … IN TRANSACTIONS cannot run inside a transaction function.
    await runNamed(session, 'bench/wipe');
  } finally {
    await session.close();
  }
}

/**
 * Resamples every index and clears the query caches (cypher/bench/refresh-statistics.cypher), so queries
 * measured after a bulk write are planned for the graph as it now is.
 */
export async function refreshStatistics(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await runNamed(session, 'bench/refresh-statistics');
  } finally {
    await session.close();
  }
}
