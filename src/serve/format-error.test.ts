import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { createFormatError } from './format-error.js';

/** What Apollo hands formatError for an error thrown in a resolver. */
function fromResolver(original: Error): { formatted: GraphQLError; error: GraphQLError } {
  const error = new GraphQLError(original.message, { originalError: original, path: ['search'] });
  return { formatted: error, error };
}

describe('createFormatError', () => {
  it('gives the AppError code as extensions.code with its message', () => {
    const { formatted, error } = fromResolver(new AppError('BAD_USER_INPUT', 'limit must be 1..100'));
    expect(createFormatError(false)(formatted.toJSON(), error)).toMatchObject({
      message: 'limit must be 1..100',
      path: ['search'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('hides a failed query (which may quote Cypher) in production, and logs it', () => {
    const logged: unknown[] = [];
    const original = new AppError(
      'QUERY_FAILED',
      'Cypher query query/search failed: Invalid input MATCH (n)',
    );
    const { formatted, error } = fromResolver(original);
    const result = createFormatError(true, (e) => logged.push(e))(formatted.toJSON(), error);
    expect(result.extensions).toEqual({ code: 'INTERNAL' });
    expect(result.message).not.toMatch(/MATCH|Cypher/);
    expect(logged).toEqual([original]);
  });

  it('keeps the message of a failed query in development', () => {
    const { formatted, error } = fromResolver(
      new AppError('QUERY_FAILED', 'Cypher query query/search failed'),
    );
    expect(createFormatError(false)(formatted.toJSON(), error)).toMatchObject({
      message: 'Cypher query query/search failed',
      extensions: { code: 'QUERY_FAILED' },
    });
  });

  it('maps @neo4j/graphql "Unauthenticated" to UNAUTHENTICATED with a hint', () => {
    const { formatted, error } = fromResolver(new GraphQLError('Unauthenticated'));
    const result = createFormatError(true)(formatted.toJSON(), error);
    expect(result.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(result.message).toMatch(/npm run token/);
  });

  it('replaces unexpected errors and drops stack traces in production', () => {
    const { error } = fromResolver(new TypeError('x is undefined at /work/main/src/serve/secret.ts:1'));
    const formatted = {
      message: error.message,
      path: ['search'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] },
    };
    const result = createFormatError(true, () => undefined)(formatted, error);
    expect(result).toEqual({
      message: expect.not.stringMatching(/secret/) as unknown,
      locations: undefined,
      path: ['search'],
      extensions: { code: 'INTERNAL' },
    });
  });

  it('keeps Apollo validation codes', () => {
    const error = new GraphQLError('Cannot query field "nope"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(createFormatError(true)(error.toJSON(), error).extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('maps a value Cypher refuses (a negative limit) to BAD_USER_INPUT, without the Cypher in production', () => {
    const neo4jError = Object.assign(new Error("LIMIT: Invalid input. '-1' is not a valid value."), {
      code: 'Neo.ClientError.Statement.ArgumentError',
    });
    const { formatted, error } = fromResolver(neo4jError);
    const result = createFormatError(true)(formatted.toJSON(), error);
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(result.message).toMatch(/limit, offset and first/);
  });
});
