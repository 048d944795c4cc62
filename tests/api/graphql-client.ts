/** Helpers for the API tests: run operations on the real schema, count the graph. */
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { readRows } from '../support/database.js';

/** Runs an operation on the schema as the server would (empty context: no token). */
export async function run<T = Record<string, unknown>>(
  schema: GraphQLSchema,
  source: string,
  variableValues: Record<string, unknown> = {},
): Promise<ExecutionResult<T>> {
  return (await graphql({ schema, source, variableValues, contextValue: {} })) as ExecutionResult<T>;
}

/** Runs an operation and fails the test with the errors when there are any. */
export async function data<T = Record<string, unknown>>(
  schema: GraphQLSchema,
  source: string,
  variableValues: Record<string, unknown> = {},
): Promise<T> {
  const result = await run<T>(schema, source, variableValues);
  if (result.errors?.length) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.data as T;
}

/** Node and relationship counts with a checksum of ids, to prove a request changed nothing. */
export async function graphFingerprint(driver: Driver): Promise<string> {
  const [row] = await readRows<{ nodes: unknown; relationships: unknown; ids: unknown }>(
    driver,
    `CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(coalesce(n.id, ''))) AS ids }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN nodes, relationships, ids`,
  );
  return `${String(row?.nodes)} nodes, ${String(row?.relationships)} relationships, id length ${String(row?.ids)}`;
}

/** Inputs that must neither fail nor change anything. */
export const HOSTILE_INPUTS: readonly [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\n '],
  ['a quote', '"'],
  ['Lucene wildcards', '~*?'],
  ['Lucene operators', 'AND OR NOT'],
  ['a Cypher injection', "') MATCH (n) DETACH DELETE n //"],
  ['a Cypher injection with braces', '"}) DETACH DELETE n RETURN 1 //'],
  ['Lucene field syntax', 'name:* OR title:[a TO z]'],
  ['a 10k-character string', 'Palmyra '.repeat(1250)],
  ['control characters', 'Pal\u0000my\u0007ra\u001b[31m\u202e'],
  ['unbalanced brackets', '((([[[{{{'],
  ['a backslash', '\\'],
];
