import { describe, expect, it } from 'vitest';
import type { BenchResult, QueryBench } from './result-types.js';
import { checkTargets } from './targets.js';

function withQueries(queries: Partial<QueryBench>): Omit<BenchResult, 'targets'> {
  return {
    queries: {
      inputs: {},
      answers: {},
      graphs: { seeds: undefined, corpus: undefined },
      runs: [],
      ...queries,
    },
  } as unknown as Omit<BenchResult, 'targets'>;
}

const samePageTarget = (result: Omit<BenchResult, 'targets'>, question: string) =>
  checkTargets(result).find((check) =>
    check.name.startsWith(`${question}: db hits corpus / seeds graph, same page size`),
  );

describe('the flat db-hit target', () => {
  it.each([
    ['a page of equal size costs about the same', 400, 500, true],
    ['a page of equal size costs twice as much on the corpus', 400, 800, false],
  ])('judges the same page size on both graphs: %s', (_case, seeds, corpus, met) => {
    const result = withQueries({
      samePage: {
        timeline: { pageSize: 4, seeds: { dbHits: seeds, items: 4 }, corpus: { dbHits: corpus, items: 4 } },
      },
      // The default pages differ (4 items against 50): not what the target compares.
      profiles: {
        seeds: { timeline: { queries: 1, dbHits: seeds } } as never,
        corpus: { timeline: { queries: 1, dbHits: corpus * 10 } } as never,
      },
    });
    const check = samePageTarget(result, 'timeline');
    expect(check?.name).toContain('4 items');
    expect(check?.met).toBe(met);
    expect(check?.measured).toBe(`${(corpus / seeds).toFixed(2)}×`);
  });

  it('reports the target as not measured when the corpus graph was not profiled', () => {
    const result = withQueries({
      samePage: { search: { pageSize: 20, seeds: { dbHits: 150, items: 20 } } },
    });
    expect(samePageTarget(result, 'search')).toMatchObject({ measured: 'not measured', met: null });
  });
});
