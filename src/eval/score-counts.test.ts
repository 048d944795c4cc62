import { describe, expect, it } from 'vitest';
import { graphOf, KILLED_400, perfectSpec, sampleGold } from '../../tests/fixtures/eval-graph.js';
import type { EventCount } from '../domain.js';
import type { GoldArticle } from './gold.js';
import { scoreArticle } from './score-article.js';
import { countMatches } from './score-counts.js';

/** The `event-counts` row and issues when the recapture predicts `counts` over `reports` reports. */
function scoreRecaptureCounts(counts: EventCount[], reports = 1, gold: GoldArticle = sampleGold()) {
  const spec = perfectSpec();
  spec.events = spec.events.map((e) => (e.type === 'RECAPTURE' ? { ...e, counts, reports } : e));
  const result = scoreArticle(gold, graphOf(spec));
  return {
    counts: result.counts['event-counts'],
    issues: result.issues.filter((i) => i.row === 'event-counts'),
  };
}

describe('countMatches', () => {
  it.each([
    [{ value: 400 }, { value: 400 }, true],
    [{ value: 4.451e11, unit: 'USD' }, { value: 4.45e11, unit: 'USD' }, true],
    [{ value: 440 }, { value: 400 }, false],
    [{ value: 6.8e7, unit: 'AUD' }, { value: 6.8e7, unit: 'USD' }, false],
    [{ value: 19 }, { value: 19, unit: '%' }, true],
    [{ value: '6-2 7-5' }, { value: '6-2  7-5' }, true],
    [{ value: '2-1' }, { value: '1-2' }, false],
  ] as const)('predicted %o against gold %o: %s', (predicted, gold, expected) => {
    expect(countMatches(predicted, { what: 'x', text: 'x', ...gold })).toBe(expected);
  });
});

describe('event counts of the found events', () => {
  it('a count with the gold number is right', () => {
    expect(scoreRecaptureCounts([KILLED_400]).counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('a missing count is a false negative that names the gold words', () => {
    const { counts, issues } = scoreRecaptureCounts([]);
    expect(counts).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(issues[0]?.text).toContain('more than 400 militants were killed');
  });

  it('a wrong number is a false positive and a false negative', () => {
    expect(scoreRecaptureCounts([{ ...KILLED_400, value: 40 }]).counts).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('a number gold does not give is a false positive', () => {
    const extra: EventCount = { what: 'injured', value: 12, text: '12 injured', start: 80, end: 90 };
    expect(scoreRecaptureCounts([KILLED_400, extra]).counts).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('two reports of one sentence give its number once', () => {
    expect(scoreRecaptureCounts([KILLED_400], 2).counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('a gold file written before counts were annotated scores no counts', () => {
    const gold = sampleGold({ countsAnnotated: false });
    expect(scoreRecaptureCounts([{ ...KILLED_400, value: 40 }], 1, gold).counts).toEqual({
      tp: 0,
      fp: 0,
      fn: 0,
    });
  });
});
