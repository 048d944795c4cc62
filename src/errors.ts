/**
 * The one error class of the application. Every failure carries a code (what went wrong, for
 * machines), a message (what to do next, for people) and, where there is one, the cause.
 */
export const ERROR_CODES = {
  // Configuration and database
  CONFIG_INVALID: 'A setting is missing or malformed.',
  DB_UNAVAILABLE: 'No Neo4j could be reached or started.',
  DB_START_FAILED: 'The embedded Neo4j did not start.',
  DB_PORT_IN_USE: 'A port the embedded Neo4j needs is taken.',
  DB_LOCKED: 'The embedded Neo4j data folder is in use by another process.',
  PROVISION_FAILED: 'Neo4j could not be provisioned from Maven Central.',
  QUERY_NOT_FOUND: 'A named Cypher query does not exist in cypher/.',
  QUERY_FAILED: 'A named Cypher query failed.',
  // Linguistic backbone (Stanford CoreNLP)
  NLP_UNAVAILABLE: 'No CoreNLP server could be reached or started.',
  NLP_START_FAILED: 'The CoreNLP server did not start.',
  NLP_PROVISION_FAILED: 'CoreNLP could not be provisioned from Maven Central.',
  NLP_REQUEST_FAILED: 'A request to a CoreNLP server failed.',
  // Pipeline
  SOURCE_UNREADABLE: 'An input file could not be read.',
  SOURCE_REJECTED: 'An input file was read but is not a usable article.',
  EXTRACT_FAILED: 'Extraction failed on an article.',
  LOAD_FAILED: 'Writing an article to the graph failed.',
  // API
  BAD_USER_INPUT: 'An argument to the API is not acceptable.',
  UNAUTHENTICATED: 'The request needs a valid token.',
  INTERNAL: 'An unexpected failure.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface AppErrorOptions {
  cause?: unknown;
  /** Extra machine-readable details (file, line, port …). */
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details ?? {};
  }

  /** True where trying again later may succeed (the database was briefly away). */
  get retriable(): boolean {
    return this.code === 'DB_UNAVAILABLE' || isTransientNeo4jError(this.cause);
  }
}

/** Normalises anything thrown into an AppError. Never throws. */
export function toAppError(error: unknown, fallback: ErrorCode = 'INTERNAL'): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnreachable(error)) {
    return new AppError('DB_UNAVAILABLE', 'The database is not reachable right now; try again shortly.', {
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(fallback, message, { cause: error });
}

/** The driver's own error when Neo4j is out of reach (stopped, restarting, network gone). */
export function isDatabaseUnreachable(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/** Neo4j driver errors that a retry can cure (leader switch, restart, deadlock). */
export function isTransientNeo4jError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.') ||
    code === 'Neo.ClientError.Cluster.NotALeader'
  );
}
