import { describe, expect, it } from 'vitest';
import { pageComplexity } from './page-complexity.js';

describe('pageComplexity', () => {
  it.each([
    ['the default page', {}, 1 + 3 * 20],
    ['a smaller page', { limit: 5 }, 1 + 3 * 5],
    ['a page beyond the maximum, at the maximum', { limit: 100_000 }, 1 + 3 * 100],
    ['a limit that is not a number, at the default', { limit: 'many' }, 1 + 3 * 20],
  ])('costs whoClaimedCredit by %s', (_name, args, cost) => {
    expect(pageComplexity('whoClaimedCredit')({ args, childComplexity: 3 })).toBe(cost);
  });
});
