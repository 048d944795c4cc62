/**
 * Retries with back-off for transient failures: a write transaction that loses a deadlock inside one of
 * the named load queries is retried by the driver (and then succeeds), instead of failing the batch.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { runNamed } from '../../src/db/index.js';
import { testDriver } from '../support/database.js';

const TAG = `deadlock-${randomBytes(4).toString('hex')}`;
const X = `art_${TAG}_x`;
const Y = `art_${TAG}_y`;
const row = (id: string, note: string) => ({ id, outlet: null, outletId: null, props: { title: note } });

function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = () => undefined as void;
  const promise = new Promise<void>((resolve) => (fire = resolve));
  return { promise, fire };
}

describe('a write that loses a deadlock', () => {
  afterAll(async () => {
    await testDriver().executeQuery('MATCH (a:Article) WHERE a.id IN [$x, $y] DETACH DELETE a', {
      x: X,
      y: Y,
    });
  });

  it('is retried by the driver and succeeds, through the named load queries', async () => {
    const driver = testDriver();
    await driver.executeQuery('UNWIND [$x, $y] AS id CREATE (:Article {id: id})', { x: X, y: Y });
    const xLocked = signal();
    const yLocked = signal();
    const attempts = { a: 0, b: 0 };
    const errors: string[] = [];
    // A locks X then wants Y; B locks Y then wants X: Neo4j sees the cycle and fails one of them.
    const write = (
      who: 'a' | 'b',
      first: string,
      second: string,
      mine: typeof xLocked,
      theirs: typeof xLocked,
    ) => {
      const session = driver.session();
      return session
        .executeWrite(async (tx) => {
          attempts[who] += 1;
          try {
            await runNamed(tx, 'load/upsert-articles', { rows: [row(first, `${who} ${attempts[who]}`)] });
            if (attempts[who] === 1) {
              mine.fire();
              await theirs.promise;
            }
            await runNamed(tx, 'load/upsert-articles', { rows: [row(second, `${who} ${attempts[who]}`)] });
          } catch (error) {
            errors.push(String((error as { code?: unknown }).code));
            throw error;
          }
        })
        .finally(() => session.close());
    };
    await Promise.all([write('a', X, Y, xLocked, yLocked), write('b', Y, X, yLocked, xLocked)]);

    expect(errors).toEqual(['Neo.TransientError.Transaction.DeadlockDetected']);
    expect(attempts.a + attempts.b).toBe(3);
    const { records } = await driver.executeQuery(
      'MATCH (a:Article) WHERE a.id IN [$x, $y] RETURN a.id AS id, a.title AS title ORDER BY id',
      { x: X, y: Y },
    );
    // Both articles carry the title of the same, last transaction: the retried one.
    const titles = new Set(records.map((r) => r.get('title') as string));
    expect(titles.size).toBe(1);
    expect([...titles][0]).toMatch(/ 2$/);
  });
});
