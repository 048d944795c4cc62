import { describe, expect, it } from 'vitest';
import { dateSideLabel, datesAgree, mergeDateSides } from './merge-date-sides.js';

describe('datesAgree', () => {
  it.each([
    ['2015-05', '--05', true],
    ['2015-05-20', '--05', true],
    ['2015-05', '--12', false],
    ['--05', '--12', false],
    ['2015', '--12', true],
    ['2016-03', '2016-03-27', true],
    ['2016-03-26', '2016-03-27', false],
  ])('%s and %s agree: %s', (a, b, agree) => {
    expect(datesAgree(a, b)).toBe(agree);
  });
});

describe('mergeDateSides', () => {
  const side = (value: string, id: string) => ({
    value,
    sources: [{ id }],
    evidence: [{ articleId: id, start: 1, sentence: `${value} in ${id}` }],
  });

  it('joins a month of year to the dated side of the same month, against the other month', () => {
    const merged = mergeDateSides([side('2015-05', 'a'), side('--05', 'b'), side('--12', 'c')]);
    expect(merged.map((s) => s.value)).toEqual(['2015-05', 'December, year not given']);
    expect(merged[0]!.sources).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(merged[0]!.evidence).toHaveLength(2);
  });

  it('keeps two full dates that disagree apart', () => {
    expect(mergeDateSides([side('2016-03-26', 'a'), side('2016-03-27', 'b')])).toHaveLength(2);
  });

  it('names a month of year by its month', () => {
    expect(dateSideLabel('--05')).toBe('May, year not given');
    expect(dateSideLabel('2015-05')).toBe('2015-05');
  });
});
