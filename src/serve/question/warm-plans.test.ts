import { describe, expect, it } from 'vitest';
import type { ReadRows } from './read-rows.js';
import { warmQuestionPlans } from './warm-plans.js';

describe('warmQuestionPlans', () => {
  it('asks the query of every question once, one after the other', async () => {
    const names: string[] = [];
    let running = 0;
    const read: ReadRows = async (name) => {
      running += 1;
      expect(running).toBe(1);
      names.push(name);
      await Promise.resolve();
      running -= 1;
      return [];
    };
    await warmQuestionPlans(read);
    expect([...names].sort()).toEqual([
      'query/claims-about',
      'query/claims-by',
      'query/match-entities',
      'query/neighbourhood',
      'query/search',
      'query/timeline',
      'query/who-claimed',
    ]);
  });

  it('hands each failure to onError and goes on with the next question', async () => {
    const errors: unknown[] = [];
    const read: ReadRows = () => Promise.reject(new Error('database is down'));
    await expect(warmQuestionPlans(read, (error) => errors.push(error))).resolves.toBeUndefined();
    expect(errors).toHaveLength(7);
  });
});
