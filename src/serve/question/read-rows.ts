import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { runNamed } from '../../db/run-named.js';
import { plainValue } from './plain-values.js';

/** One result row: column name → plain value. */
export type Row = Record<string, unknown>;

/** Runs a named query from `cypher/` in a read transaction and returns its rows as plain values. */
export type ReadRows = (name: string, params: Record<string, unknown>) => Promise<Row[]>;

/**
 * Reads through the driver, one read-only transaction per query: even a query text that tried to write
 * would be refused by the database.
 */
export function createReadRows(driver: Driver): ReadRows {
  return async (name, params) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => runNamed(tx, name, params));
      return result.records.map((record) => plainValue(record.toObject()) as Row);
    } finally {
      await session.close();
    }
  };
}

/** A whole number for a Cypher parameter (JS numbers travel as floats, which LIMIT refuses). */
export function cypherInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}

/** A whole number in `[min, max]`; `fallback` when the value is missing or not a finite number. */
export function clampInt(
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
