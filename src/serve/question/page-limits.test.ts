import { describe, expect, it } from 'vitest';
import costs from '../cost/data/question-costs.json' with { type: 'json' };
import { MAX_OFFSET, pageOf, QUESTION_PAGE_LIMITS } from './page-limits.js';

describe('pageOf', () => {
  it.each([
    [{}, { limit: 20, offset: 0 }],
    [
      { limit: null, offset: null },
      { limit: 20, offset: 0 },
    ],
    [
      { limit: 5, offset: 10 },
      { limit: 5, offset: 10 },
    ],
    [
      { limit: 0, offset: -3 },
      { limit: 1, offset: 0 },
    ],
    [
      { limit: 10_000, offset: 10_000_000 },
      { limit: 100, offset: MAX_OFFSET },
    ],
    [{ limit: 7.9 }, { limit: 7, offset: 0 }],
  ])('reads whoClaimedCredit arguments %j as %j', (args, page) => {
    expect(pageOf('whoClaimedCredit', args)).toEqual(page);
  });

  it('gives every question a default no larger than its maximum', () => {
    for (const limits of Object.values(QUESTION_PAGE_LIMITS)) {
      expect(limits.default).toBeLessThanOrEqual(limits.max);
    }
  });
});

describe('the cost rules of the paged questions', () => {
  it.each(Object.entries(QUESTION_PAGE_LIMITS).filter(([name]) => name !== 'neighbourhood'))(
    'price %s at the page it returns',
    (name, limits) => {
      expect(costs.fields[`Query.${name}` as keyof typeof costs.fields]).toMatchObject({
        page: limits.default,
        pageArgument: 'limit',
        maxPage: limits.max,
      });
    },
  );
});
