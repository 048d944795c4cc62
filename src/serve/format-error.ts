import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { PROJECT_ROOT } from '../db/config.js';
import { AppError, isDatabaseUnreachable, toAppError, type ErrorCode } from '../errors.js';
import { databaseFailure } from './database-error-code.js';
import { hidePaths } from './hide-paths.js';

/** Codes whose message may carry internals (Cypher, stack, driver text): replaced in production. */
const INTERNAL_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'INTERNAL',
  'QUERY_FAILED',
  'QUERY_NOT_FOUND',
  'DB_UNAVAILABLE',
  'DB_START_FAILED',
  'CONFIG_INVALID',
]);

const GENERIC_MESSAGES: Readonly<Record<string, string>> = {
  DB_UNAVAILABLE: 'The database is not reachable right now; try again shortly.',
  INTERNAL: 'Something went wrong on the server; the details are in its log.',
};

/** Errors @neo4j/graphql raises when a token is missing or invalid, or a rule forbids the operation. */
const NEO4J_GRAPHQL_CODES: Readonly<Record<string, string>> = {
  Neo4jGraphQLAuthenticationError: 'UNAUTHENTICATED',
  Neo4jGraphQLForbiddenError: 'FORBIDDEN',
  Neo4jGraphQLConstraintValidationError: 'BAD_USER_INPUT',
  Neo4jGraphQLRelationshipValidationError: 'BAD_USER_INPUT',
};

/** In development, an AppError's message with its cause's, when the message does not already say it. */
function withCause(error: AppError, production: boolean): string {
  const cause = error.cause;
  if (production || !(cause instanceof Error) || error.message.includes(cause.message)) return error.message;
  return `${error.message} (cause: ${cause.message})`;
}

/**
 * Maps every error at the edge of the API: `extensions.code` from the AppError code (or from
 * @neo4j/graphql's authentication errors, or the database's deadline and memory failures: QUERY_TIMEOUT,
 * QUERY_TOO_LARGE); in production no stack traces and no internal messages (which may hold Cypher) — the
 * original goes to `log` instead. In development too, no absolute path of the server's disk is shown.
 */
export function createFormatError(
  production: boolean,
  log: (error: unknown) => void = (error) => console.error(error),
  root: string = PROJECT_ROOT,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const format = mapError(production, log);
  return (formatted, error) => {
    const out = format(formatted, error);
    return production ? out : scrub(out, root);
  };
}

function scrub(formatted: GraphQLFormattedError, root: string): GraphQLFormattedError {
  const hidden = (value: unknown): unknown =>
    typeof value === 'string'
      ? hidePaths(value, root)
      : Array.isArray(value)
        ? value.map(hidden)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hidden(v)]))
          : value;
  return {
    ...formatted,
    message: hidePaths(formatted.message, root),
    ...(formatted.extensions === undefined
      ? {}
      : { extensions: hidden(formatted.extensions) as Record<string, unknown> }),
  };
}

function mapError(
  production: boolean,
  log: (error: unknown) => void,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const unwrapped = unwrapResolverError(error);
    // The driver's ServiceUnavailable becomes DB_UNAVAILABLE, so clients are told to try again.
    const original = isDatabaseUnreachable(unwrapped) ? toAppError(unwrapped) : unwrapped;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const failure = databaseFailure(unwrapped);
    if (failure !== undefined) {
      if (production) log(unwrapped);
      return { ...base, message: failure.message, extensions: { code: failure.code } };
    }
    if (original instanceof AppError) {
      const hidden = production && INTERNAL_CODES.has(original.code);
      if (hidden) log(original);
      const code = hidden && original.code !== 'DB_UNAVAILABLE' ? 'INTERNAL' : original.code;
      return {
        ...base,
        message: hidden
          ? (GENERIC_MESSAGES[code] ?? GENERIC_MESSAGES.INTERNAL!)
          : withCause(original, production),
        extensions: { code, ...(original.retriable ? { retriable: true } : {}) },
      };
    }
    if (isArgumentError(original)) {
      const detail = original instanceof Error ? (original.message.split('\n')[0] ?? '') : '';
      return {
        ...base,
        message: production
          ? 'An argument is out of range: limit, offset and first must be whole numbers of 0 or more.'
          : `An argument is out of range: ${detail}`,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    const name = original instanceof Error ? original.name : '';
    const neoCode =
      NEO4J_GRAPHQL_CODES[name] ?? (formatted.message === 'Unauthenticated' ? 'UNAUTHENTICATED' : undefined);
    if (neoCode !== undefined) {
      const message =
        neoCode === 'UNAUTHENTICATED'
          ? 'Unauthenticated: this operation needs a token signed with JWT_SECRET (Authorization: Bearer …); see `npm run token`.'
          : formatted.message;
      return { ...base, message, extensions: { code: neoCode } };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL';
    if (code === 'INTERNAL_SERVER_ERROR' || code === 'INTERNAL') {
      if (production) {
        log(original);
        return { ...base, message: GENERIC_MESSAGES.INTERNAL!, extensions: { code: 'INTERNAL' } };
      }
      return { ...base, extensions: { ...formatted.extensions, code: 'INTERNAL' } };
    }
    if (production) return { ...base, extensions: { code } };
    return formatted;
  };
}

/** A Neo4j error caused by a value the client sent (a negative `limit` reaches Cypher's LIMIT). */
function isArgumentError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'Neo.ClientError.Statement.ArgumentError'
  );
}
