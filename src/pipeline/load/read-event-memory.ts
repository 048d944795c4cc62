import type { Driver } from 'neo4j-driver';
import { runNamed } from '../../db/index.js';
import { AppError } from '../../errors.js';
import type { StoredEventIdentity } from '../extract/index.js';

/**
 * The events already in the graph with what identifies them (cypher/load/read-event-memory.cypher),
 * for `primeEventMemory` at the start of an ingest run.
 */
export async function readEventMemory(driver: Driver): Promise<StoredEventIdentity[]> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => runNamed(tx, 'load/read-event-memory'));
    return result.records.map((record) => {
      const row = record.toObject() as Record<string, unknown>;
      const text = (v: unknown) => (typeof v === 'string' ? v : '');
      const list = (v: unknown) =>
        Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
      return {
        id: text(row.id),
        family: text(row.family),
        placeId: typeof row.placeId === 'string' ? row.placeId : null,
        side: typeof row.side === 'string' ? row.side : '?',
        sufferers: list(row.sufferers),
        sides: list(row.sides),
        allies: list(row.allies),
        months: list(row.months),
        type: typeof row.type === 'string' ? row.type : null,
        reports: Number(row.reports ?? 1),
      };
    });
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code;
    if (code === 'ServiceUnavailable' || code === 'SessionExpired')
      throw new AppError(
        'DB_UNAVAILABLE',
        'Neo4j did not answer when the run read the events already in the graph; nothing was written. Start the database and rerun the same command.',
        { cause },
      );
    throw cause;
  } finally {
    await session.close();
  }
}
