import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { databaseFailure } from './database-error-code.js';

const neo4jError = (code: string) =>
  Object.assign(new Error('dbms.memory.transaction.total.max threshold reached'), { code });

describe('databaseFailure', () => {
  it.each([
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'QUERY_TIMEOUT'],
    ['Neo.TransientError.Transaction.Terminated', 'QUERY_TIMEOUT'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'QUERY_TOO_LARGE'],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'QUERY_TOO_LARGE'],
  ])('maps %s to %s, without the database’s words', (code, expected) => {
    const failure = databaseFailure(neo4jError(code));
    expect(failure?.code).toBe(expected);
    expect(failure?.message).not.toMatch(/dbms|Neo\./);
  });

  it('finds the database error behind an AppError', () => {
    const wrapped = new AppError('QUERY_FAILED', 'Cypher query query/search failed', {
      cause: neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
    });
    expect(databaseFailure(wrapped)?.code).toBe('QUERY_TIMEOUT');
  });

  it('leaves other errors alone', () => {
    expect(databaseFailure(neo4jError('Neo.ClientError.Statement.SyntaxError'))).toBeUndefined();
    expect(databaseFailure(new Error('plain'))).toBeUndefined();
  });
});
