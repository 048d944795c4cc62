import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { namedQueryText, runNamed, sentQueryText, type QueryRunner } from './run-named.js';

function failingWith(error: Error): QueryRunner {
  return { run: () => Promise.reject(error) };
}

describe('runNamed', () => {
  it.each([
    ['a deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'],
    ['the server out of reach', 'ServiceUnavailable'],
    ['a connection lost mid-transaction', 'SessionExpired'],
  ])('passes %s on as the driver error, so a managed transaction retries it', async (_name, code) => {
    const error = new Neo4jError('transient', code, '50N42', 'general processing exception');
    expect(error.retriable).toBe(true);
    await expect(runNamed(failingWith(error), 'load/article-state', { ids: [] })).rejects.toBe(error);
  });

  it('names the query in any other failure', async () => {
    const error = new Neo4jError(
      'Invalid input',
      'Neo.ClientError.Statement.SyntaxError',
      '42001',
      'syntax error',
    );
    const failure = await runNamed(failingWith(error), 'load/article-state').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({
      code: 'QUERY_FAILED',
      cause: error,
      details: { query: 'load/article-state' },
    });
    expect((failure as AppError).message).toBe('Cypher query load/article-state failed: Invalid input');
  });
});

describe('sentQueryText', () => {
  it('sends the query without its comment lines, blank lines and indentation', async () => {
    const sent: string[] = [];
    const runner: QueryRunner = {
      run: (text) => {
        sent.push(text);
        return Promise.reject(new Error('not run'));
      },
    };
    await runNamed(runner, 'query/who-claimed').catch(() => undefined);
    const file = namedQueryText('query/who-claimed');
    expect(file).toMatch(/^\/\//m);
    expect(sent).toEqual([sentQueryText('query/who-claimed')]);
    expect(sent[0]).not.toMatch(/^\s*\/\/|^\s|^$/m);
    expect(sent[0]!.length).toBeLessThan(file.length);
    const code = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('//'));
    expect(sent[0]!.split('\n')).toEqual(code(file));
  });
});
