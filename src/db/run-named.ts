import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isRetriableError, type QueryResult, type RecordShape } from 'neo4j-driver';
import { AppError } from '../errors.js';
import { PROJECT_ROOT } from './config.js';

/** Anything that runs Cypher: a neo4j Session, Transaction or ManagedTransaction. */
export interface QueryRunner {
  run(
    query: string,
    parameters?: Record<string, unknown>,
  ): PromiseLike<QueryResult<RecordShape>> | Promise<QueryResult<RecordShape>>;
}

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const NAME = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;
const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, read once. Names are like `query/who-claimed-credit`. */
export function namedQueryText(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!NAME.test(name)) {
    throw new AppError(
      'QUERY_NOT_FOUND',
      `"${name}" is not a query name; use lower-case words like "query/search".`,
    );
  }
  let text: string;
  try {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
  } catch (cause) {
    throw new AppError(
      'QUERY_NOT_FOUND',
      `No file cypher/${name}.cypher. List the folder for the query names.`,
      {
        cause,
      },
    );
  }
  cache.set(name, text);
  return text;
}

const sentCache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher` as it is sent to Neo4j: without its whole-line `//` comments, blank lines
 * and indentation, read once. The driver writes a query's text with every run; the files' comments would
 * otherwise be a third of each question's bytes on the wire.
 */
export function sentQueryText(name: string): string {
  const cached = sentCache.get(name);
  if (cached !== undefined) return cached;
  const text = namedQueryText(name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
  sentCache.set(name, text);
  return text;
}

/**
 * The statements of a file that holds several, separated by a `;` at the end of a line
 * (schema files: one constraint or index per statement).
 */
export function namedStatements(name: string): string[] {
  return namedQueryText(name)
    .split(/;\s*$/m)
    .map((statement) =>
      statement
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}

/**
 * Runs the named query from `cypher/` with parameters. Failures carry the query name, except transient
 * ones (a deadlock, the server restarting or out of reach): those are rethrown as the driver's own error,
 * so that a managed transaction (`executeRead`/`executeWrite`) recognises them and retries with back-off.
 */
export async function runNamed(
  runner: QueryRunner,
  name: string,
  parameters: Record<string, unknown> = {},
): Promise<QueryResult<RecordShape>> {
  const text = sentQueryText(name);
  try {
    return await runner.run(text, parameters);
  } catch (cause) {
    if (isRetriableError(cause)) throw cause;
    throw new AppError('QUERY_FAILED', `Cypher query ${name} failed: ${(cause as Error).message}`, {
      cause,
      details: { query: name },
    });
  }
}
