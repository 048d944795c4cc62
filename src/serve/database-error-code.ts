/** An API code and message for a failure the database reported. */
export interface DatabaseFailure {
  code: 'QUERY_TIMEOUT' | 'QUERY_TOO_LARGE';
  message: string;
}

/** Neo4j status codes (or their tails) and what the API says instead of the database's own words. */
const FAILURES: readonly { match: RegExp; failure: DatabaseFailure }[] = [
  {
    match: /TransactionTimedOut|Transaction\.Terminated|TransactionTerminated/,
    failure: {
      code: 'QUERY_TIMEOUT',
      message:
        'The query ran longer than the server allows and was stopped; ask for smaller pages, fewer nested lists or a narrower filter.',
    },
  },
  {
    match: /MemoryPoolOutOfMemory|TransactionMemoryLimit|MemoryLimitExceeded|OutOfMemory/,
    failure: {
      code: 'QUERY_TOO_LARGE',
      message:
        'The query needed more database memory than one request may use and was stopped; ask for smaller pages or fewer nested lists.',
    },
  },
];

/** The Neo4j status code anywhere in an error's cause chain (GraphQLError.originalError, AppError.cause …). */
export function neo4jStatusCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let hops = 0; hops < 8 && typeof current === 'object' && current !== null; hops += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Neo.')) return code;
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}

/**
 * The API's own code for a database failure a client caused (a deadline or memory cap hit), or undefined for
 * any other error. The database's message ("dbms.memory.transaction.total.max threshold reached") never
 * reaches the client.
 */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  const code = neo4jStatusCode(error);
  if (code === undefined) return undefined;
  return FAILURES.find((entry) => entry.match.test(code))?.failure;
}
