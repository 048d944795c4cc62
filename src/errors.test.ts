import { describe, expect, it } from 'vitest';
import { AppError, isTransientNeo4jError, toAppError } from './errors.js';

describe('errors', () => {
  it.each([
    [{ code: 'ServiceUnavailable' }, 'DB_UNAVAILABLE', true],
    [{ code: 'SessionExpired' }, 'DB_UNAVAILABLE', true],
    [new Error('boom'), 'INTERNAL', false],
    ['a string', 'INTERNAL', false],
  ])('normalises %j to code %s (retriable: %s)', (thrown, code, retriable) => {
    const error = toAppError(thrown);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(code);
    expect(error.retriable).toBe(retriable);
  });

  it('keeps an AppError as it is', () => {
    const original = new AppError('LOAD_FAILED', 'x');
    expect(toAppError(original)).toBe(original);
  });

  it.each([
    ['Neo.TransientError.Transaction.DeadlockDetected', true],
    ['Neo.ClientError.Statement.SyntaxError', false],
    ['ServiceUnavailable', true],
  ])('calls the driver error %s transient: %s', (code, transient) => {
    expect(isTransientNeo4jError({ code })).toBe(transient);
  });
});
